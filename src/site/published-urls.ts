/**
 * Absolute links into the published site, for what is read outside it: the Backstage catalog and
 * the chat handoff message. The paths are the site's routes (src/pages/); `siteUrl` is where the
 * site is served, base path included (`https://acme.github.io/runbooks/`).
 */
export interface SiteUrls {
  readonly home: string;
  runbook(pipelineId: string): string;
  calendar(rotationId: string): string;
  /** The rotation's iCalendar feed. */
  feed(rotationId: string): string;
  person(personId: string): string;
  team(teamId: string): string;
}

/** Checks and normalises a site URL; throws a RangeError that says how to write it. */
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
  const at = (path: string) => new URL(path, base).href;
  return {
    home: base.href,
    runbook: (id) => at(`pipelines/${id}/`),
    calendar: (id) => at(`oncall/${id}/`),
    feed: (id) => at(`oncall/${id}.ics`),
    person: (id) => at(`people/${id}/`),
    team: (id) => at(`teams/${id}/`),
  };
}
