/**
 * The route table: every page and feed path the site writes, built in one place. The pages, the
 * published links (Backstage, the handoff message), the feeds and the Markdown link check all use
 * it, so a path is spelled once. Imports nothing: the core's link check and the browser scripts
 * use it too.
 *
 * Paths here are root paths ("/oncall/"); `routesAt(base)` and `siteUrls(url)` give the same
 * builders under a base path or as absolute links.
 */

/** Rows a person's or team's page shows of each list before linking to the list's own pages. */
export const PREVIEW_ROWS = 20;
/** Rows per numbered list page (area lists, the SLA board, the index pages, the rotation overview). */
export const PAGE_ROWS = 50;
/** SLA board rows on the home page; with more investor pipelines the board gets its own pages (/sla/). */
export const HOME_SLA_ROWS = 10;
/** Rotations per page of the on-call overview, when there are too many to show each calendar. */
export const ROTATION_ROWS = 50;

/** Page `n` of a list whose first page is `first` (with a trailing slash): `first`, then `${first}n/`. */
export const pageHref = (first: string, n: number) => (n === 1 ? first : `${first}${n}/`);
/** How many pages a list of `count` rows takes at `rows` a page (one, even when empty). */
export const pageCount = (count: number, rows = PAGE_ROWS) => Math.max(1, Math.ceil(count / rows));

export type OwnerRole = 'primary' | 'secondary';
export type TeamRelation = 'feeds' | 'uses';

/**
 * Page `n` of an index (/people/, /teams/, /pipelines/): `first`, then `${first}page/n/`. Not
 * `${first}n/`, which is the page of a person, team or pipeline whose id is the number n.
 */
const indexHref = (first: string, n: number) => (n === 1 ? first : `${first}page/${n}/`);

/** Every path of the site, as root paths. Builders of a paged list take the page number (1 by default). */
export const paths = {
  home: () => '/',
  search: () => '/search/',
  /** The on-call overview; its rotation table continues on /oncall/rotations/<n>/. */
  oncall: (n = 1) => (n === 1 ? '/oncall/' : `/oncall/rotations/${n}/`),
  rotation: (id: string) => `/oncall/${id}/`,
  /** A year of a long calendar (see calendar-pages.ts). */
  rotationYear: (id: string, year: number) => `/oncall/${id}/${year}/`,
  /** The rotation's iCalendar feed. */
  rotationFeed: (id: string) => `/oncall/${id}.ics`,
  pipeline: (id: string) => `/pipelines/${id}/`,
  /** Every pipeline, by name. */
  pipelines: (n = 1) => indexHref('/pipelines/', n),
  /** Everyone in people.yaml, by name. */
  people: (n = 1) => indexHref('/people/', n),
  /** Every team in teams.yaml, by name. */
  teams: (n = 1) => indexHref('/teams/', n),
  person: (id: string) => `/people/${id}/`,
  /** A person's on-call weeks across rotations, as iCalendar. */
  personFeed: (id: string) => `/people/${id}.ics`,
  /** The pipelines a person owns in a role, when there are more than the person's page shows. */
  personList: (id: string, role: OwnerRole, n = 1) => pageHref(`/people/${id}/${role}/`, n),
  team: (id: string) => `/teams/${id}/`,
  /** The pipelines a team feeds or uses, when there are more than the team's page shows. */
  teamList: (id: string, relation: TeamRelation, n = 1) => pageHref(`/teams/${id}/${relation}/`, n),
  area: (id: string, n = 1) => pageHref(`/areas/${id}/`, n),
  sla: (n = 1) => pageHref('/sla/', n),
  /** The classes of highlighted code (src/pages/code.css.ts), linked from runbooks that have code. */
  codeCss: () => '/code.css',
  apiPipelines: () => '/api/pipelines.json',
  apiOncall: () => '/api/oncall.json',
} as const;

export type Paths = typeof paths;

const normalize = (base: string) => `${base.replace(/\/+$/, '')}/`;

/** A root path under `base` ("/runbooks/"): "/oncall/" -> "/runbooks/oncall/". Anything else is left as it is. */
export const underBase = (path: string, base: string): string => (path.startsWith('/') ? `${normalize(base)}${path.slice(1)}` : path);

/** The builders of `paths`, each returning its path mapped by `to`. */
function mapped(to: (path: string) => string): Paths {
  const out: Record<string, (...args: never[]) => string> = {};
  for (const [key, build] of Object.entries(paths)) out[key] = (...args: never[]) => to((build as (...a: never[]) => string)(...args));
  return out as unknown as Paths;
}

/** The route table under a base path: what a page writes into an href. */
export const routesAt = (base: string): Paths => mapped((path) => underBase(path, base));

/**
 * Absolute links into the published site, for what is read outside it: the Backstage catalog and
 * the chat handoff message. `home` is where the site is served, base path included.
 */
export type SiteUrls = Omit<Paths, 'home'> & { readonly home: string };

/** The route table as absolute URLs at `siteUrl`; throws a RangeError that says how to write the URL. */
export function siteUrls(siteUrl: string): SiteUrls {
  let base: URL;
  try {
    base = new URL(siteUrl);
  } catch {
    throw new RangeError(`site URL "${siteUrl}" is not a URL; give the address the site is served at, e.g. https://acme.github.io/runbooks/`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new RangeError(`site URL "${siteUrl}" must start with https:// (or http://), e.g. https://acme.github.io/runbooks/`);
  }
  base.search = '';
  base.hash = '';
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return Object.assign(mapped((path) => new URL(path.slice(1), base).href), { home: base.href });
}
