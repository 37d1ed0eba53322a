import type { Day } from 'date-fns';
import { calendarProblems } from '../rules/calendar.ts';
import type { CompanyCalendar, Model, PartialModel, Pipeline, Rotation, Site } from '../model.ts';
import { fileProblem, isWarning, sortProblems, type Problem } from '../problem.ts';
import { calendarSchema, WEEKDAYS, type SiteData } from '../schemas/site.ts';
import type { Path } from '../yaml/positions.ts';
import type { SourceFile } from '../yaml/source.ts';
import { checkParsed, parseFile } from './check-file.ts';
import { idHint } from './id-hints.ts';
import { misplacedKind, wrongFolder } from './misplaced.ts';
import { deepFreeze } from './freeze.ts';
import { listDataFiles } from './files.ts';
import type { ParsedData } from './parsed.ts';
import { issueSlug } from '../markdown/anchors.ts';
import { firstSentence } from '../markdown/summary.ts';
import { referenceProblems } from '../rules/cross-file.ts';
import { duplicatePipelineNames } from '../rules/duplicate-names.ts';
import { lazySitePages, parsedShape, sitePages } from '../markdown/site-pages.ts';
import { runbookWarnings } from '../rules/review.ts';
import { readRunbooks, type RunbookText } from './runbook-files.ts';
import { fileView, rawAt, type FileView } from '../file-view.ts';

export interface LoadResult {
  /** Present only when there are no problems: faces never render half-valid data. */
  readonly model?: Model;
  /**
   * When there is no model: whatever did load, for comparing two versions of the data (the change
   * report). Never render it as the site: its references are unchecked and failed files are missing.
   */
  readonly partial?: PartialModel;
  /** Every problem found, sorted by file, line and column. */
  readonly problems: readonly Problem[];
  /** How many data files were read. */
  readonly fileCount: number;
}

export function toCompanyCalendar(site: Pick<SiteData, 'calendar'>): CompanyCalendar {
  const c = site.calendar;
  // Spread, not copied field by field: a new calendar field reaches the model without another edit.
  return {
    ...c,
    weekStartsOn: WEEKDAYS.indexOf(c.weekStartsOn) as Day,
    weekStartsOnName: c.weekStartsOn,
    firstWeekContainsDate: c.firstWeekContainsDate as CompanyCalendar['firstWeekContainsDate'],
  };
}

/** The company calendar, also from a site.yaml that failed elsewhere, so week checks still run; undefined when it is unreadable. */
function readCalendar(site: FileView | undefined): CompanyCalendar | undefined {
  if (site?.value === undefined) return undefined;
  const calendar = calendarSchema.safeParse(rawAt(site, ['calendar']) ?? {});
  return calendar.success ? toCompanyCalendar({ calendar: calendar.data }) : undefined;
}

export interface LoadOptions {
  /**
   * When given, the on-call rules (back-to-back weeks, uncovered holidays, overrides on holiday)
   * are checked from the company week containing `now` through `calendar.futureWeeks`. Faces that
   * show the calendar leave it out and present the engine's problems themselves.
   */
  readonly now?: Date;
  /**
   * When the site is built (else `now`): which pages of a long calendar exist then, for the Markdown
   * link check. Without either, a link to any year page of a known rotation passes.
   */
  readonly pagesAt?: Date;
}

/**
 * Reads a data directory: YAML with positions, then zod, then cross-file rules, then (with
 * `now`) the calendar. Collects every problem instead of stopping at the first.
 */
