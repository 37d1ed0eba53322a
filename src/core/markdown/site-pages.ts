import { calendarPages } from '../../routes/calendar-pages.ts';
import { sitePaths, type SiteShape } from '../../routes/site-map.ts';
import { instantAt, parseClock, parseCivilDay, startOfWeekDay, localDay } from '../calendar/civil.ts';
import { shownRange } from '../calendar/ranges.ts';
import { companyWeeks } from '../calendar/weeks.ts';
import type { ParsedData } from '../load/parsed.ts';
import type { CompanyCalendar } from '../model.ts';
import { closestMatch } from '../suggest.ts';

export interface SitePages {
  /** Whether a site-relative path (no query or fragment) is a page or file of the site. */
  has(path: string): boolean;
  /** The page path close enough to a path that is not one to be the page meant, or undefined. */
  closest(path: string): string | undefined;
}

// A page is reached with or without its trailing slash, or as its index.html.
const normal = (path: string) => {
  const p = path.replace(/\/index\.html$/, '/');
  return /\.[a-z]+$/.test(p) || p.endsWith('/') ? p : `${p}/`;
};

/**
 * The pages of a site of this shape: exactly the paths the build writes (src/routes/site-map.ts).
 * With `anyYear`, a year page of a known rotation is accepted for any year: which years have a page
 * depends on the build's date, unknown to a check that is given none.
 */
export function sitePages(shape: SiteShape, options: { anyYear?: boolean } = {}): SitePages {
  const pages = new Set(sitePaths(shape));
  const rotations = new Set(shape.rotations.map((r) => r.id));
  const yearPage = (p: string) => {
    const m = /^\/oncall\/([a-z0-9-]+)\/\d{4}\/$/.exec(p);
    return m !== null && rotations.has(m[1]!);
  };
  return {
    has: (path) => {
      const p = normal(path);
      return pages.has(p) || (options.anyYear === true && yearPage(p));
    },
    closest: (path) => closestMatch(normal(path), [...pages]),
  };
}

/**
 * The pages, worked out on the first question: only a site-relative link in some Markdown asks, and
 * data without one (most pipelines have none) then never builds the site's shape.
 */
export function lazySitePages(make: () => SitePages): SitePages {
  let pages: SitePages | undefined;
  const get = () => (pages ??= make());
  return { has: (path) => get().has(path), closest: (path) => get().closest(path) };
}

/** Numbered continuation pages, year pages and the SLA board: accepted when the data is incomplete and their count unknown. */
const COUNTED = /^\/(?:(?:people|teams|pipelines)\/page\/[1-9]\d*\/|(?:areas\/[a-z0-9-]+|sla|people\/[a-z0-9-]+\/(?:primary|secondary)|teams\/[a-z0-9-]+\/(?:feeds|uses))\/(?:[1-9]\d*\/)?|oncall\/rotations\/[1-9]\d*\/|oncall\/[a-z0-9-]+\/\d{4}\/)$/;

/**
 * The pages of a site whose data did not load whole (a file failed its schema, so the build will not
 * run): pages named by the ids that loaded, and any page whose existence depends on counts. A link
 * is called dangling only when no build of this data could have the page.
 */
export function pagesOfIds(ids: { pipelines: readonly string[]; people: readonly string[]; teams: readonly string[]; areas: readonly string[]; rotations: readonly string[] }): SitePages {
  const none = { primary: 0, secondary: 0, feeds: 0, uses: 0, pipelines: 0 };
  const exact = sitePages({
    pipelines: ids.pipelines,
    people: ids.people.map((id) => ({ id, ...none })),
    teams: ids.teams.map((id) => ({ id, ...none })),
    areas: ids.areas.map((id) => ({ id, ...none })),
    investors: 0,
    rotations: ids.rotations.map((id) => ({ id, years: [] })),
  });
  return { has: (path) => exact.has(path) || COUNTED.test(normal(path)), closest: exact.closest };
}

/** The weeks of a rotation the site lists (its weeks before `start` are not), with when each ends: as computeSchedules lists them. */
export function listedWeeks(calendar: CompanyCalendar, rotation: { start: string; handoff: string }, now: Date) {
  const range = shownRange(calendar, now);
  const firstDay = startOfWeekDay(parseCivilDay(rotation.start), calendar.weekStartsOn);
  const fromDay = startOfWeekDay(localDay(range.from, calendar.timezone), calendar.weekStartsOn);
  const offset = (fromDay - firstDay) / 7;
  const from = Math.max(0, offset);
  const to = Math.max(0, offset + range.weeks);
  const handoff = parseClock(rotation.handoff);
  return companyWeeks(firstDay + 7 * from, to - from, calendar).map((w) => ({ week: w.key, end: instantAt(w.startDay + 7, handoff, calendar.timezone) }));
}

/**
 * The shape of the site a build of this data writes, from data that passed every schema; `now` is
 * the build's date (which year pages exist), or undefined when unknown.
 */
export function parsedShape(data: Required<Pick<ParsedData, 'site' | 'people'>> & ParsedData, calendar: CompanyCalendar, now: Date | undefined): SiteShape {
  // One counter per kind of page, keyed by id: no key text is built per pipeline.
  const counter = () => {
    const count = new Map<string, number>();
    return { add: (id: string) => count.set(id, (count.get(id) ?? 0) + 1), n: (id: string) => count.get(id) ?? 0 };
  };
  const [area, primary, secondary, feeds, uses] = [counter(), counter(), counter(), counter(), counter()];
  const areaIds = new Set(data.site.areas.map((a) => a.id));
  let investors = 0;
  for (const { value: p } of data.pipelines) {
    area.add(p.area);
    primary.add(p.owners.primary);
    secondary.add(p.owners.secondary);
    // A team listed twice counts twice, as the site's index does.
    for (const t of p.upstream) feeds.add(t);
    for (const t of p.downstream) uses.add(t);
    if (p.audience === 'investors' && areaIds.has(p.area)) investors++;
  }
  return {
    pipelines: data.pipelines.map((p) => p.id),
    people: data.people.people.map((p) => ({ id: p.id, primary: primary.n(p.id), secondary: secondary.n(p.id) })),
    teams: (data.teams?.teams ?? []).map((t) => ({ id: t.id, feeds: feeds.n(t.id), uses: uses.n(t.id) })),
    areas: data.site.areas.map((a) => ({ id: a.id, pipelines: area.n(a.id) })),
    investors,
    rotations: data.rotations.map((r) => ({ id: r.id, years: now ? calendarPages(listedWeeks(calendar, r.value, now), now).years : [] })),
  };
}
