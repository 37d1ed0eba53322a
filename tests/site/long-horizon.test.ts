import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOrg } from '../../scripts/org/write.ts';
import { buildSite, type BuildResult } from './build-site.ts';
import { listFiles } from './files.ts';
import { tags, textOf } from './html.ts';
import { brokenLinks } from './internal-links.ts';

// 20 rotations over the longest horizon site.yaml allows ahead (520 weeks) and a year back,
// built as of Wed 23 Dec 2026 12:00 UTC (2026-W52).
const BUILT_AT = '1798027200';
const data = mkdtempSync(join(tmpdir(), 'long-horizon-'));
let built: BuildResult;

beforeAll(async () => {
  writeOrg(data, { pipelines: 20, engineers: 80, rotations: 20, seed: 'long', year: 2026, pastWeeks: 52, futureWeeks: 520 });
  built = await buildSite('long-horizon', { RUNBOOKS_DATA: data, SOURCE_DATE_EPOCH: BUILT_AT });
  if (built.code !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
});
afterAll(() => rmSync(data, { recursive: true, force: true }));

const html = (path: string) => readFileSync(join(built.outDir, path), 'utf8');
const rowIds = (path: string) => tags(html(path)).filter((t) => t.name === 'tr' && t.attrs.id).map((t) => t.attrs.id!);

describe('astro build with 20 rotations, pastWeeks 52 and futureWeeks 520', () => {
  it('keeps every page under 50 KB of HTML and CSS', () => {
    const files = listFiles(built.outDir);
    const size = (f: string) => statSync(join(built.outDir, f)).size;
    const css = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.css')).reduce((n, f) => n + size(f), 0);
    const pages = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(200);
    const over = pages.filter((f) => size(f) + css >= 50 * 1024).map((f) => `${f}: ${size(f) + css} bytes`);
    expect(over).toEqual([]);
  });

  it("lists 8 weeks back to 52 ahead on a rotation's page, and every week on a page per year", () => {
    const main = rowIds('oncall/data-platform/index.html');
    expect(main).toHaveLength(8 + 1 + 52);
    expect(main[8]).toBe('data-platform-2026-W52');
    expect(textOf(html('oncall/data-platform/index.html'))).toContain('Weeks 2026-W44 to 2027-W51 are listed here; every week of the calendar, by year:');
    const years = listFiles(join(built.outDir, 'oncall/data-platform')).filter((f) => /^\d{4}\/index\.html$/.test(f)).map((f) => f.slice(0, 4));
    // The rotation starts in 2025; 520 weeks after 2026-W52 end in 2036 (2032 has 53 weeks).
    expect(years).toEqual(['2025', '2026', '2027', '2028', '2029', '2030', '2031', '2032', '2033', '2034', '2035', '2036']);
    const all = years.flatMap((y) => rowIds(`oncall/data-platform/${y}/index.html`));
    expect(all).toContain('data-platform-2026-W53');
    expect(all.at(-1)).toBe('data-platform-2036-W50');
    expect(new Set(all).size).toBe(all.length);
    // Every week of the calendar, in order, once.
    const api = JSON.parse(html('api/oncall.json')) as { rotations: { id: string; weeks: { week: string }[] }[] };
    expect(all).toEqual(api.rotations.find((r) => r.id === 'data-platform')!.weeks.map((w) => `data-platform-${w.week}`));
  });

  it('shows the weeks around now of no more than two rotations on the on-call overview, and a table of all 20', () => {
    expect(rowIds('oncall/index.html')).toEqual([]);
    expect(textOf(html('oncall/index.html'))).toContain('20 rotations');
  });

  it("lists a person's next 20 on-call weeks and says how many more there are", () => {
    const person = listFiles(join(built.outDir, 'people')).find((f) => f.endsWith('/index.html') && /And \d+ more weeks up to 2036-W/.test(html(`people/${f}`)));
    expect(person).toBeDefined();
    const rows = tags(html(`people/${person}`)).filter((t) => t.name === 'tr' && t.attrs['data-start']);
    expect(rows).toHaveLength(20);
  });

  it('links every page only to pages that exist, year pages included', () => {
    expect(brokenLinks(built.outDir)).toEqual([]);
  });
});
