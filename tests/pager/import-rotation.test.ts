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

  it('lists people missing from people.yaml with the id the file uses, and the part of a week no rotation can represent', () => {
    const fresh = freshModel();
    const result = importRotation(fresh, all(readFileSync(join(PAGER, 'grafana-oncall.ics'), 'utf8'), fresh), { id: 'primary', name: 'Primary', source: 'g.ics' });
    expect(result.missing).toEqual([{ id: 'grafana-admin', name: 'grafana-admin', events: 1 }]);
    expect(result.differences).toEqual([
      { start: Date.parse('2026-12-21T08:00:00Z'), end: Date.parse('2026-12-24T08:00:00Z'), site: ['ana-lima'], feed: ['grafana-admin'] },
    ]);
    expect(result.notes).toEqual([
      "part of a week goes to someone other than the week's engineer; a rotation file gives whole weeks, so those hours are not represented",
    ]);
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
    expect(result.differences.length).toBeGreaterThan(0);
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
