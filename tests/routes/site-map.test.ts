import { describe, expect, it } from 'vitest';
import { sitePaths, type SiteShape } from '../../src/routes/site-map.ts';

const empty: SiteShape = { pipelines: [], people: [], teams: [], areas: [], investors: 0, rotations: [] };
const shape = (parts: Partial<SiteShape>): SiteShape => ({ ...empty, ...parts });

describe('sitePaths', () => {
  it('returns the pages every site has, and an empty area its first page', () => {
    expect(sitePaths(shape({ areas: [{ id: 'profit', pipelines: 0 }] })).sort()).toEqual(
      ['/', '/api/oncall.json', '/api/pipelines.json', '/areas/profit/', '/oncall/', '/people/', '/pipelines/', '/search/', '/teams/'].sort(),
    );
  });

  it('returns a page per 50 rows of an area, and an owner list only past the 20 rows the person page shows', () => {
    const paths = sitePaths(
      shape({
        areas: [{ id: 'profit', pipelines: 101 }],
        people: [
          { id: 'a', primary: 20, secondary: 21 },
          { id: 'b', primary: 51, secondary: 0 },
        ],
      }),
    );
    expect(paths.filter((p) => p.startsWith('/areas/'))).toEqual(['/areas/profit/', '/areas/profit/2/', '/areas/profit/3/']);
    expect(paths.filter((p) => p.startsWith('/people/') && p !== '/people/')).toEqual([
      '/people/a/',
      '/people/a.ics',
      '/people/a/secondary/',
      '/people/b/',
      '/people/b.ics',
      '/people/b/primary/',
      '/people/b/primary/2/',
    ]);
  });

  it('returns the index pages of people, teams and pipelines, 50 rows a page', () => {
    const people = Array.from({ length: 101 }, (_, i) => ({ id: `p${i}`, primary: 0, secondary: 0 }));
    const pipelines = Array.from({ length: 50 }, (_, i) => `x${i}`);
    const paths = sitePaths(shape({ people, pipelines }));
    expect(paths.filter((p) => /^\/(people|teams|pipelines)\/(page\/\d+\/)?$/.test(p))).toEqual(['/pipelines/', '/people/', '/people/page/2/', '/people/page/3/', '/teams/']);
  });

  it('returns the SLA board only with more than the 10 investor pipelines the home page shows', () => {
    expect(sitePaths(shape({ investors: 10 })).filter((p) => p.startsWith('/sla/'))).toEqual([]);
    expect(sitePaths(shape({ investors: 11 })).filter((p) => p.startsWith('/sla/'))).toEqual(['/sla/']);
    expect(sitePaths(shape({ investors: 51 })).filter((p) => p.startsWith('/sla/'))).toEqual(['/sla/', '/sla/2/']);
  });

  it('returns team lists past 20 rows, rotation pages, feeds, year pages and the overview pages past 50 rotations', () => {
    const rotations = Array.from({ length: 51 }, (_, i) => ({ id: `r${i}`, years: i === 0 ? [2026, 2027] : [] }));
    const paths = sitePaths(shape({ teams: [{ id: 't', feeds: 21, uses: 3 }], rotations }));
    expect(paths.filter((p) => p.startsWith('/teams/') && p !== '/teams/')).toEqual(['/teams/t/', '/teams/t/feeds/']);
    expect(paths.filter((p) => p.startsWith('/oncall/r0/') || p.startsWith('/oncall/r0.'))).toEqual(['/oncall/r0/', '/oncall/r0.ics', '/oncall/r0/2026/', '/oncall/r0/2027/']);
    expect(paths.filter((p) => p.startsWith('/oncall/rotations/'))).toEqual(['/oncall/rotations/2/']);
    expect(sitePaths(shape({ rotations: rotations.slice(0, 50) })).filter((p) => p.startsWith('/oncall/rotations/'))).toEqual([]);
  });
});
