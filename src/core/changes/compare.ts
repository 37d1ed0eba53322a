import { calendarProblems } from '../rules/calendar.ts';
import type { LoadResult } from '../load/load.ts';
import type { PartialModel } from '../model.ts';
import { describeProblem, sortProblems, type Problem } from '../problem.ts';
import { diffEntities, NO_ENTITY_CHANGES } from './fields.ts';
import { personChanges, personSummary, teamChanges } from './directory.ts';
import { coverChanges } from './covers.ts';
import { namesFrom, type Names } from './names.ts';
import { historyChanges } from './history.ts';
import { oncallChanges } from './week-changes.ts';
import { pipelineChanges, pipelineSummary } from './pipelines.ts';
import { compareProblems } from './problems.ts';
import { rotationChanges, rotationSummary } from './rotations.ts';
import { siteChanges } from './site.ts';
import type { ChangeReport, EntityChanges, HistoryReport, RotationCoverChanges, RotationWeekChanges, SideSummary } from './types.ts';

export interface CompareInput {
  /** Any instant in the current week: on-call weeks and calendar problems are compared from its week on. */
  readonly now: Date;
  /** The git ref of the base, as the user gave it: used in the wording ("does not load at origin/main"). */
  readonly ref: string;
  /** The base data, or undefined when the base has no data directory. Loaded without `now`: calendar rules run here. */
  readonly base: LoadResult | undefined;
  readonly head: LoadResult;
}

const EMPTY: PartialModel = { people: [], teams: [], rotations: [], pipelines: [], unloaded: [] };

/** What loaded on one side: the whole model, or the part of it that passed its schemas. */
function snapshotOf(result: LoadResult | undefined): PartialModel {
  if (!result) return EMPTY;
  if (result.model) {
    const { site, people, teams, rotations, pipelines } = result.model;
    return { site, people, teams, rotations, pipelines, unloaded: [] };
  }
  return result.partial ?? EMPTY;
}

/**
 * The validator's problems for one side: load problems, or the calendar rules' once the model loads.
 * Worded for a reviewer: people by display name, the id once where the fix is YAML (the parameters,
 * which scripts read from the JSON, keep ids).
 */
function problemsOf(result: LoadResult | undefined, now: Date, names: Names): readonly Problem[] {
  if (!result) return [];
  return (result.model ? sortProblems(calendarProblems(result.model, now)) : result.problems).map((p) => describeProblem(p, names.inProblems));
}

const summaryOf = (result: LoadResult | undefined, snapshot: PartialModel, problems: readonly Problem[]): SideSummary => ({
  found: result !== undefined,
  loaded: result?.model !== undefined,
  problems,
  unloaded: snapshot.unloaded,
});

/**
 * Compares two versions of the data in effect: what a reviewer needs to know beyond the YAML diff.
 * Pure: both sides are already loaded. Where a side only partly loaded, it compares what it can and
 * says what it could not.
 */
export function compareData({ ref, base, head, now }: CompareInput): ChangeReport {
  const b = snapshotOf(base);
  const h = snapshotOf(head);
  const names = namesFrom(b, h);
  const notCompared: string[] = [];
  const where = (side: PartialModel) => (side === b ? `at ${ref}` : 'in the working tree');

  for (const file of [...new Set([...b.unloaded, ...h.unloaded])].sort()) {
    const sides = [b, h].filter((side) => side.unloaded.includes(file)).map(where);
    notCompared.push(`${file} does not load ${sides.join(' or ')}, so its contents were not compared`);
  }
  const uncertain = (item: { file: string }) => b.unloaded.includes(item.file) || h.unloaded.includes(item.file);

  // A whole-file list (people.yaml, teams.yaml) that failed on one side cannot be compared at all.
  const both = <T>(what: string, file: string, pick: (s: PartialModel) => readonly T[] | undefined, diff: (x: readonly T[], y: readonly T[]) => EntityChanges) => {
    const x = pick(b);
    const y = pick(h);
    if (x && y) return diff(x, y);
    if (!b.unloaded.includes(file) && !h.unloaded.includes(file)) {
      notCompared.push(`${what} were not compared: ${file} is missing ${where(x ? h : b)}`);
    }
    return NO_ENTITY_CHANGES;
  };

  const pipelines = diffEntities(b.pipelines, h.pipelines, {
    file: (p) => p.file,
    name: (p) => p.name,
    summary: (p) => pipelineSummary(p, names),
    compare: (x, y) => pipelineChanges(x, y, names),
    uncertain,
  });
  const rotations = diffEntities(b.rotations, h.rotations, {
    file: (r) => r.file,
    name: (r) => r.name,
    summary: (r) => rotationSummary(r, names),
    compare: (x, y) => rotationChanges(x, y, names),
    uncertain,
  });
  const people = both('people', 'people.yaml', (s) => s.people, (x, y) =>
    diffEntities(x, y, { file: () => 'people.yaml', name: (p) => p.name, summary: personSummary, compare: personChanges }),
  );
  const teams = both('teams', 'teams.yaml', (s) => s.teams, (x, y) =>
    diffEntities(x, y, { file: () => 'teams.yaml', name: (t) => t.name, summary: (t) => t.contact, compare: teamChanges }),
  );
  const site = b.site && h.site ? siteChanges(b.site, h.site, names.person) : [];
  if (base && !(b.site && h.site) && !b.unloaded.includes('site.yaml') && !h.unloaded.includes('site.yaml')) {
    notCompared.push(`the site settings were not compared: site.yaml is missing ${where(b.site ? h : b)}`);
  }

  const covers: RotationCoverChanges[] = coverChanges(b, h, names);
  let oncall: RotationWeekChanges[] = [];
  let history: HistoryReport | null = null;
  if (base?.model && head.model) {
    const input = { base: base.model, head: head.model, now, names, rotationChanges: new Map(rotations.changed.map((r) => [r.id, r.changes])), siteChanges: site };
    oncall = oncallChanges(input);
    history = historyChanges(input);
  } else if (base && (b.rotations.length || h.rotations.length)) {
    const which = head.model ? `the data at ${ref} does not load` : 'the working tree data has problems';
    notCompared.push(`on-call weeks were not compared: ${which}`);
  }

  const baseProblems = problemsOf(base, now, names);
  const headProblems = problemsOf(head, now, names);
  const problems = compareProblems(baseProblems, headProblems);
  const entityChanges = [pipelines, rotations, people, teams].some((e) => e.added.length + e.removed.length + e.changed.length > 0);
  return {
    base: { ref, ...summaryOf(base, b, baseProblems) },
    head: summaryOf(head, h, headProblems),
    site,
    pipelines,
    people,
    teams,
    rotations,
    oncall,
    covers,
    history,
    problems,
    notCompared,
    hasChanges:
      !base || entityChanges || site.length > 0 || covers.length > 0 || oncall.some((r) => r.weeks.length > 0) || problems.introduced.length > 0 || problems.fixed.length > 0 || notCompared.length > 0,
  };
}
