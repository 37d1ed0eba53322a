import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/core/load/load.ts';
import { computeSchedule, onCallAt, pipelineOnCallAt } from '../../../src/core/schedules.ts';
import { at, makeModel } from './fixture.ts';

const HOURS = join(import.meta.dirname, '../../fixtures/hours');
const model = loadData(HOURS).model!;

/** A week's shifts as `start end engineer reason`, in UTC, for readable expectations. */
const shifts = (rotation: string, from: string, weeks = 1) =>
  computeSchedule(model, rotation, { from: at(from), weeks }).weeks.flatMap((w) =>
    w.shifts.map((s) => `${s.start.toISOString().slice(0, 16)} ${s.end.toISOString().slice(0, 16)} ${s.engineer} ${s.reason}`),
  );

const who = (iso: string, pipeline?: string) => {
  const found = pipeline ? pipelineOnCallAt(model, pipeline, at(iso)) : undefined;
  return pipeline ? (found ? `${found.rotation} ${found.shift.engineer}` : 'nobody') : onCallAt(model, at(iso)).map((o) => `${o.rotation} ${o.shift.engineer}`);
};

describe('shifts on the hours fixture (tests/fixtures/hours, Europe/Berlin)', () => {
  it('returns one shift per week, the week itself, for a rotation around the clock with no cover', () => {
    const plain = makeModel({ rotations: [{ handoff: '09:00' }] });
    const week = computeSchedule(plain, 'ops', { from: at('2026-12-09T12:00Z'), weeks: 1 }).weeks[0]!;
    expect(week.shifts).toEqual([{ start: week.start, end: week.end, engineer: week.engineer, reason: 'rotation' }]);
  });

  it('returns a night cover across midnight as its own shift between the week engineer’s', () => {
    // After hours, 2026-W50: Engineer D; Engineer C covers Wed 18:00 to Thu 09:00 (CET, UTC+1).
    expect(shifts('after-hours', '2026-12-09T12:00Z').slice(2, 6)).toEqual([
      '2026-12-08T16:00 2026-12-09T08:00 engineer-d rotation',
      '2026-12-09T16:00 2026-12-09T17:00 engineer-d rotation',
      '2026-12-09T17:00 2026-12-10T08:00 engineer-c cover',
      '2026-12-10T16:00 2026-12-11T08:00 engineer-d rotation',
    ]);
  });

  it('returns a cover across the weekly hand-off in both weeks, only within the rotation’s hours', () => {
    const both = shifts('business-hours', '2026-12-09T12:00Z', 2);
    expect(both.slice(4, 7)).toEqual([
      '2026-12-11T08:00 2026-12-11T11:00 engineer-b rotation',
      '2026-12-11T11:00 2026-12-11T16:00 engineer-c cover',
      '2026-12-14T08:00 2026-12-14T11:00 engineer-c cover',
    ]);
    expect(both[7]).toBe('2026-12-14T11:00 2026-12-14T16:00 engineer-a rotation');
  });

  it('returns business hours then after hours for a pipeline layered through its area', () => {
    expect(model.byId.pipelines.get('ledger')!.rotations).toEqual(['business-hours', 'after-hours']);
    expect(who('2026-12-08T11:00Z', 'ledger')).toBe('business-hours engineer-b'); // Tuesday noon in Berlin
    expect(who('2026-12-08T01:00Z', 'ledger')).toBe('after-hours engineer-d'); // Tuesday 02:00
    expect(who('2026-12-12T11:00Z', 'ledger')).toBe('after-hours engineer-d'); // Saturday
    expect(who('2026-12-09T20:00Z', 'ledger')).toBe('after-hours engineer-c'); // inside the night cover
    expect(who('2026-12-11T12:00Z', 'ledger')).toBe('business-hours engineer-c'); // inside the hand-off cover
  });

  it('returns the follow-the-sun pair handing over at 20:00 and 08:00 Berlin time, and the hour the two DST changes leave to nobody', () => {
    expect(who('2026-12-09T18:59Z', 'fx-rates')).toBe('eu-sun engineer-f');
    expect(who('2026-12-09T19:00Z', 'fx-rates')).toBe('us-sun engineer-h');
    expect(who('2026-12-10T06:59Z', 'fx-rates')).toBe('us-sun engineer-h');
    expect(who('2026-12-10T07:00Z', 'fx-rates')).toBe('eu-sun engineer-f');
    // 2027-03-17: Los Angeles is on summer time (since 14 March), Berlin not yet (28 March): LA's 23:00 is Berlin's 19:00.
    expect(who('2027-03-17T18:30Z', 'fx-rates')).toBe('eu-sun engineer-f');
    expect(who('2027-03-17T06:30Z', 'fx-rates')).toBe('nobody');
  });

  it('returns a cover in the week Europe moves its clocks forward, with the skipped hour left out', () => {
    // eu-sun 2027-W12 (22-28 March): Engineer E's; the cover runs Sat 18:00 CET to Sun 10:00 CEST, within 08:00-20:00 only.
    const week = computeSchedule(model, 'eu-sun', { from: at('2027-03-24T12:00Z'), weeks: 1 }).weeks[0]!;
    expect(week.engineer).toBe('engineer-e');
    expect(week.shifts.slice(-4).map((s) => `${s.start.toISOString().slice(0, 16)} ${s.end.toISOString().slice(0, 16)} ${s.engineer} ${s.reason}`)).toEqual([
      '2027-03-27T07:00 2027-03-27T17:00 engineer-e rotation',
      '2027-03-27T17:00 2027-03-27T19:00 engineer-f cover',
      '2027-03-28T06:00 2027-03-28T08:00 engineer-f cover',
      '2027-03-28T08:00 2027-03-28T18:00 engineer-e rotation',
    ]);
    // Saturday 20:00 CET is 19:00Z, Sunday 08:00 CEST is 06:00Z: the night between is outside the hours.
    expect(who('2027-03-28T07:59Z')).toContain('eu-sun engineer-f');
    expect(who('2027-03-28T03:00Z')).not.toContain('eu-sun engineer-f');
  });

  it('returns one shift per cover when two touching covers name the same engineer for the same reason', () => {
    // The property test's counterexample (seed 124): both covers start at 04:30, the first ends at 05:00, the second
    // at 05:30. Merging them would lose which cover each half is (rules point at the cover in the file by its index).
    const covered = makeModel({
      rotations: [
        {
          members: ['engineer-a', 'engineer-b', 'engineer-c'],
          covers: [
            { from: '2026-03-07T04:30', to: '2026-03-07T05:00', engineer: 'engineer-b', reason: 'swap' },
            { from: '2026-03-07T04:30', to: '2026-03-07T05:30', engineer: 'engineer-b', reason: 'swap' },
          ],
        },
      ],
    });
    const week = computeSchedule(covered, 'ops', { from: at('2026-03-08T12:00Z'), weeks: 1 }).weeks[0]!;
    expect(week.shifts.map((s) => `${s.start.toISOString().slice(0, 16)} ${s.end.toISOString().slice(0, 16)} ${s.engineer} ${s.reason} ${s.coverIndex ?? '-'}`)).toEqual([
      '2026-03-02T00:00 2026-03-07T04:30 engineer-a rotation -',
      '2026-03-07T04:30 2026-03-07T05:00 engineer-b cover 0',
      '2026-03-07T05:00 2026-03-07T05:30 engineer-b cover 1',
      '2026-03-07T05:30 2026-03-09T00:00 engineer-a rotation -',
    ]);
  });
});
