import { didYouMean } from '../suggest.ts';

/** The ids the site makes pages for; enough to know every page a Markdown link may point at. */
export interface SiteIds {
  readonly pipelines: Iterable<string>;
  readonly people: Iterable<string>;
  readonly teams: Iterable<string>;
  readonly areas: Iterable<string>;
  readonly rotations: Iterable<string>;
}

export interface SitePages {
  /** Whether a site-relative path (no query or fragment) is a page or file of the site. */
  has(path: string): boolean;
  /** "did you mean …?" for a path that is not, or ''. */
  suggest(path: string): string;
}

// Numbered continuation pages of long lists (/areas/profit/2/, /sla/3/), whose count depends on the data.
const NUMBERED = /^\/(?:areas\/[a-z0-9-]+|sla|people\/[a-z0-9-]+\/(?:primary|secondary)|teams\/[a-z0-9-]+\/(?:feeds|uses))\/[1-9]\d*\/$/;

/** The site's pages, as src/pages/ makes them, from the data's ids. */
export function sitePages(ids: SiteIds): SitePages {
  const pages = new Set(['/', '/search/', '/oncall/', '/sla/', '/api/pipelines.json', '/api/oncall.json']);
  for (const id of ids.pipelines) pages.add(`/pipelines/${id}/`);
  for (const id of ids.people) pages.add(`/people/${id}/`).add(`/people/${id}.ics`).add(`/people/${id}/primary/`).add(`/people/${id}/secondary/`);
  for (const id of ids.teams) pages.add(`/teams/${id}/`).add(`/teams/${id}/feeds/`).add(`/teams/${id}/uses/`);
  for (const id of ids.areas) pages.add(`/areas/${id}/`);
  for (const id of ids.rotations) pages.add(`/oncall/${id}/`).add(`/oncall/${id}.ics`);
  // A page is reached with or without its trailing slash, or as its index.html.
  const normal = (path: string) => {
    const p = path.replace(/\/index\.html$/, '/');
    return /\.[a-z]+$/.test(p) || p.endsWith('/') ? p : `${p}/`;
  };
  return {
    has: (path) => {
      const p = normal(path);
      return pages.has(p) || NUMBERED.test(p);
    },
    suggest: (path) => didYouMean(normal(path), [...pages]),
  };
}
