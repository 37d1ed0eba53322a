import type { CommonIssue, Pipeline } from '../model.ts';
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
      owners: (b, a) => [
        ...scalarChange('owners.primary', 'primary owner', names.person(b.owners.primary), names.person(a.owners.primary)),
        ...scalarChange('owners.secondary', 'secondary owner', names.person(b.owners.secondary), names.person(a.owners.secondary)),
      ],
      upstream: (b, a) => setChanges('upstream', 'upstream team', b.upstream, a.upstream, names.team),
      downstream: (b, a) => setChanges('downstream', 'downstream team', b.downstream, a.downstream, names.team),
      commonIssues: (b, a) => commonIssueChanges(b.commonIssues, a.commonIssues),
      sla: slaChanges,
    } satisfies FieldDiffs<Pipeline>,
    before,
    after,
  );
}

/** The issue's fields besides its title, which matches an issue across versions. */
const ISSUE_FIELDS = ['symptoms', 'checks', 'fix'] as const satisfies readonly Exclude<keyof CommonIssue, 'title'>[];
// A new field of a common issue must be added to ISSUE_FIELDS: this fails to compile until it is.
const allIssueFields: Exclude<keyof CommonIssue, 'title'> extends (typeof ISSUE_FIELDS)[number] ? true : never = true;
void allIssueFields;

/** Issues are matched by title; a new title reads as one issue removed and another added. */
function commonIssueChanges(before: readonly CommonIssue[], after: readonly CommonIssue[]): Change[] {
  const old = new Map(before.map((i) => [i.title, i]));
  const changes = setChanges(
    'commonIssues',
    'common issue',
    before.map((i) => i.title),
    after.map((i) => i.title),
    (title) => clip(title),
  );
  for (const issue of after) {
    const was = old.get(issue.title);
    if (!was) continue;
    for (const field of ISSUE_FIELDS) {
      const text = (i: CommonIssue) => (i[field] === undefined ? undefined : clip(i[field]));
      changes.push(...scalarChange(`commonIssues.${field}`, `common issue "${clip(issue.title, 60)}" ${field}`, text(was), text(issue)));
    }
  }
  return changes;
}

function slaChanges(before: Pipeline, after: Pipeline): Change[] {
  const changes: Change[] = [];
  const b = before.sla?.delivery;
  const a = after.sla?.delivery;
  if (b && a) {
    changes.push(...scalarChange('sla.delivery.deadline', 'deadline', deadlineInWords(b), deadlineInWords(a)));
    changes.push(...scalarChange('sla.delivery.cadence', 'delivery cadence', b.cadence, a.cadence));
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
