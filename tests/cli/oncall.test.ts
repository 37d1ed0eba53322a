import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it, onTestFinished } from 'vitest';
import { TEAM_FIXTURE } from '../helpers/data-dir.ts';
import { dataCopy, runCli, withoutW53Override } from './run-cli.ts';

const BERLIN = 'tests/fixtures/oncall/berlin';
// Sun 22 Nov 2026 12:00 UTC: already Mon 23 Nov 02:00 in Kiritimati (UTC+14), still Sun 04:00 in Los Angeles.
const SUNDAY_NOON_UTC = '1795348800';

describe('npm run oncall', () => {
  it("shows the team fixture's 2026-W53 override and no problems", () => {
    const r = runCli('oncall', ['--data', TEAM_FIXTURE, '--from', '2026-11-23', '--weeks', '8']); // Mon 23 Nov 2026
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^2026-W53 {2}Mon 28 Dec 2026 00:00 {2}Mon 04 Jan 2027 00:00 {2}Engineer B {2}Engineer A {2}override: /m);
    expect(r.stdout).toContain('No problems.');
    expect(r.stdout.match(/^20\d\d-W\d\d /gm)).toEqual(['2026-W48 ', '2026-W49 ', '2026-W50 ', '2026-W51 ', '2026-W52 ', '2026-W53 ', '2027-W01 ', '2027-W02 ']);
  });

  it('returns JSON in the issue-3 shape', () => {
    const r = runCli('oncall', ['--data', TEAM_FIXTURE, '--from', '2026-11-23', '--weeks', '8', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const rotation = json.rotations.find((x: { id: string }) => x.id === 'data-platform');
    expect(Object.keys(rotation)).toEqual(['id', 'name', 'lineups', 'weeks', 'problems', 'fairness']);
    expect(rotation.weeks).toHaveLength(8);
    expect(rotation.weeks[5]).toEqual({
      week: '2026-W53',
      start: '2026-12-28T00:00:00Z',
      end: '2027-01-04T00:00:00Z',
      engineer: 'engineer-b',
      scheduled: 'engineer-a',
      version: 0,
      reason: 'override',
      note: expect.stringContaining('53 weeks'),
      shifts: [{ start: '2026-12-28T00:00:00Z', end: '2027-01-04T00:00:00Z', engineer: 'engineer-b', reason: 'override' }],
    });
    expect(rotation.problems).toEqual([]);
  });

  it('aligns the text table in columns', () => {
    const r = runCli('oncall', ['--data', BERLIN, '--from', '2026-03-16', '--weeks', '4', '--rotation', 'platform']); // Mon 16 Mar 2026
    const table = r.stdout.split('\n').filter((l) => /^(WEEK|20\d\d-W)/.test(l));
    expect(table).toHaveLength(5);
    const column = (header: string) => table[0]!.indexOf(header);
    for (const row of table.slice(1)) {
      expect(row.slice(column('ON CALL'))).toMatch(/^Engineer [A-D] /);
      expect(row.slice(column('WHY'))).toMatch(/^(rotation|holiday-swap)/);
    }
    // People by display name, in the swap's note too; the JSON keeps ids for scripts.
    expect(table[2]).toContain('Engineer B  Engineer A  holiday-swap: covers for Engineer A, who is on holiday; Engineer A takes 2026-W14 in return');
    expect(table[3]).toContain('Engineer A  Engineer B  holiday-swap: takes this week from Engineer B, who covered 2026-W13 while Engineer A was on holiday');
  });

  it('returns names of any script aligned by their width on screen, and the id after a name two people share', () => {
    // "José Núñez" with combining accents: 13 code points, 10 columns. 王芳: 2 code points, 4 columns.
    // "Alex Kim" and "alex  kim" read as the same name, so each is followed by the id.
    const people = (t: string) =>
      t
        .replace('name: Engineer A', 'name: "Jose\\u0301 Nu\\u0301n\\u0303ez"')
        .replace('name: Engineer B', 'name: 王芳')
        .replace('name: Engineer C', 'name: Alex Kim')
        .replace('name: Engineer D', 'name: alex  kim');
    const r = runCli('oncall', ['--data', dataCopy({ 'people.yaml': people }), '--from', '2026-12-07', '--weeks', '4']); // Mon 7 Dec 2026, 2026-W50
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const dates = (week: string) => r.stdout.split('\n').find((l) => l.startsWith(week))!.slice(0, 56);
    // ON CALL is as wide as "alex  kim (engineer-d)" (22 columns), SCHEDULED as "José Núñez" (10).
    expect(r.stdout).toContain(`${dates('2026-W50')}王芳${' '.repeat(18 + 2 + 10 + 2)}rotation\n`);
    expect(r.stdout).toContain(`${dates('2026-W51')}Alex Kim (engineer-c)${' '.repeat(1 + 2 + 10 + 2)}rotation\n`);
    expect(r.stdout).toContain(`${dates('2026-W52')}alex  kim (engineer-d)${' '.repeat(2 + 10 + 2)}rotation\n`);
    expect(r.stdout).toContain(`${dates('2026-W53')}王芳${' '.repeat(18 + 2)}Jose\u0301 Nu\u0301n\u0303ez  override: `);
    expect(r.stdout).toMatch(/^2026 {2}王芳 {18} {2} {4}2 {4}336 /m); // 2026-W50 and 2026-W53
    expect(r.stdout).toMatch(/^2026 {2}Alex Kim \(engineer-c\) {7}1 {4}168 /m);
  });

  it('returns the id once, after the display name, where a problem\'s fix is YAML, and every time after a shared name', () => {
    const people = (t: string) => t.replace('name: Engineer A', 'name: Alex Kim').replace('name: Engineer C', 'name: Alex Kim');
    const dir = dataCopy({ 'people.yaml': people, 'rotations/data-platform.yaml': withoutW53Override });
    const r = runCli('oncall', ['--data', dir, '--from', '2026-12-28', '--weeks', '2']); // Mon 28 Dec 2026
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '2027-W01  consecutive  Alex Kim (engineer-a) covers 2026-W53 and 2027-W01 back to back; add an override for 2026-W53 (Engineer B (engineer-b) or Alex Kim (engineer-c) can take it without a back-to-back week), or mark one of the weeks agreed: true\n',
    );
  });

  it('says so when there are no rotations', () => {
    const dir = dataCopy();
    rmSync(join(dir, 'rotations'), { recursive: true });
    for (const f of readdirSync(join(dir, 'pipelines'))) {
      writeFileSync(join(dir, 'pipelines', f), readFileSync(join(dir, 'pipelines', f), 'utf8').replace(/^rotation: .*\n/m, ''));
    }
    const r = runCli('oncall', ['--data', dir, '--from', '2026-11-23']);
    expect(r).toMatchObject({ code: 0, stdout: 'No rotations: add one as rotations/<id>.yaml in the data directory.\n' });
    expect(JSON.parse(runCli('oncall', ['--data', dir, '--from', '2026-11-23', '--format', 'json']).stdout)).toEqual({ rotations: [] });
  });

  it('filters by --rotation', () => {
    const r = runCli('oncall', ['--data', BERLIN, '--from', '2026-03-16', '--weeks', '2', '--rotation', 'pipelines', '--format', 'json']);
    expect(JSON.parse(r.stdout).rotations.map((x: { id: string }) => x.id)).toEqual(['pipelines']);
  });

  describe('does not depend on the machine time zone', () => {
    it.each([
      ['text', ['--from', '2026-10-19']], // Mon 19 Oct 2026, across the end of DST
      ['json', ['--from', '2026-03-16']], // Mon 16 Mar 2026, across the start of DST
      ['ics', ['--from', '2026-12-21']], // Mon 21 Dec 2026, across new year
      ['json', []], // --from defaults to SOURCE_DATE_EPOCH's date, in the company zone
    ])('returns identical %s output under TZ=Pacific/Kiritimati and TZ=America/Los_Angeles (%j)', (format, from) => {
      const args = ['--data', BERLIN, '--weeks', '6', '--format', format, ...from];
      const env = { SOURCE_DATE_EPOCH: SUNDAY_NOON_UTC };
      const kiritimati = runCli('oncall', args, { ...env, TZ: 'Pacific/Kiritimati' });
      const losAngeles = runCli('oncall', args, { ...env, TZ: 'America/Los_Angeles' });
      expect(kiritimati.code).toBe(0);
      expect(kiritimati.stdout).toBe(losAngeles.stdout);
      expect(kiritimati.stdout).toBe(runCli('oncall', args, env).stdout);
    });

    it('starts from the company week containing SOURCE_DATE_EPOCH', () => {
      // Sun 22 Nov 2026 13:00 in Berlin: 2026-W47.
      const r = runCli('oncall', ['--data', BERLIN, '--weeks', '1', '--format', 'json'], { SOURCE_DATE_EPOCH: SUNDAY_NOON_UTC, TZ: 'Pacific/Kiritimati' });
      expect(JSON.parse(r.stdout).rotations[0].weeks.map((w: { week: string }) => w.week)).toEqual(['2026-W47']);
    });
  });

  it('returns an ICS calendar whose events equal the JSON weeks', () => {
    const args = ['--data', BERLIN, '--from', '2026-10-19', '--weeks', '12', '--rotation', 'platform'];
    const env = { SOURCE_DATE_EPOCH: SUNDAY_NOON_UTC };
    const json = JSON.parse(runCli('oncall', [...args, '--format', 'json'], env).stdout);
    const ics = runCli('oncall', [...args, '--format', 'ics'], env).stdout;
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        start: e.startDate.toJSDate().toISOString().replace('.000Z', 'Z'),
        end: e.endDate.toJSDate().toISOString().replace('.000Z', 'Z'),
        summary: e.summary,
        transp: v.getFirstPropertyValue('transp'),
        stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
      };
    });
    const names: Record<string, string> = { 'engineer-a': 'Engineer A', 'engineer-b': 'Engineer B', 'engineer-c': 'Engineer C', 'engineer-d': 'Engineer D' };
    expect(events).toEqual(
      json.rotations[0].weeks.map((w: { week: string; start: string; end: string; engineer: string }) => ({
        uid: `platform-${w.week}@pipeline-runbooks`,
        start: w.start,
        end: w.end,
        summary: `On call: ${names[w.engineer]} (Platform on-call)`,
        transp: 'TRANSPARENT',
        stamp: '2026-11-22T12:00:00.000Z',
      })),
    );
    // engineer-c is away Fri 23 Oct: d covers 2026-W43 and c takes 2026-W44, whose shift is an hour longer (DST ends Sun 25 Oct).
    expect(json.rotations[0].weeks.slice(0, 2)).toMatchObject([
      { week: '2026-W43', engineer: 'engineer-d', reason: 'holiday-swap', start: '2026-10-19T07:00:00Z', end: '2026-10-26T08:00:00Z' },
      { week: '2026-W44', engineer: 'engineer-c', reason: 'holiday-swap' },
    ]);
  });

  it('stamps ICS events with a fixed DTSTAMP and LAST-MODIFIED when SOURCE_DATE_EPOCH is not set, outside git', () => {
    const outsideGit = mkdtempSync(join(tmpdir(), 'runbooks-berlin-'));
    onTestFinished(() => rmSync(outsideGit, { recursive: true, force: true }));
    cpSync(BERLIN, outsideGit, { recursive: true });
    const ics = runCli('oncall', ['--data', outsideGit, '--from', '2026-10-19', '--weeks', '2', '--format', 'ics']).stdout;
    expect(ics.match(/^(DTSTAMP|LAST-MODIFIED):.*$/gm)).toEqual(Array.from({ length: 4 }, () => ['DTSTAMP:20260101T000000Z', 'LAST-MODIFIED:20260101T000000Z']).flat());
  });

  it.each([
    ['an unknown format', ['--format', 'xml'], '--format must be one of text, json, ics, slack, markdown, got "xml"'],
    ['a date that does not exist', ['--from', '2027-02-30'], '--from 2027-02-30 does not exist: February 2027 has 28 days; give a real date, e.g. 2026-11-23'],
    ['a month that does not exist', ['--from', '2027-13-01'], '--from 2027-13-01 does not exist: months run from 01 to 12; give a real date, e.g. 2026-11-23'],
    ['a date in another form', ['--from', '23/11/2026'], '--from must be a date as YYYY-MM-DD'],
    ['zero weeks', ['--weeks', '0'], '--weeks must be a whole number from 1 to 5200, got "0"'],
    ['a fractional week count', ['--weeks', '1.5'], '--weeks must be a whole number from 1 to 5200, got "1.5"'],
    ['an unknown flag', ['--week', '3'], 'unknown option "--week"; did you mean "--weeks"?'],
    ['an unknown rotation', ['--rotation', 'data-platfrom'], 'unknown rotation "data-platfrom"; did you mean "data-platform"? known rotations: data-platform'],
    ['a bad SOURCE_DATE_EPOCH', [], 'SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "soon"'],
    ['a missing data directory', ['--data', 'no/such/dir'], 'data directory "no/such/dir" (from --data) does not exist or is not a directory'],
  ])('exits 2 on %s', (_name, args, message) => {
    const data = args.includes('--data') ? [] : ['--data', TEAM_FIXTURE];
    const r = runCli('oncall', [...data, ...args], _name === 'a bad SOURCE_DATE_EPOCH' ? { SOURCE_DATE_EPOCH: 'soon' } : {});
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`error: ${message}`);
    expect(r.stderr).toContain('usage: npm run oncall');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 1 with the validator's messages when the data does not load", () => {
    const dir = dataCopy({ 'rotations/data-platform.yaml': (t) => t.replace('engineer: engineer-b', 'engineer: engineer-x') });
    const r = runCli('oncall', ['--data', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^${dir}/rotations/data-platform\\.yaml:\\d+:\\d+: error: unknown person "engineer-x"`, 'm'));
  });

  it('exits 0 and lists calendar problems, which are not load errors', () => {
    const clash = runCli('oncall', ['--data', dataCopy({ 'rotations/data-platform.yaml': withoutW53Override }), '--from', '2026-12-28', '--weeks', '2']); // Mon 28 Dec 2026
    expect(clash.code).toBe(0);
    // People by display name; the ids follow once in the fix, which is YAML, and not in the sentence before it.
    expect(clash.stdout).toContain(
      '2027-W01  consecutive  Engineer A covers 2026-W53 and 2027-W01 back to back; add an override for 2026-W53 (Engineer B (engineer-b) or Engineer C (engineer-c) can take it without a back-to-back week), or mark one of the weeks agreed: true\n',
    );
  });

  it('lists a double-booked week in the problems of both rotations, in text and JSON, and the line-ups of a versioned rotation', () => {
    // A second rotation; every area defaults to data-platform, so no pipeline needs editing.
    const dir = dataCopy({
      'site.yaml': (t) => t.replace(/^( {4}name: .*\n)/gm, '$1    rotation: data-platform\n'),
      'rotations/data-platform.yaml': (t) =>
        t.replace('members: [engineer-a, engineer-b, engineer-c, engineer-d]\n', '$&versions:\n  - {from: 2026-W52, members: [engineer-b, engineer-a, engineer-d, engineer-c]}\n'),
    });
    writeFileSync(join(dir, 'rotations/reporting.yaml'), 'name: Reporting on-call\nmembers: [engineer-c, engineer-d]\nstart: 2026-01-01\n');
    // Mon 14 Dec 2026, 2026-W51: (51-1) mod 4 = 2 and (51-1) mod 2 = 0, engineer-c in both.
    const text = runCli('oncall', ['--data', dir, '--from', '2026-12-14', '--weeks', '1']);
    expect(text.code).toBe(0);
    const line = '2026-W51  double-booked  Engineer C is on call in 2 rotations in 2026-W51: data-platform, reporting;';
    expect(text.stdout.split('\n').filter((l) => l.includes(line))).toHaveLength(2);
    expect(text.stdout).toContain('  line-up 0  from 2026-W01:  Engineer A, Engineer B, Engineer C, Engineer D\n  line-up 1  from 2026-W52:  Engineer B, Engineer A, Engineer D, Engineer C\n');
    const json = JSON.parse(runCli('oncall', ['--data', dir, '--from', '2026-12-14', '--weeks', '2', '--format', 'json']).stdout);
    expect(json.rotations.map((r: { id: string; problems: { week: string; rule: string }[] }) => [r.id, r.problems.map((p) => `${p.week} ${p.rule}`)])).toEqual([
      // The new line-up gives engineer-c 2026-W52 as well: back to back across the changeover.
      ['data-platform', ['2026-W51 double-booked', '2026-W52 consecutive']],
      ['reporting', ['2026-W51 double-booked']],
    ]);
    // 2026-W52 uses the version: (52-1) mod 4 = 3, engineer-c.
    expect(json.rotations[0].weeks.map((w: { week: string; version: number; engineer: string }) => `${w.week} v${w.version} ${w.engineer}`)).toEqual([
      '2026-W51 v0 engineer-c',
      '2026-W52 v1 engineer-c',
    ]);
  });

  it('returns fairness hours beside the week counts, a cover counted for the one covering, when a rotation has hours', () => {
    const r = runCli('oncall', ['--data', 'tests/fixtures/hours', '--from', '2026-12-07', '--weeks', '1']); // Mon 7 Dec 2026, 2026-W50
    expect(r.code).toBe(0);
    const business = r.stdout.slice(r.stdout.indexOf('Business hours (business-hours)'), r.stdout.indexOf('\n\n', r.stdout.indexOf('YEAR  PERSON', r.stdout.indexOf('Business hours (business-hours)'))));
    expect(business).toMatch(/^YEAR +PERSON +WEEKS +HOURS +WEEKEND HOURS +SWAPS GIVEN/m);
    // 2026-W50 is Engineer B's: 5 × 8 h, less Friday 12:00–17:00 covered by Engineer C; no weekend hours.
    expect(business).toMatch(/^2026 {2}Engineer B +1 +35 +0 +0 +0 +0$/m);
    expect(business).toMatch(/^2026 {2}Engineer C +0 +5 +0 +0 +0 +0$/m);
  });

  it("returns a rotation's hours under its name and each cover under its week, in the calendar's zone, when it has them", () => {
    const r = runCli('oncall', ['--data', 'tests/fixtures/hours', '--from', '2026-12-07', '--weeks', '2']); // 2026-W50 and W51
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Business hours (business-hours): hand-off Monday 00:00 Europe/Berlin\nOn call only in these hours, Europe/Berlin time: Mon–Fri 09:00–17:00\n');
    expect(r.stdout).toContain('On call only in these hours, Europe/Berlin time: Mon–Thu 17:00–09:00 next day, Fri 17:00–24:00, Sat, Sun 00:00–24:00, Mon 00:00–09:00\n');
    // The night cover across midnight, under Engineer D's week: who takes it, from whom, and why.
    expect(r.stdout).toMatch(/^2026-W50 {2}Mon 07 Dec 2026 00:00 {2}Mon 14 Dec 2026 00:00 {2}Engineer D {14}rotation\n {10}Wed 09 Dec 2026 18:00 {2}Thu 10 Dec 2026 09:00 {2}Engineer C {2}Engineer D {2}cover: Engineer D at the dentist early next morning$/m);
    // The cover across the hand-off shows under both weeks, each with its own on-call part (the weekend is outside the hours).
    expect(r.stdout).toMatch(/^ {10}Fri 11 Dec 2026 12:00 {2}Fri 11 Dec 2026 17:00 {2}Engineer C {2}Engineer B {2}cover: Engineer B moves house$/m);
    expect(r.stdout).toMatch(/^ {10}Mon 14 Dec 2026 09:00 {2}Mon 14 Dec 2026 12:00 {2}Engineer C {2}Engineer A {2}cover: Engineer B moves house$/m);
    // Around the clock with no cover: no hours line, and week rows only.
    const team = runCli('oncall', ['--data', TEAM_FIXTURE, '--from', '2026-11-23', '--weeks', '2']);
    expect(team.stdout).not.toContain('On call only');
    expect(team.stdout).not.toMatch(/^ {10}\S/m);
  });

  describe('--at', () => {
    const HOURS = 'tests/fixtures/hours';

    it('returns who is on call at an instant per rotation, following hours and covers, in the TZ of the machine or not', () => {
      for (const TZ of ['UTC', 'Pacific/Kiritimati']) {
        const r = runCli('oncall', ['--data', HOURS, '--at', '2026-12-09T21:00+01:00'], { TZ });
        expect(r).toMatchObject({ code: 0, stderr: '' });
        expect(r.stdout).toContain('On call at 2026-12-09T20:00:00Z (Wed 09 Dec 2026 21:00 Europe/Berlin):');
        expect(r.stdout).toMatch(/^after-hours {5}Engineer C {2}cover: Engineer D at the dentist early next morning {2}Thu 10 Dec 2026 09:00$/m);
        expect(r.stdout).toMatch(/^business-hours {2}nobody {6}outside its hours or weeks$/m);
        expect(r.stdout).toMatch(/^us-sun {10}Engineer H {2}rotation/m);
      }
    });

    it('returns a pipeline’s engineer through its layers by display name in text', () => {
      const r = runCli('oncall', ['--data', HOURS, '--at', '2026-12-08T11:00Z', '--pipeline', 'ledger']);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toContain('Ledger (ledger): Engineer B through business-hours, layer 1 of 2, until Tue 08 Dec 2026 17:00 Europe/Berlin\n');
      expect(r.stdout).toMatch(/^business-hours {2}Engineer B {2}rotation /m);
    });

    it('returns a pipeline’s engineer through its layers as JSON', () => {
      const r = runCli('oncall', ['--data', HOURS, '--at', '2026-12-08T11:00Z', '--pipeline', 'ledger', '--format', 'json']);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(json.pipeline).toEqual({
        id: 'ledger',
        layer: 0,
        onCall: { rotation: 'business-hours', engineer: 'engineer-b', week: '2026-W50', reason: 'rotation', start: '2026-12-08T08:00:00Z', end: '2026-12-08T16:00:00Z' },
      });
      expect(json.rotations.map((x: { rotation: string; engineer: string | null }) => [x.rotation, x.engineer])).toEqual([
        ['business-hours', 'engineer-b'],
        ['after-hours', null],
      ]);
    });

    it('returns a usage error for an instant without a zone, and for --pipeline without --at', () => {
      const bare = runCli('oncall', ['--data', HOURS, '--at', '2026-12-09T21:00']);
      expect(bare.code).toBe(2);
      expect(bare.stderr).toContain('add Z for UTC or an offset, e.g. "2026-12-09T21:00Z"');
      const lone = runCli('oncall', ['--data', HOURS, '--pipeline', 'ledger']);
      expect(lone.code).toBe(2);
      expect(lone.stderr).toContain('--pipeline applies only with --at');
    });

    it('returns the shifts of each week in the JSON, split by hours and covers, in UTC', () => {
      const r = runCli('oncall', ['--data', HOURS, '--rotation', 'after-hours', '--from', '2026-12-09', '--weeks', '1', '--format', 'json']);
      const week = JSON.parse(r.stdout).rotations[0].weeks[0];
      expect(week.shifts).toContainEqual({ start: '2026-12-09T17:00:00Z', end: '2026-12-10T08:00:00Z', engineer: 'engineer-c', reason: 'cover', note: 'Engineer D at the dentist early next morning' });
      expect(week.shifts[0]).toEqual({ start: '2026-12-06T23:00:00Z', end: '2026-12-07T08:00:00Z', engineer: 'engineer-d', reason: 'rotation' });
    });
  });
});
