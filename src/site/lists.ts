import type { Pipeline } from '../core/model.ts';
import type { PageData } from './page-data.ts';
import { HOME_SLA_ROWS, PAGE_ROWS, pageCount as pagesFor, paths, PREVIEW_ROWS } from '../routes/routes.ts';

export { HOME_SLA_ROWS, PAGE_ROWS, pageHref, PREVIEW_ROWS, ROTATION_ROWS } from '../routes/routes.ts';

/**
 * Long lists are cut and continued on numbered pages, so that no page grows with the
 * catalogue: a page stays under 50 KB whether there are 5 pipelines or 10,000.
 */
/** Ownership rows on the home page, shared out between the areas. */
export const HOME_ROWS = 30;

/** The first `max` items, and a link to the rest when there are more. */
export function preview<T>(items: readonly T[], max: number, href: string): { items: readonly T[]; more?: { href: string; total: number } } {
  return items.length > max ? { items: items.slice(0, max), more: { href, total: items.length } } : { items };
}

/** A list of pipelines with its own pages: /areas/<id>/, /people/<id>/primary/, …/2/; parents show a preview and link here. */
export interface PagedList {
  /** Path of page 1, with a trailing slash; page n is `${base}${n}/`. */
  readonly base: string;
  readonly title: string;
  /** The breadcrumbs after "Overview": where the list comes from (People › the person), empty for a top-level list. */
  readonly trail: readonly { readonly href: string; readonly label: string }[];
  readonly items: readonly Pipeline[];
  /** Which table the pages show: ownership (owners, rotation) or the SLA board (deadline, targets). */
  readonly kind: 'ownership' | 'sla';
  /** Whether the table has an Area column: every list but an area's own. */
  readonly showArea: boolean;
}

export const pageCount = (list: { items: readonly unknown[] }) => pagesFor(list.items.length);

/** Every paged list of the site, once per build. */
export function pagedLists({ model, index }: PageData): PagedList[] {
  const lists: PagedList[] = [];
  for (const area of model.site.areas) {
    lists.push({
      base: paths.area(area.id),
      title: `${area.name} pipelines`,
      trail: [],
      items: index.byArea.get(area.id) ?? [],
      kind: 'ownership',
      showArea: false,
    });
  }
  for (const person of model.people) {
    const owned = index.byOwner.get(person.id)!;
    const trail = [{ href: paths.people(), label: 'People' }, { href: paths.person(person.id), label: person.name }];
    for (const role of ['primary', 'secondary'] as const) {
      if (owned[role].length > PREVIEW_ROWS) {
        lists.push({ base: paths.personList(person.id, role), title: `${person.name}: ${role} owner`, trail, items: owned[role], kind: 'ownership', showArea: true });
      }
    }
  }
  for (const team of model.teams) {
    const rel = index.byTeam.get(team.id)!;
    const trail = [{ href: paths.teams(), label: 'Teams' }, { href: paths.team(team.id), label: team.name }];
    if (rel.feeds.length > PREVIEW_ROWS) lists.push({ base: paths.teamList(team.id, 'feeds'), title: `Pipelines ${team.name} feeds`, trail, items: rel.feeds, kind: 'ownership', showArea: true });
    if (rel.uses.length > PREVIEW_ROWS) lists.push({ base: paths.teamList(team.id, 'uses'), title: `Pipelines ${team.name} depends on`, trail, items: rel.uses, kind: 'ownership', showArea: true });
  }
  if (index.investors.length > HOME_SLA_ROWS) {
    lists.push({ base: paths.sla(), title: 'SLA board', trail: [], items: index.investors, kind: 'sla', showArea: true });
  }
  return lists;
}

/** One page of an index (/people/, /teams/, /pipelines/): its rows, its number and the page count. */
export interface IndexPage<T> {
  readonly items: readonly T[];
  readonly n: number;
  readonly pages: number;
  /** Rows before this page, for "41–50 of 120". */
  readonly offset: number;
  readonly total: number;
}

/**
 * The static paths of an index whose page n is `href(n)` (a root path under `first`): the route is
 * `<folder>/[...index].astro`, so page 1 is the folder itself (no parameter) and page n its rest.
 */
export function indexPaths<T>(items: readonly T[], first: string, href: (n: number) => string) {
  const pages = pagesFor(items.length);
  return Array.from({ length: pages }, (_, i) => {
    const n = i + 1;
    const props: IndexPage<T> = { items: items.slice(i * PAGE_ROWS, n * PAGE_ROWS), n, pages, offset: i * PAGE_ROWS, total: items.length };
    return { params: { index: n === 1 ? undefined : href(n).slice(first.length, -1) }, props };
  });
}

/** "People 51–100 of 120." or "12 people.": what a page of an index shows. */
export function indexLede(page: IndexPage<unknown>, one: string, many: string): string {
  if (page.total === 0) return `No ${many}.`;
  if (page.pages === 1) return `${page.total} ${page.total === 1 ? one : many}.`;
  const label = many[0]!.toUpperCase() + many.slice(1);
  return `${label} ${page.offset + 1}–${page.offset + page.items.length} of ${page.total}.`;
}
