import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../src/core/schedules.ts';
import type { Model } from '../../src/core/model.ts';
import { readFeedEvents } from '../../src/pager/feed-events.ts';
import { importRotation } from '../../src/pager/import-rotation.ts';
import { rotationIcs } from '../../src/feeds/ics.ts';
import { load, TEAM_FIXTURE, tempDir } from '../helpers/data-dir.ts';

const PAGER = new URL('../fixtures/pager/', import.meta.url).pathname;
const model = load(join(PAGER, 'data')).model as Model;
const STAMP = new Date('2026-12-01T00:00:00Z');

/** The pager fixture's site, people and teams, without rotations or pipelines: where an import starts. */
function freshModel(): Model {
  const dir = tempDir();
  for (const f of ['site.yaml', 'people.yaml', 'teams.yaml']) copyFileSync(join(PAGER, 'data', f), join(dir, f));
  return load(dir).model as Model;
}
const all = (text: string, m: Model) => readFeedEvents(text, { timeZone: m.site.calendar.timezone, from: new Date(-8.64e15) });

describe('importRotation', () => {
  it("returns a rotation whose calendar reproduces this project's own feed: members, start, hand-off, a version, an override, and the holiday swap left to the engine", () => {
    const schedule = computeSchedule(model, 'primary', { from: new Date('2026-10-05T12:00:00Z'), weeks: 30 });
    const fresh = freshModel();
    const result = importRotation(fresh, all(rotationIcs(model, schedule, { stamp: STAMP }), fresh), { id: 'primary', name: 'Primary on-call', source: 'primary.ics' });
    expect(result.differences).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.yaml).toBe(
      [
        '# yaml-language-server: $schema=../../schemas/rotation.schema.json',
        '# Imported by `npm run import` from primary.ics. Change it here from now on.',
        'name: "Primary on-call"',
        'members: [ana-lima, ben-okafor, chen-wei]',
        'assignment: continuous',
        'start: 2026-10-05',
        'handoff: "09:00"',
        'versions:',
        '  - from: 2027-W02',
        '    members: [ana-lima, ben-okafor, chen-wei, dana-novak]',
        'overrides:',
        '  - week: 2026-W50',
        '    engineer: dana-novak',
        '    reason: "As in the paging tool (imported)"',
        '',
      ].join('\n'),
    );
    // The imported rotation's weeks are the original's, the swap included (made again from people.yaml).
    const again = computeSchedule({ ...fresh, rotations: [result.rotation], byId: { ...fresh.byId, rotations: new Map([['primary', result.rotation]]) } }, 'primary', {
      from: new Date('2026-10-05T12:00:00Z'),
      weeks: 30,
    });
    expect(again.weeks.map((w) => [w.week, w.engineer, w.reason])).toEqual(schedule.weeks.map((w) => [w.week, w.engineer, w.reason]));
    expect(again.weeks.find((w) => w.week === '2026-W52')).toMatchObject({ engineer: 'ana-lima', reason: 'holiday-swap' });
  });

  it('returns a two-person rotation from a recurring feed, with a midnight hand-off', () => {
    const fresh = freshModel();
    const result = importRotation(fresh, all(readFileSync(join(PAGER, 'recurring.ics'), 'utf8'), fresh), { id: 'secondary', name: 'Secondary', source: 'recurring.ics' });
    expect(result.differences).toEqual([]);
    expect(result.rotation).toMatchObject({ members: ['eve-park', 'finn-berg'], start: '2025-12-29', handoff: '00:00', versions: [], overrides: [] });
  });

  it('lists people missing from people.yaml with the id the file uses, and gives part of a week to them as a cover', () => {
    const fresh = freshModel();
    const result = importRotation(fresh, all(readFileSync(join(PAGER, 'grafana-oncall.ics'), 'utf8'), fresh), { id: 'primary', name: 'Primary', source: 'g.ics' });
    expect(result.missing).toEqual([{ id: 'grafana-admin', name: 'grafana-admin', events: 1 }]);
    expect(result.differences).toEqual([]);
    expect(result.rotation.covers).toEqual([
      { from: '2026-12-21T09:00', to: '2026-12-24T09:00', engineer: 'grafana-admin', reason: 'As in the paging tool (imported)', agreed: false },
    ]);
    expect(result.yaml).toContain('covers:\n  - from: 2026-12-21T09:00\n    to: 2026-12-24T09:00\n    engineer: grafana-admin\n');
  });

  it('joins a night across the hand-off into one cover, and writes the offset of a local time that occurs twice', () => {
    const fresh = freshModel();
    const ev = (s: string, e: string, who: string) => ['BEGIN:VEVENT', `UID:${s}${who}`, `DTSTART:${s}`, `DTEND:${e}`, `ATTENDEE:${who}@example.com`, 'END:VEVENT'];
    // Weekly hand-off Monday 09:00 Berlin; Ben takes Sunday 20:00 to Monday 12:00 across Ana's and Chen's weeks,
    // and Chen's night of 25 October from the second 02:30 (clocks go back at 03:00 CEST) to 04:00.
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN',
      ...ev('20261012T070000Z', '20261018T180000Z', 'ana.lima'),
      ...ev('20261018T180000Z', '20261019T100000Z', 'ben.okafor'),
      ...ev('20261019T100000Z', '20261025T013000Z', 'chen.wei'),
      ...ev('20261025T013000Z', '20261025T030000Z', 'dana.novak'),
      ...ev('20261025T030000Z', '20261026T080000Z', 'chen.wei'),
      ...ev('20261026T080000Z', '20261102T080000Z', 'ana.lima'),
      ...ev('20261102T080000Z', '20261109T080000Z', 'chen.wei'),
      'END:VCALENDAR', ''].join('\r\n');
    const result = importRotation(fresh, all(text, fresh), { id: 'x', name: 'X', source: 'x.ics' });
    expect(result.differences).toEqual([]);
    expect(result.rotation.covers.map((c) => [c.from, c.to, c.engineer])).toEqual([
      ['2026-10-18T20:00', '2026-10-19T12:00', 'ben-okafor'],
      ['2026-10-25T02:30+01:00', '2026-10-25T04:00', 'dana-novak'],
    ]);
  });

  it('prefers, between two exact files, the one whose calendar the validator accepts up to calendar.futureWeeks from today', () => {
    const fresh = freshModel();
    const events = all(readFileSync(join(PAGER, 'pagerduty.ics'), 'utf8'), fresh);
    // Four weeks say nothing of the year end: by week number, 2026-W53 and 2027-W01 go to the same person.
    const byDefault = importRotation(fresh, events, { id: 'p', name: 'P', source: 'pd.ics' });
    expect(byDefault.rotation.assignment).toBe('week-number');
    const checked = importRotation(fresh, events, { id: 'p', name: 'P', source: 'pd.ics', now: new Date('2026-12-07T10:00:00Z') });
    expect(checked.rotation.assignment).toBe('continuous');
    expect(checked.problems).toEqual([]);
    expect(checked.differences).toEqual([]);
  });

  it('suggests an id and a name from the email of someone the feed names by address only', () => {
    const fresh = freshModel();
    const text = readFileSync(join(PAGER, 'pagerduty.ics'), 'utf8').replaceAll('ben.okafor@example.com', 'kim.o-brien@partner.example').replaceAll('Ben Okafor', 'Kim');
    const result = importRotation(fresh, all(text, fresh), { id: 'primary', name: 'Primary', source: 'pd.ics' });
    expect(result.missing).toEqual([{ id: 'kim-o-brien', name: 'Kim O Brien', email: 'kim.o-brien@partner.example', events: 1 }]);
    expect(result.rotation.members).toContain('kim-o-brien');
    expect(result.differences).toEqual([]);
  });

  it('notes when the hand-offs fall on another weekday than the company week starts', () => {
    const fresh = freshModel();
    // Wednesday 10:00 Berlin hand-offs, three weeks.
    const ev = (s: string, e: string, who: string) => ['BEGIN:VEVENT', `UID:${s}`, `DTSTART:${s}`, `DTEND:${e}`, `ATTENDEE:${who}`, 'END:VEVENT'];
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN',
      ...ev('20261202T090000Z', '20261209T090000Z', 'ana.lima@example.com'),
      ...ev('20261209T090000Z', '20261216T090000Z', 'ben.okafor@example.com'),
      ...ev('20261216T090000Z', '20261223T090000Z', 'ana.lima@example.com'),
      'END:VCALENDAR', ''].join('\r\n');
    const result = importRotation(fresh, all(text, fresh), { id: 'x', name: 'X', source: 'x.ics' });
    expect(result.notes[0]).toBe(
      "most hand-offs are on wednesday at 10:00, but this project's weeks start on monday (site.yaml calendar.weekStartsOn): set weekStartsOn: wednesday and import again to keep the tool's hand-off",
    );
    // Each week from Monday 09:00 goes to whoever holds most of it; the Monday-to-Wednesday part is a cover.
    expect(result.differences).toEqual([]);
    expect(result.rotation.covers.length).toBeGreaterThan(0);
  });
});

