import type { CommonIssue, Pipeline, PipelineLink } from '../model.ts';
import { deadlineInWords, deliveryInWords, targetInWords } from '../sla-words.ts';
import { clip, scalarChange, setChanges } from './fields.ts';
import type { Names } from './names.ts';
import type { Change } from './types.ts';

/** "Profit, investors; owners Engineer A and Engineer C". */
export function pipelineSummary(p: Pipeline, names: Names): string {
  return `${names.area(p.area)}, ${p.audience}; owners ${names.person(p.owners.primary)} and ${names.person(p.owners.secondary)}`;
}

/** What differs in effect between two versions of one pipeline, in words. */
export function pipelineChanges(before: Pipeline, after: Pipeline, names: Names): Change[] {
  const rotation = (p: Pipeline) => (p.rotation === undefined ? undefined : names.rotation(p.rotation));
  return [
    ...scalarChange('name', 'name', before.name, after.name),
    ...scalarChange('area', 'area', names.area(before.area), names.area(after.area)),
    ...scalarChange('audience', 'audience', before.audience, after.audience),
    ...scalarChange('rotation', 'rotation', rotation(before), rotation(after)),
    ...scalarChange('owners.primary', 'primary owner', names.person(before.owners.primary), names.person(after.owners.primary)),
    ...scalarChange('owners.secondary', 'secondary owner', names.person(before.owners.secondary), names.person(after.owners.secondary)),
    ...setChanges('upstream', 'upstream team', before.upstream, after.upstream, names.team),
    ...setChanges('downstream', 'downstream team', before.downstream, after.downstream, names.team),
    ...runbookChanges(before, after),
    ...commonIssueChanges(before.commonIssues, after.commonIssues),
    ...slaChanges(before, after),
  ];
}

const ISSUE_FIELDS = ['symptoms', 'checks', 'fix'] as const;

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

/** Description, links, review date and the long-form runbook. */
function runbookChanges(before: Pipeline, after: Pipeline): Change[] {
  const link = (l: PipelineLink) => `${l.title} (${l.kind}): ${l.url}`;
  const description = (p: Pipeline) => (p.description === undefined ? undefined : clip(p.description));
  const changes: Change[] = [
    ...scalarChange('description', 'description', description(before), description(after)),
    ...setChanges('links', 'link', before.links.map(link), after.links.map(link), (text) => text),
    ...scalarChange('reviewed', 'reviewed', before.reviewed, after.reviewed),
  ];
  const b = before.runbook;
  const a = after.runbook;
  if (b?.markdown !== a?.markdown) {
    const key = 'runbook';
    const field = 'long-form runbook';
    if (!b) changes.push({ kind: 'added', key, field, value: a!.file });
    else if (!a) changes.push({ kind: 'removed', key, field, value: b.file });
    else changes.push({ kind: 'changed', key, field, before: 'as it was', after: `${a.file} edited` });
  }
  return changes;
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
