import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OncallJson } from '../../src/feeds/oncall-json.ts';
import { TEAM_FIXTURE } from '../helpers/data-dir.ts';
import { buildSite, ROOT, type BuildResult } from './build-site.ts';
import { tags, textOf } from './html.ts';

// The team fixture's data-platform rotation with two versions: one in effect since 2026-W45, one from 2027-W10.
// Built as of Wed 25 Nov 2026 12:00 UTC (2026-W48): the site lists 2026-W40 (8 weeks back) to 2027-W48.
const BUILT_AT = String(Date.UTC(2026, 10, 25, 12) / 1000);
const data = mkdtempSync(join(tmpdir(), 'versions-site-'));
let built: BuildResult;

beforeAll(async () => {
  cpSync(TEAM_FIXTURE, data, { recursive: true });
  const edit = (file: string, from: string, to: string) => writeFileSync(join(data, file), readFileSync(join(data, file), 'utf8').replace(from, to));
  edit('people.yaml', '  - id: engineer-d\n', '  - id: engineer-e\n    name: Engineer E\n    holidays: []\n  - id: engineer-d\n');
  edit(
    'rotations/data-platform.yaml',
    'members: [engineer-a, engineer-b, engineer-c, engineer-d]\n',
    'members: [engineer-a, engineer-b, engineer-c, engineer-d]\nversions:\n' +
      '  - {from: 2026-W45, members: [engineer-e, engineer-a, engineer-b, engineer-c, engineer-d]}\n' +
      '  - {from: 2027-W10, members: [engineer-b, engineer-c, engineer-d, engineer-e]}\n',
  );
  built = await buildSite('versions', { RUNBOOKS_DATA: data, SOURCE_DATE_EPOCH: BUILT_AT });
  if (built.code !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
});
afterAll(() => rmSync(data, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(built.outDir, path), 'utf8');
const oncall = (args: string[]) =>
  execFileSync(process.execPath, ['.build/cli/oncall.js', '--data', data, '--rotation', 'data-platform', '--from', '2026-09-30', '--weeks', '61', ...args], {
    cwd: ROOT,
    env: { ...process.env, SOURCE_DATE_EPOCH: BUILT_AT },
    encoding: 'utf8',
  });

describe('astro build of a rotation with versions', () => {
  it('serves /api/oncall.json as `oncall --format json` prints it, with the line-up each week used', () => {
    const cli = JSON.parse(oncall(['--format', 'json'])) as OncallJson;
    const api = JSON.parse(page('api/oncall.json')) as OncallJson;
    expect(api).toEqual(cli);
    const weeks = api.rotations[0]!.weeks;
    expect(weeks.map((w) => `${w.week} v${w.version}`).filter((_, i, all) => i === 0 || all[i - 1]!.slice(-2) !== all[i]!.slice(-2))).toEqual([
      '2026-W40 v0',
      '2026-W45 v1',
      '2027-W10 v2',
    ]);
    // (45-1) mod 5 = 4: engineer-d; (10-1) mod 4 = 1: engineer-c.
    expect(weeks.find((w) => w.week === '2026-W45')!.scheduled).toBe('engineer-d');
    expect(weeks.find((w) => w.week === '2027-W10')!.scheduled).toBe('engineer-c');
  });

  it("lists on the calendar page, and in the rotation's feed, the engineer the JSON gives each week", () => {
    const json = (JSON.parse(page('api/oncall.json')) as OncallJson).rotations[0]!.weeks;
    const all = tags(page('oncall/data-platform/index.html'));
    const rows = all.flatMap((t, i) =>
      t.name === 'tr' && t.attrs.id ? [[t.attrs.id, all.slice(i).find((a) => a.name === 'a' && a.attrs.href?.startsWith('/people/'))!.attrs.href]] : [],
    );
    expect(rows).toEqual(json.map((w) => [`data-platform-${w.week}`, `/people/${w.engineer}/`]));

    const ics = page('oncall/data-platform.ics');
    expect(ics).toBe(oncall(['--format', 'ics']));
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const names: Record<string, string> = { 'engineer-a': 'Engineer A', 'engineer-b': 'Engineer B', 'engineer-c': 'Engineer C', 'engineer-d': 'Engineer D', 'engineer-e': 'Engineer E' };
    expect(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()])).toEqual(
      json.map((w) => [`On call: ${names[w.engineer]} (Data platform on-call)`, w.start.replace('Z', '.000Z')]),
    );
  });

  it('names the line-up in effect and the upcoming change on the rotation page', () => {
    // textOf leaves a space where each link closes.
    const text = textOf(page('oncall/data-platform/index.html')).replace(/ ([,.]| \()/g, '$1');
    expect(text).toContain('By week number: Engineer E, Engineer A, Engineer B, Engineer C, Engineer D (since 2026-W45).');
    expect(text).toContain('New line-up from 2027-W10: Engineer B, Engineer C, Engineer D, Engineer E.');
  });
});