export function loadData(dataDir: string, options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  // Not push(...list): a file with 100k mistakes would overflow the call stack with arguments.
  const add = (list: readonly Problem[]) => {
    for (const p of list) problems.push(p);
  };
  let listing;
  try {
    listing = listDataFiles(dataDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'missing' : code === 'ENOTDIR' ? 'not-a-directory' : 'unreadable';
    return {
      problems: [fileProblem('.', 'file', { problem: 'no-data-dir', reason })],
      fileCount: 0,
    };
  }
  add(listing.problems);

  const sources = new Map<string, SourceFile>();
  const data: ParsedData = { rotations: [], pipelines: [] };
  const views: FileView[] = [];
  /** Files that exist but did not pass their schema (or YAML), for the partial model. */
  const unloaded: string[] = [];

  // One thread: js-yaml 4 and zod check 10,000 files in well under a second, while V8's own
  // threads (garbage collection, compilation) already use the second core. A worker thread that
  // took half the files cost more CPU (start-up, copying the results back) than it saved.
  const parsed = listing.files.map((entry) => parseFile(dataDir, entry.file));
  const hint = idHint(
    listing.files.map((entry, i) => {
      const file = parsed[i]!;
      return { entry, value: file.ok ? file.source.value : undefined };
    }),
  );
  const checked = listing.files.map((entry, i) => checkParsed(parsed[i]!, entry, hint));
  const listed = new Set(listing.files.map((entry) => entry.file));
  /** Rotation files that did not load, misplaced rotations in pipelines/ among them, but not a pipeline in rotations/. */
  let rotationFailed = false;
  listing.files.forEach((entry, i) => {
    const { source, value, problems: fileProblems, rejected } = checked[i]!;
    if (source) sources.set(entry.file, source);
    const misplaced = source && misplacedKind(entry.kind, source.value);
    if (misplaced) {
      // One problem, and the rest of the data is checked as if the file were already where it
      // belongs, unread: counted among its kind (a pipeline in rotations/ is no second rotation, so
      // pipelines without `rotation:` are not asked for one) and nothing reported about its keys.
      add([wrongFolder(source, entry, misplaced, listed)]);
      views.push(fileView({ file: entry.file, kind: misplaced.kind, id: entry.id! }, undefined));
      unloaded.push(entry.file);
      rotationFailed ||= misplaced.kind === 'rotation';
      return;
    }
    add(fileProblems);
    views.push(fileView(entry, source?.value, rejected, source?.text));
    if (value === undefined) unloaded.push(entry.file);
    if (value === undefined && entry.kind === 'rotation') rotationFailed = true;
    switch (entry.kind) {
      case 'site':
        data.site = value as ParsedData['site'];
        break;
      case 'people':
        data.people = value as ParsedData['people'];
        break;
      case 'teams':
        data.teams = value as ParsedData['teams'];
        break;
      case 'rotation':
        if (value) data.rotations.push({ id: entry.id!, file: entry.file, value: value as ParsedData['rotations'][number]['value'] });
        break;
      case 'pipeline':
        if (value) data.pipelines.push({ id: entry.id!, file: entry.file, value: value as ParsedData['pipelines'][number]['value'] });
        break;
    }
  });

  const locate = (file: string, path: Path, at: 'key' | 'value' = 'value') => sources.get(file)?.locate(path, at) ?? { line: 1, column: 1 };
  const calendar = readCalendar(views.find((v) => v.kind === 'site'));
  const runbooks = readRunbooks(dataDir, listing.runbooks);
  add(runbooks.problems);
  // The exact pages the build writes, when every file passed its schema (else the rules guess from ids).
  const { site, people } = data;
  const pagesAt = options.pagesAt ?? options.now;
  const pages =
    unloaded.length === 0 && site && people && calendar
      ? lazySitePages(() => sitePages(parsedShape({ ...data, site, people }, calendar, pagesAt), { anyYear: !pagesAt }))
      : undefined;
  add(referenceProblems(views, calendar, locate, runbooks.texts, pages));

  const fileCount = listing.files.length + listing.runbooks.length;
  // Warnings (overdue reviews, owners without contacts, two pipelines of one name) never block: they are reported beside the errors.
  const warningsFor = (loaded: Pick<PartialModel, 'site' | 'people' | 'pipelines'>) =>
    options.now ? [...duplicatePipelineNames(views, locate), ...runbookWarnings(loaded, options.now, locate)] : [];
  if (problems.length > 0 || !data.site || !data.people || !calendar) {
    const partial = assemble(data, calendar, unloaded, rotationFailed, runbooks.texts);
    return { partial: { ...partial, unloaded }, problems: sortProblems([...problems, ...warningsFor(partial)]), fileCount };
  }
  const model = buildModel(data, calendar, locate, runbooks.texts);
  const warnings = warningsFor(model);
  // The calendar needs a whole, valid model, so its rules run only once everything else passes.
  const calendarIssues = options.now ? calendarProblems(model, options.now) : [];
  // Calendar warnings (a coverage gap, a cover better written as an override) leave the model whole.
  if (calendarIssues.some((p) => !isWarning(p))) {
    const { site, people, teams, rotations, pipelines } = model;
    return { partial: { site, people, teams, rotations, pipelines, unloaded }, problems: sortProblems([...calendarIssues, ...warnings]), fileCount };
  }
  return { model, problems: sortProblems([...calendarIssues, ...warnings]), fileCount };
}

/** A pipeline's layers, and its first as `rotation` for faces that show one rotation. */
const layersOf = (rotations: readonly string[]) => ({ rotations: [...rotations], rotation: rotations[0] });

/** The entities as the model holds them, from whatever passed the schemas. */
function assemble(data: ParsedData, calendar: CompanyCalendar | undefined, unloaded: readonly string[], rotationFailed: boolean, runbooks: readonly RunbookText[]) {
  const site: Site | undefined =
    data.site && calendar
      ? // Spread, not copied field by field: a new site.yaml field reaches the model without another edit.
        { ...data.site, calendar }
      : undefined;
  const runbookOf = new Map(runbooks.map((r) => [r.id, { file: r.file, markdown: r.text }]));
  const rotations: Rotation[] = data.rotations.map(({ id, file, value }) => ({ id, file, ...value }));
  // With a rotation file that failed to load, "the only rotation" is unknown: leave it unresolved.
  const onlyRotation = rotations.length === 1 && !rotationFailed ? rotations[0]!.id : undefined;
  const areaRotation = new Map<string, readonly string[]>();
  for (const a of data.site?.areas ?? []) {
    const layers = a.rotations ?? (a.rotation !== undefined ? [a.rotation] : undefined);
    if (layers) areaRotation.set(a.id, layers);
  }
  // The pipeline's own rotation(s), else its area's default, else the only one there is.
  const pipelines: Pipeline[] = data.pipelines.map(({ id, file, value }) => {
    const summary = value.description === undefined ? undefined : firstSentence(value.description);
    const runbook = runbookOf.get(id);
    return {
      id,
      file,
      ...value,
      ...layersOf(value.rotations ?? (value.rotation !== undefined ? [value.rotation] : (areaRotation.get(value.area) ?? (onlyRotation ? [onlyRotation] : [])))),
      commonIssues: value.commonIssues.map((issue, i) => ({ ...issue, id: issue.id ?? issueSlug(issue.title, i) })),
      ...(summary !== undefined ? { summary } : {}),
      ...(runbook ? { runbook } : {}),
    };
  });
  const teams = data.teams?.teams ?? (unloaded.includes('teams.yaml') ? undefined : []);
  return { site, people: data.people?.people, teams, rotations, pipelines };
}

function buildModel(data: ParsedData, calendar: CompanyCalendar, locate: Model['locate'], runbooks: readonly RunbookText[]): Model {
  const { rotations, pipelines, ...parts } = assemble(data, calendar, [], false, runbooks);
  // Only called without problems, so site.yaml, people.yaml and teams.yaml (or its absence) all loaded.
  const site = parts.site!;
  const people = parts.people!;
  const teams = parts.teams ?? [];
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const model: Model = {
    site,
    people,
    teams,
    rotations,
    pipelines,
    byId: {
      people: byId(people),
      teams: byId(teams),
      rotations: byId(rotations),
      pipelines: byId(pipelines),
      areas: byId(site.areas),
    },
    locate,
  };
  return deepFreeze(model);
}
