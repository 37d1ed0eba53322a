import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from './build-site.ts';
import { listFiles } from './files.ts';
import { tags, textOf } from './html.ts';

// The hours fixture (tests/fixtures/hours, Europe/Berlin), built as of Mon 14 Dec 2026 00:00 UTC (2026-W51,
// Monday 01:00 in Berlin): the covers of 2026-W50 are among the two weeks back the calendar lists.
const BUILT_AT = '1797206400';
let built: BuildResult;
const page = (path: string) => readFileSync(join(built.outDir, path), 'utf8');
/** The text of a calendar row: the week's cells, the covers listed in it included. */
const row = (rotation: string, week: string) => {
  const html = page(`oncall/${rotation}/index.html`);
  const start = html.indexOf(`<tr id="${rotation}-${week}"`);
  return textOf(html.slice(start, html.indexOf('</tr>', start))).trim();
};

beforeAll(async () => {
  built = await buildSite('hours', { RUNBOOKS_DATA: 'tests/fixtures/hours', SOURCE_DATE_EPOCH: BUILT_AT });
  if (built.code !== 0) throw new Error(`hours fixture build failed:\n${built.stdout}\n${built.stderr}`);
});

describe('astro build: covers under their weeks', () => {
  it('lists a night cover across midnight in its week’s row: who, from and to in the rotation’s zone, and why', () => {
    expect(row('after-hours', '2026-W50')).toBe(
      '2026-W50 Mon 7 Dec 00:00 Mon 14 Dec 00:00 Engineer D Rotation Cover Engineer C Wed 9 Dec 18:00 – Thu 10 Dec 09:00 : Engineer D at the dentist early next morning',
    );
    expect(row('after-hours', '2026-W51')).not.toContain('Cover');
  });

  it('lists a cover across the hand-off under both weeks, each with its on-call time there and the cover as written', () => {
    expect(row('business-hours', '2026-W50')).toContain('Cover Engineer C Fri 11 Dec 12:00–17:00 : Engineer B moves house (the cover runs Fri 11 Dec 12:00 – Mon 14 Dec 12:00 )');
    expect(row('business-hours', '2026-W51')).toContain('Cover Engineer C Mon 14 Dec 09:00–12:00 : Engineer B moves house (the cover runs Fri 11 Dec 12:00 – Mon 14 Dec 12:00 )');
  });

  it('lists the covers as a labelled list inside the week’s row, naming people by display name', () => {
    const html = page('oncall/business-hours/index.html');
    const lists = tags(html).filter((t) => t.name === 'ul' && t.attrs['aria-label']?.startsWith('Covers in'));
    expect(lists.map((t) => t.attrs['aria-label'])).toEqual(['Covers in 2026-W50', 'Covers in 2026-W51']);
    expect(html).toMatch(/<span class="badge">Cover<\/span> Engineer C /);
  });

  it('lists a cover in the week of a DST change as its stretches within the hours, on each day’s clock', () => {
    // eu-sun's cover in 2027-W12 is on its year page when the rotation's page does not reach it.
    const file = listFiles(built.outDir).find((f) => /^oncall\/eu-sun\/(?:index|2027\/index)\.html$/.test(f) && page(f).includes('eu-sun-2027-W12'))!;
    expect(textOf(page(file))).toContain('Cover Engineer F Sat 27 Mar 18:00–20:00 , Sun 28 Mar 08:00–10:00 : Engineer E flies home (the cover runs Sat 27 Mar 18:00 – Sun 28 Mar 10:00 )');
  });
});

describe('astro build: covers on the covering person’s page', () => {
  it('returns a cover of a colleague’s week among the person’s next on-call rows, with its own times, once it is not over', () => {
    const html = page('people/engineer-c/index.html');
    const rows = tags(html).filter((t) => t.name === 'tr' && t.attrs['data-start']);
    const text = textOf(html);
    // The business-hours cover's part in 2026-W51 (Mon 09:00–12:00 Berlin) is still ahead; its 2026-W50 part and the night cover are over.
    expect(text).toContain('2026-W51 Mon 14 Dec 09:00 Mon 14 Dec 12:00 Business hours Cover For Engineer A: Engineer B moves house');
    expect(text).not.toContain('Engineer D at the dentist');
    expect(rows.map((t) => Number(t.attrs['data-start']))).toEqual([...rows.map((t) => Number(t.attrs['data-start']))].sort((a, b) => a - b));
    expect(rows.some((t) => t.attrs['data-start'] === String(Date.parse('2026-12-14T08:00:00Z')) && t.attrs['data-end'] === String(Date.parse('2026-12-14T11:00:00Z')))).toBe(true);
  });

  it('returns only the week rows on the page of a person who covers nobody', () => {
    expect(textOf(page('people/engineer-a/index.html'))).not.toContain('Cover For');
  });
});

describe('astro build: a rotation’s hours', () => {
  it('shows the windows in the rotation’s zone, named, without JavaScript', () => {
    const text = textOf(page('oncall/business-hours/index.html'));
    expect(text).toContain('On call only in these hours, Europe/Berlin time : Mon–Fri 09:00–17:00');
    expect(textOf(page('oncall/after-hours/index.html'))).toContain(
      'On call only in these hours, Europe/Berlin time : Mon–Thu 17:00–09:00 next day Fri 17:00–24:00 Sat, Sun 00:00–24:00 Mon 00:00–09:00',
    );
    expect(textOf(page('oncall/us-sun/index.html'))).toContain('On call only in these hours, America/Los_Angeles time : Every day 11:00–23:00');
  });

  it('embeds each window’s stretches in the build’s week as instants, and loads the hours script from a file', () => {
    const all = tags(page('oncall/business-hours/index.html'));
    expect(all.find((t) => t.name === 'p' && 'data-hours' in t.attrs)?.attrs['data-hours-tz']).toBe('Europe/Berlin');
    // Mon 14 – Fri 18 Dec 2026, 09:00–17:00 CET.
    expect(all.find((t) => 'data-window' in t.attrs)?.attrs['data-window']).toBe(
      [14, 15, 16, 17, 18].map((d) => `2026-12-${d}T08:00:00.000Z/2026-12-${d}T16:00:00.000Z`).join(' '),
    );
    expect(all.filter((t) => t.name === 'script').map((t) => t.attrs.src)).toEqual([
      expect.stringMatching(/^\/_astro\/RotationHours\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/),
      expect.stringMatching(/^\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/),
    ]);
  });

  it('leaves pages other than rotation pages without the hours script', () => {
    for (const path of ['index.html', 'oncall/index.html', 'people/engineer-c/index.html']) {
      expect(page(path), path).not.toContain('RotationHours');
    }
  });

  it('keeps the rotation pages under 50 KB of HTML and CSS', () => {
    const files = listFiles(built.outDir);
    const css = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.css')).reduce((n, f) => n + statSync(join(built.outDir, f)).size, 0);
    for (const f of files.filter((f) => f.startsWith('oncall/') && f.endsWith('.html'))) expect(statSync(join(built.outDir, f)).size + css, f).toBeLessThan(50 * 1024);
  });
});
