import { describe, expect, it } from 'vitest';
import { pageCount, pageHref, paths, routesAt, siteUrls, underBase } from '../../src/routes/routes.ts';

describe('paths', () => {
  it('returns each page and feed as a root path, page 1 of a list without a number', () => {
    expect(paths.pipeline('profit')).toBe('/pipelines/profit/');
    expect(paths.person('engineer-a')).toBe('/people/engineer-a/');
    expect(paths.personFeed('engineer-a')).toBe('/people/engineer-a.ics');
    expect(paths.personList('engineer-a', 'secondary')).toBe('/people/engineer-a/secondary/');
    expect(paths.personList('engineer-a', 'primary', 3)).toBe('/people/engineer-a/primary/3/');
    expect(paths.teamList('finance', 'uses', 2)).toBe('/teams/finance/uses/2/');
    expect(paths.area('profit')).toBe('/areas/profit/');
    expect(paths.sla(2)).toBe('/sla/2/');
    expect(paths.oncall()).toBe('/oncall/');
    expect(paths.oncall(2)).toBe('/oncall/rotations/2/');
    expect(paths.rotation('ops')).toBe('/oncall/ops/');
    expect(paths.rotationYear('ops', 2031)).toBe('/oncall/ops/2031/');
    expect(paths.rotationFeed('ops')).toBe('/oncall/ops.ics');
    expect(paths.apiOncall()).toBe('/api/oncall.json');
    expect([paths.people(), paths.teams(), paths.pipelines()]).toEqual(['/people/', '/teams/', '/pipelines/']);
    // Not /people/2/: that is the page of a person whose id is "2".
    expect([paths.people(2), paths.teams(3), paths.pipelines(4)]).toEqual(['/people/page/2/', '/teams/page/3/', '/pipelines/page/4/']);
  });

  it('returns page n of a list and the number of pages, one even for an empty list', () => {
    expect(pageHref('/areas/x/', 1)).toBe('/areas/x/');
    expect(pageHref('/areas/x/', 4)).toBe('/areas/x/4/');
    expect([0, 1, 50, 51, 100, 101].map((n) => pageCount(n))).toEqual([1, 1, 1, 2, 2, 3]);
  });
});

describe('routesAt', () => {
  it('returns the same paths under a base, with or without its trailing slash', () => {
    expect(routesAt('/runbooks/').person('engineer-a')).toBe('/runbooks/people/engineer-a/');
    expect(routesAt('/runbooks').home()).toBe('/runbooks/');
    expect(routesAt('/').oncall(2)).toBe('/oncall/rotations/2/');
    expect(underBase('https://x.example/', '/runbooks/')).toBe('https://x.example/');
  });
});

describe('siteUrls', () => {
  it('returns absolute links at the site URL, its base path kept', () => {
    const urls = siteUrls('https://acme.github.io/runbooks?x=1#y');
    expect(urls.home).toBe('https://acme.github.io/runbooks/');
    expect(urls.pipeline('profit')).toBe('https://acme.github.io/runbooks/pipelines/profit/');
    expect(urls.rotationFeed('ops')).toBe('https://acme.github.io/runbooks/oncall/ops.ics');
    expect(urls.team('finance')).toBe('https://acme.github.io/runbooks/teams/finance/');
  });

  it('throws a RangeError that shows the form when the URL is not an http(s) URL', () => {
    expect(() => siteUrls('acme.github.io')).toThrow(/is not a URL; give the address the site is served at, e\.g\. https:\/\/acme\.github\.io\/runbooks\//);
    expect(() => siteUrls('ftp://acme.example/')).toThrow(/must start with https:\/\//);
  });
});
