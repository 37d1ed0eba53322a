import type { CommonIssue, Pipeline, PipelineLink } from '../model.ts';
import { deadlineInWords, deliveryInWords, targetInWords } from '../sla-words.ts';
import { clip, diffFields, scalarChange, setChanges, type FieldDiffs } from './fields.ts';
import type { Names } from './names.ts';
import type { Change } from './types.ts';

/** "Profit, investors; owners Engineer A and Engineer C". */
export function pipelineSummary(p: Pipeline, names: Names): string {
  return `${names.area(p.area)}, ${p.audience}; owners ${names.person(p.owners.primary)} and ${names.person(p.owners.secondary)}`;
}

/** What differs in effect between two versions of one pipeline, in words: every field of the schema is compared or says why not. */
export function pipelineChanges(before: Pipeline, after: Pipeline, names: Names): Change[] {
  const rotation = (p: Pipeline) => (p.rotation === undefined ? undefined : names.rotation(p.rotation));
  return diffFields<Pipeline>(
    {
      id: 'pipelines are matched by id',
      file: 'follows from the id',
      name: (b, a) => scalarChange('name', 'name', b.name, a.name),
      area: (b, a) => scalarChange('area', 'area', names.area(b.area), names.area(a.area)),
      audience: (b, a) => scalarChange('audience', 'audience', b.audience, a.audience),
      rotation: (b, a) => scalarChange('rotation', 'rotation', rotation(b), rotation(a)),
      // One layer is the rotation above; a change of layers beyond the first is reported as the list.
      rotations: (b, a) =>
        b.rotations.length > 1 || a.rotations.length > 1
          ? scalarChange('rotations', 'rotation layers', b.rotations.map(names.rotation).join(', '), a.rotations.map(names.rotation).join(', '))
          : [],
      owners: (b, a) => [
        ...scalarChange('owners.primary', 'primary owner', names.person(b.owners.primary), names.person(a.owners.primary)),
        ...scalarChange('owners.secondary', 'secondary owner', names.person(b.owners.secondary), names.person(a.owners.secondary)),
      ],
      upstream: (b, a) => setChanges('upstream', 'upstream team', b.upstream, a.upstream, names.team),
      downstream: (b, a) => setChanges('downstream', 'downstream team', b.downstream, a.downstream, names.team),
      description: (b, a) => scalarChange('description', 'description', b.description && clip(b.description), a.description && clip(a.description)),
      summary: 'follows from the description',
      links: (b, a) => setChanges('links', 'link', b.links.map(linkText), a.links.map(linkText), (text) => text),
      reviewed: (b, a) => scalarChange('reviewed', 'reviewed', b.reviewed, a.reviewed),
      runbook: runbookChanges,
      commonIssues: (b, a) => commonIssueChanges(b.commonIssues, a.commonIssues),
      sla: slaChanges,
    } satisfies FieldDiffs<Pipeline>,
    before,
    after,
  );
}

/** The issue's fields besides its title and its anchor, which match an issue across versions. */
const ISSUE_FIELDS = ['symptoms', 'checks', 'fix'] as const satisfies readonly Exclude<keyof CommonIssue, 'title' | 'id'>[];
// A new field of a common issue must be added to ISSUE_FIELDS: this fails to compile until it is.
const allIssueFields: Exclude<keyof CommonIssue, 'title' | 'id'> extends (typeof ISSUE_FIELDS)[number] ? true : never = true;
void allIssueFields;

/**
 * Issues are matched by anchor (their id, or the slug of their title) and named by title: a new
 * anchor reads as one issue removed and another added; a new title under a kept id as a rename.
 */
function commonIssueChanges(before: readonly CommonIssue[], after: readonly CommonIssue[]): Change[] {
  const old = new Map(before.map((i) => [i.id, i]));
  const now = new Map(after.map((i) => [i.id, i]));
  const entry = (kind: 'added' | 'removed') => (i: CommonIssue): Change => ({ kind, key: 'commonIssues', field: 'common issue', value: clip(i.title) });
  const changes: Change[] = [...after.filter((i) => !old.has(i.id)).map(entry('added')), ...before.filter((i) => !now.has(i.id)).map(entry('removed'))];
  for (const issue of after) {
    const was = old.get(issue.id);
    if (!was) continue;
    changes.push(...scalarChange('commonIssues.title', `common issue "${clip(was.title, 60)}" title`, clip(was.title), clip(issue.title)));
    for (const field of ISSUE_FIELDS) {
      const text = (i: CommonIssue) => (i[field] === undefined ? undefined : clip(i[field]));
      changes.push(...scalarChange(`commonIssues.${field}`, `common issue "${clip(issue.title, 60)}" ${field}`, text(was), text(issue)));
    }
  }
  return changes;
}

/** "Airflow DAG (orchestrator): https://…". */
const linkText = (l: PipelineLink) => `${l.title} (${l.kind}): ${l.url}`;

/** The long-form runbook pipelines/<id>.md: added, removed or edited. */
function runbookChanges(before: Pipeline, after: Pipeline): Change[] {
  const b = before.runbook;
  const a = after.runbook;
  if (b?.markdown === a?.markdown) return [];
  const key = 'runbook';
  const field = 'long-form runbook';
  if (!b) return [{ kind: 'added', key, field, value: a!.file }];
  if (!a) return [{ kind: 'removed', key, field, value: b.file }];
  return [{ kind: 'changed', key, field, before: 'as it was', after: `${a.file} edited` }];
}

function slaChanges(before: Pipeline, after: Pipeline): Change[] {
  const changes: Change[] = [];
  const b = before.sla?.delivery;
  const a = after.sla?.delivery;
  if (b && a && b.cadence === a.cadence) {
    changes.push(...scalarChange('sla.delivery.deadline', 'deadline', deadlineInWords(b), deadlineInWords(a)));
  } else {
    changes.push(...scalarChange('sla.delivery', 'delivery', b && deliveryInWords(b), a && deliveryInWords(a)));
  }
  // Targets are matched by metric, so "Accuracy within 1% → within 0.5%" reads as one change.
  const words = (p: Pipeline) => (p.sla?.targets ?? []).map((t) => ({ metric: t.metric, text: targetInWords(t) }));
  const was = words(before);
  const now = words(after);
  const gone = was.filter((t) => !now.some((n) => n.text === t.text));
  const come = now.filter((t) => !was.some((w) => w.text === t.text));
  for (const t of come) {
    const i = gone.findIndex((g) => g.metric === t.metric);
    if (i >= 0) {
      changes.push({ kind: 'changed', key: 'sla.targets', field: 'SLA target', before: gone[i]!.text, after: t.text });
      gone.splice(i, 1);
    } else changes.push({ kind: 'added', key: 'sla.targets', field: 'SLA target', value: t.text });
  }
  for (const t of gone) changes.push({ kind: 'removed', key: 'sla.targets', field: 'SLA target', value: t.text });
  return changes;
}