describe('importRotation with one person', () => {
  it('throws a FeedError when the feed names a single person, since a rotation needs two', () => {
    const fresh = freshModel();
    const text = readFileSync(join(PAGER, 'pagerduty.ics'), 'utf8').replace(/ATTENDEE:.*/g, 'ATTENDEE:ana.lima@example.com').replace(/SUMMARY:.*/g, 'SUMMARY:On call');
    expect(() => importRotation(fresh, all(text, fresh), { id: 'x', name: 'X', source: 'x.ics' })).toThrow('it names only one person (ana-lima); a rotation needs at least 2 members');
  });
});

describe('importRotation of a week-number rotation', () => {
  it('returns assignment week-number with the 2026-W53 override when that needs fewer overrides than turns would', () => {
    const team = load(TEAM_FIXTURE).model as Model;
    const schedule = computeSchedule(team, 'data-platform', { from: new Date('2026-01-01T12:00:00Z'), weeks: 70 });
    const dir = tempDir();
    for (const f of ['site.yaml', 'people.yaml', 'teams.yaml']) copyFileSync(join(TEAM_FIXTURE, f), join(dir, f));
    const fresh = load(dir).model as Model;
    const result = importRotation(fresh, all(rotationIcs(team, schedule, { stamp: STAMP }), fresh), { id: 'data-platform', name: 'Data platform on-call', source: 'dp.ics' });
    expect(result.differences).toEqual([]);
    expect(result.rotation).toMatchObject({
      members: ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'],
      assignment: 'week-number',
      start: '2025-12-29',
      versions: [],
      overrides: [{ week: '2026-W53', engineer: 'engineer-b' }],
    });
  });
});
