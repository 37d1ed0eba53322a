import { describe, expect, it } from 'vitest';
import { computeSchedule, computeSchedules } from '../../../src/core/calendar/schedule.ts';
import { at, makeModel } from './fixture.ts';

// ops: engineer-a..d by week number, so 2026-W09 is engineer-a's (W08 d, W10 b).
// ops-2: [engineer-a, engineer-e], so every odd week is engineer-a's (W08 and W10 engineer-e).
const W09 = { from: at('2026-02-23T00:00:00Z'), weeks: 1 };
const TWO = [{}, { members: ['engineer-a', 'engineer-e'] }];

describe('computeSchedules: double-booking', () => {
  it('returns a double-booked problem in every rotation involved, naming who else could take one of the weeks', () => {
    const schedules = computeSchedules(makeModel({ rotations: TWO }), W09);
    const message =
      'engineer-a is on call in 2 rotations in 2026-W09: ops, ops-2; give one of the weeks to someone else with an override ' +
      '(engineer-c in ops can take it without a back-to-back week), or accept it with an override for 2026-W09 naming engineer-a with agreed: true';
    expect(schedules.map((s) => s.problems)).toEqual([
      [{ week: '2026-W09', rule: 'double-booked', engineer: 'engineer-a', message }],
      [{ week: '2026-W09', rule: 'double-booked', engineer: 'engineer-a', message }],
    ]);
  });

  it('returns it for one rotation listed alone too', () => {
    expect(computeSchedule(makeModel({ rotations: TWO }), 'ops-2', W09).problems.map((p) => p.rule)).toEqual(['double-booked']);
  });

  it('returns no problem when either week is an override with agreed: true', () => {
    const agreed = [{}, { members: ['engineer-a', 'engineer-e'], overrides: [{ week: '2026-W09', engineer: 'engineer-a', agreed: true }] }];
    expect(computeSchedules(makeModel({ rotations: agreed }), W09).flatMap((s) => s.problems)).toEqual([]);
  });

  it('returns the override index when the double-booked week is an override', () => {
    // ops-2 has engineer-a in W09 only through its override.
    const model = makeModel({
      rotations: [{}, { members: ['engineer-b', 'engineer-e'], overrides: [{ week: '2026-W09', engineer: 'engineer-a' }] }],
    });
    const [ops, ops2] = computeSchedules(model, W09);
    expect(ops!.weeks.map((w) => w.engineer)).toEqual(['engineer-a']);
    expect(ops2!.problems).toEqual([expect.objectContaining({ rule: 'double-booked', overrideIndex: 0 })]);
    expect(ops!.problems[0]).not.toHaveProperty('overrideIndex');
  });
});
