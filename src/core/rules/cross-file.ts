import { idList, indicesAt, textAt, viewOfKind, type AnyFileView, type RunbookText, type FileView, type IdList, type PathIn } from '../file-view.ts';
import type { FileKind } from '../schemas/index.ts';
import type { CompanyCalendar } from '../model.ts';
import { problem, type Problem } from '../problem.ts';
import type { Path } from '../yaml/positions.ts';
import { checkMarkdown } from '../markdown/check.ts';
import { pagesOfIds, type SitePages } from '../markdown/site-pages.ts';
import { unknownReference, type Locate, type RuleContext } from './context.ts';
import { pipelineRules } from './pipeline.ts';
import { layerRefs } from './layers.ts';
import { rotationRules } from './rotation.ts';

/** Ids unique within a list, reported at the later duplicate with a pointer to the first. */
function uniqueIds(ctx: RuleContext, file: string, listKey: string, kind: 'person' | 'team' | 'area', list: IdList) {
  const seen = new Map<string, number>();
  for (const { id, index } of list.items) {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, index);
      continue;
    }
    const { line } = ctx.locate(file, [listKey, first, 'id']);
    ctx.report(file, [listKey, index, 'id'], 'duplicate-id', { kind, id, firstLine: line });
  }
}

function holidayRanges(ctx: RuleContext, view: FileView<'people'>) {
  for (const i of indicesAt(view, ['people'])) {
    for (const j of indicesAt(view, ['people', i, 'holidays'])) {
      const from = textAt(view, ['people', i, 'holidays', j, 'from']);
      const to = textAt(view, ['people', i, 'holidays', j, 'to']);
      if (from !== undefined && to !== undefined && to < from) {
        ctx.report(view.file, ['people', i, 'holidays', j, 'to'], 'holiday-range', { from, to });
      }
    }
  }
}

/**
 * Cross-file rules: every reference resolves, ids are unique, and what one file says agrees with
 * the others. Runs on every file that parsed, passed its schema or not (see FileView).
 */
/**
 * The site's pages from the ids that loaded, for data that did not load whole (load.ts knows the exact
 * pages of data that did); when a list is unreadable, no link is called dangling.
 */
export function markdownPages(views: readonly AnyFileView[], lists: { people: IdList; teams: IdList; areas: IdList }): SitePages {
  const ids = (list: IdList) => list.items.map((item) => item.id);
  const pages = pagesOfIds({
    pipelines: views.filter((v) => v.kind === 'pipeline').map((v) => v.id!),
    people: ids(lists.people),
    teams: ids(lists.teams),
    areas: ids(lists.areas),
    rotations: views.filter((v) => v.kind === 'rotation').map((v) => v.id!),
  });
  const complete = lists.people.complete && lists.teams.complete && lists.areas.complete;
  return complete ? pages : { has: () => true, closest: () => undefined };
}

export function referenceProblems(
  views: readonly AnyFileView[],
  calendar: CompanyCalendar | undefined,
  locate: Locate,
  runbooks: readonly RunbookText[] = [],
  /** The exact pages of the site, when the data loaded whole; else they are guessed from the ids. */
  sitePages?: SitePages,
): Problem[] {
  const problems: Problem[] = [];
  const site = viewOfKind(views, 'site');
  const peopleView = viewOfKind(views, 'people');
  const teamsView = viewOfKind(views, 'teams');
  const people = idList(peopleView, 'people', true);
  const teams = idList(teamsView, 'teams', false);
  const areas = idList(site, 'areas', true);

  // A list that could not be read completely checks nothing: its own errors are already reported.
  const reference = (list: IdList, kind: 'person' | 'team') => <K extends FileKind>(view: FileView<K>, path: PathIn<K>) => {
    const value = textAt(view, path);
    if (value !== undefined && list.complete && !list.ids.has(value)) {
      const known = list.items.map((item) => item.id);
      ctx.report(view.file, path as Path, 'reference', unknownReference(kind, value, known, path as Path));
    }
    return value;
  };
  const rotationIds = views.filter((v) => v.kind === 'rotation').map((v) => v.id!);
  const areaRotations = new Map<string, string>();
  for (const { id, index } of areas.items) {
    const rotation = site && (textAt(site, ['areas', index, 'rotation']) ?? textAt(site, ['areas', index, 'rotations', 0]));
    if (rotation) areaRotations.set(id, rotation);
  }
  const ctx: RuleContext = {
    report(file, path, rule, params, at = 'value') {
      const { line, column } = locate(file, path, at);
      problems.push(problem({ file, line, column }, rule, params));
    },
    reportAt(file, line, column, rule, params) {
      problems.push(problem({ file, line, column }, rule, params));
    },
    pages: sitePages ?? markdownPages(views, { people, teams, areas }),
    locate,
    personRef: reference(people, 'person'),
    teamRef: reference(teams, 'team'),
    areas,
    areaRotations,
    rotationIds,
    rotationSet: new Set(rotationIds),
    calendar,
  };

  if (site) {
    uniqueIds(ctx, site.file, 'areas', 'area', areas);
    for (const { index } of areas.items) {
      layerRefs(ctx, site, ['areas', index]);
    }
    for (const i of indicesAt(site, ['maintainers'])) ctx.personRef(site, ['maintainers', i]);
  }
  if (peopleView) {
    uniqueIds(ctx, peopleView.file, 'people', 'person', people);
    holidayRanges(ctx, peopleView);
  }
  if (teamsView) uniqueIds(ctx, teamsView.file, 'teams', 'team', teams);
  for (const view of views) {
    // A file that could not be read or parsed has its one problem already. Its keys are unknown, not
    // absent: "no rotation given" for a pipeline whose rotation: line sits unread after a syntax error
    // would send its author to add a second one.
    if (view.value === undefined) continue;
    if (view.kind === 'rotation') rotationRules(ctx, view);
    if (view.kind === 'pipeline') pipelineRules(ctx, view);
  }
  for (const runbook of runbooks) {
    for (const p of checkMarkdown(runbook.text, ctx.pages)) ctx.reportAt(runbook.file, p.line, p.column, 'markdown-link', p.params);
  }
  return problems;
}
