import { HOME_SLA_ROWS, PAGE_ROWS, pageCount, paths, PREVIEW_ROWS, ROTATION_ROWS } from './routes.ts';

/**
 * What decides which pages a build writes, and nothing more: ids, and the sizes of the lists that
 * get pages of their own. The site computes it from the model (site/site-map.ts); the Markdown link
 * check from the parsed data, so both agree on exactly the paths the build writes.
 */
export interface SiteShape {
  readonly pipelines: readonly string[];
  /** Each person and how many pipelines they own as primary and as secondary. */
  readonly people: readonly { readonly id: string; readonly primary: number; readonly secondary: number }[];
  /** Each team and how many pipelines it feeds and uses. */
  readonly teams: readonly { readonly id: string; readonly feeds: number; readonly uses: number }[];
  /** Each area and its number of pipelines. */
  readonly areas: readonly { readonly id: string; readonly pipelines: number }[];
  /** Investor-facing pipelines (in a known area): the SLA board. */
  readonly investors: number;
  /** Each rotation and the years of its calendar that have a page (see calendar-pages.ts). */
  readonly rotations: readonly { readonly id: string; readonly years: readonly number[] }[];
}

const pages = (count: number, rows: number, at: (n: number) => string) => Array.from({ length: pageCount(count, rows) }, (_, i) => at(i + 1));

/** Every page and feed path a build writes for `shape` (root paths; pages end with "/"), besides /404.html and assets. */
export function sitePaths(shape: SiteShape): string[] {
  const out = [paths.home(), paths.search(), paths.apiPipelines(), paths.apiOncall()];
  out.push(...pages(shape.rotations.length, ROTATION_ROWS, paths.oncall));
  out.push(...pages(shape.pipelines.length, PAGE_ROWS, paths.pipelines));
  out.push(...pages(shape.people.length, PAGE_ROWS, paths.people));
  out.push(...pages(shape.teams.length, PAGE_ROWS, paths.teams));
  for (const id of shape.pipelines) out.push(paths.pipeline(id));
  for (const p of shape.people) {
    out.push(paths.person(p.id), paths.personFeed(p.id));
    for (const role of ['primary', 'secondary'] as const) {
      if (p[role] > PREVIEW_ROWS) out.push(...pages(p[role], PAGE_ROWS, (n) => paths.personList(p.id, role, n)));
    }
  }
  for (const t of shape.teams) {
    out.push(paths.team(t.id));
    for (const relation of ['feeds', 'uses'] as const) {
      if (t[relation] > PREVIEW_ROWS) out.push(...pages(t[relation], PAGE_ROWS, (n) => paths.teamList(t.id, relation, n)));
    }
  }
  for (const a of shape.areas) out.push(...pages(a.pipelines, PAGE_ROWS, (n) => paths.area(a.id, n)));
  if (shape.investors > HOME_SLA_ROWS) out.push(...pages(shape.investors, PAGE_ROWS, paths.sla));
  for (const r of shape.rotations) {
    out.push(paths.rotation(r.id), paths.rotationFeed(r.id));
    for (const year of r.years) out.push(paths.rotationYear(r.id, year));
  }
  return out;
}
