import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { computeSchedules } from '../../src/core/schedules.ts';
import { escapeText, foldLine, personIcs, rotationIcs, rotationsIcs } from '../../src/feeds/ics.ts';
import { at, makeModel } from '../core/calendar/fixture.ts';

const STAMP = at('2026-11-18T11:06:40Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      summary: e.summary,
      description: e.description,
      transp: v.getFirstPropertyValue('transp'),
      stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
    };
  });
}

describe('foldLine', () => {
  it('returns short lines unchanged', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`; // 'é' is two octets
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(2);
    for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(physical.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });
});

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\r\ne\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });
});

describe('rotationIcs', () => {
  const model = makeModel({
    calendar: { timezone: 'Europe/Berlin' },
    rotations: [{ name: 'Data, platform; on-call', handoff: '09:00', overrides: [{ week: '2026-W13', engineer: 'engineer-b', reason: 'Swap agreed in stand-up, see ticket ÆØÅ-123 — a long reason that needs folding over several lines' }] }],
  });
  const [schedule] = computeSchedules(model, { from: at('2026-03-23T12:00:00Z'), weeks: 3 }); // Mon 23 Mar 2026, across DST (Sun 29 Mar)
  const ics = rotationIcs(model, schedule!, { stamp: STAMP });

  it('returns a calendar whose events equal the shifts, read back by ical.js', () => {
    expect(events(ics)).toEqual(
      schedule!.weeks.map((w) => ({
        uid: `ops-${w.week}@pipeline-runbooks`,
        start: w.start.toISOString(),
        end: w.end.toISOString(),
        summary: `On call: ${model.byId.people.get(w.engineer)!.name} (Data, platform; on-call)`,
        description: expect.stringContaining(`(${w.engineer}) is on call for Data, platform; on-call in ${w.week}.`),
        transp: 'TRANSPARENT',
        stamp: STAMP.toISOString(),
      })),
    );
    expect(events(ics)[0]!.description).toContain('ÆØÅ-123 — a long reason that needs folding over several lines');
    // The DST change shortens W13 by an hour.
    expect(events(ics).map((e) => [e.start, e.end])[0]).toEqual(['2026-03-23T08:00:00.000Z', '2026-03-30T07:00:00.000Z']);
  });

  it('returns CRLF lines of at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.every((l) => !l.includes('\n') && octets(l) <= 75)).toBe(true);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('returns identical bytes for the same input', () => {
    expect(rotationIcs(model, schedule!, { stamp: STAMP })).toBe(ics);
  });
});

describe('rotationIcs with a holiday swap', () => {
  it('returns the swap in words with display names, not ids', () => {
    const model = makeModel({ holidays: { 'engineer-a': [['2026-02-23', '2026-02-27']] }, rotations: [{}] });
    const [schedule] = computeSchedules(model, { from: at('2026-02-23T00:00:00Z'), weeks: 2 }); // Mon 23 Feb 2026: W09, W10
    expect(events(rotationIcs(model, schedule!, { stamp: STAMP })).map((e) => e.description.split('\n')[1])).toEqual([
      'Holiday swap: Engineer B covers for Engineer A, who is on holiday; Engineer A takes 2026-W10 in return',
      'Holiday swap: Engineer A takes this week from Engineer B, who covered 2026-W09 while Engineer A was on holiday',
    ]);
  });
});

describe('personIcs', () => {
  it("returns one person's shifts across rotations in time order, with the rotation feeds' UIDs", () => {
    const model = makeModel({
      rotations: [
        { id: 'platform', name: 'Platform' },
        { id: 'pipelines', name: 'Pipelines', members: ['engineer-c', 'engineer-a'], assignment: 'continuous' },
      ],
    });
    const schedules = computeSchedules(model, { from: at('2026-01-05T00:00:00Z'), weeks: 6 }); // Mon 5 Jan 2026, W02..W07
    const mine = events(personIcs(model, 'engineer-a', schedules, { stamp: STAMP }));
    // Platform: a has W05 (and W01, not listed). Pipelines (continuous from W01: c, a, c, a …): a has W02, W04, W06.
    expect(mine.map((e) => e.uid)).toEqual([
      'pipelines-2026-W02@pipeline-runbooks',
      'pipelines-2026-W04@pipeline-runbooks',
      'platform-2026-W05@pipeline-runbooks',
      'pipelines-2026-W06@pipeline-runbooks',
    ]);
    const all = events(rotationsIcs(model, schedules, { stamp: STAMP }));
    for (const e of mine) expect(all).toContainEqual(e);
    expect(personIcs(model, 'engineer-a', schedules, { stamp: STAMP })).toContain('X-WR-CALNAME:On call: Engineer A');
  });
});

describe('rotationIcs ATTENDEE', () => {
  const base = makeModel({ rotations: [{ members: ['engineer-a', 'engineer-b'] }] });
  const people = base.people.map((p) => (p.id === 'engineer-a' ? { ...p, name: 'Engineer "A"', email: 'a@example.com' } : p));
  const model = { ...base, people, byId: { ...base.byId, people: new Map(people.map((p) => [p.id, p])) } };
  const [schedule] = computeSchedules(model, { from: at('2026-03-02T12:00:00Z'), weeks: 2 });
  const calendar = new ICAL.Component(ICAL.parse(rotationIcs(model, schedule!, { stamp: STAMP })));

  it('returns the engineer\'s bare email as ATTENDEE, named by CN, when people.yaml has it, and none otherwise', () => {
    const attendees = calendar.getAllSubcomponents('vevent').map((v) => v.getAllProperties('attendee').map((a) => [a.getFirstValue(), a.getParameter('cn')]));
    // 2026-W10 is engineer-b's (no email), 2026-W11 engineer-a's.
    expect(attendees).toEqual([[], [['a@example.com', 'Engineer A']]]);
  });
});

describe('rotationIcs with hours and covers', () => {
  // Mon 7 Dec 2026 (2026-W50), UTC weeks; business hours 09:00-17:00 on weekdays.
  const hours = { windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, from: '09:00', to: '17:00' }] };
  const cover = { from: '2026-12-09T12:00', to: '2026-12-10T12:00', engineer: 'engineer-d', reason: 'Dentist' };
  const range = { from: at('2026-12-07T12:00:00Z'), weeks: 1 };
  const withCover = makeModel({ rotations: [{ hours, covers: [cover] }] });
  const [schedule] = computeSchedules(withCover, range);
  const ics = rotationIcs(withCover, schedule!, { stamp: STAMP });

  it('returns one event per shift part: a window each day, and the cover as an event of its own', () => {
    const parts = schedule!.weeks.flatMap((w) => w.shifts);
    expect(events(ics).map((e) => [e.start, e.end])).toEqual(parts.map((p) => [p.start.toISOString(), p.end.toISOString()]));
    // Five windows, Wednesday's and Thursday's split around the cover: 3 + 2 + 2 = 7 events.
    expect(events(ics).map((e) => `${e.start.slice(8, 16)}-${e.end.slice(11, 16)} ${e.summary}`)).toEqual([
      '07T09:00-17:00 On call: Engineer B (Rotation ops)',
      '08T09:00-17:00 On call: Engineer B (Rotation ops)',
      '09T09:00-12:00 On call: Engineer B (Rotation ops)',
      '09T12:00-17:00 On call: Engineer D (Rotation ops, cover)',
      '10T09:00-12:00 On call: Engineer D (Rotation ops, cover)',
      '10T12:00-17:00 On call: Engineer B (Rotation ops)',
      '11T09:00-17:00 On call: Engineer B (Rotation ops)',
    ]);
  });

  it('keeps the week UID on its first part and names every other part by kind and start', () => {
    expect(events(ics).map((e) => e.uid)).toEqual([
      'ops-2026-W50@pipeline-runbooks',
      'ops-2026-W50-20261208T090000Z@pipeline-runbooks',
      'ops-2026-W50-20261209T090000Z@pipeline-runbooks',
      'ops-2026-W50-cover-20261209T120000Z@pipeline-runbooks',
      'ops-2026-W50-cover-20261210T090000Z@pipeline-runbooks',
      'ops-2026-W50-20261210T120000Z@pipeline-runbooks',
      'ops-2026-W50-20261211T090000Z@pipeline-runbooks',
    ]);
  });

  it('returns the same UIDs for the parts a new cover does not touch', () => {
    const withoutCover = makeModel({ rotations: [{ hours }] });
    const [before] = computeSchedules(withoutCover, range);
    const uids = (text: string) => new Set(events(text).map((e) => e.uid));
    const was = uids(rotationIcs(withoutCover, before!, { stamp: STAMP }));
    const now = uids(ics);
    // Monday, Tuesday, Wednesday morning and Friday keep theirs; Thursday's window now starts at noon.
    expect([...was].filter((uid) => !now.has(uid))).toEqual(['ops-2026-W50-20261210T090000Z@pipeline-runbooks']);
  });

  it("puts the cover in the covering engineer's feed, and the week around it in the owner's", () => {
    const mine = (id: string) => events(personIcs(withCover, id, [schedule!], { stamp: STAMP })).map((e) => `${e.start.slice(8, 16)}-${e.end.slice(8, 16)}`);
    expect(mine('engineer-d')).toEqual(['09T12:00-09T17:00', '10T09:00-10T12:00']);
    expect(mine('engineer-b')).toHaveLength(5);
    expect(mine('engineer-b')).not.toContain('09T12:00-09T17:00');
  });
});
