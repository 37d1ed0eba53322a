import { describe, expect, it } from 'vitest';
import { computeSchedule, computeSchedules } from '../../../src/core/schedules.ts';
import { peopleFile, problemsWith, yaml } from '../../helpers/data-dir.ts';
import { at, makeModel } from '../calendar/fixture.ts';

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
    const params = { engineer: 'engineer-a', week: '2026-W09', rotations: ['ops', 'ops-2'], options: [{ rotation: 'ops', free: ['engineer-c'] }] };
    const problem = { week: '2026-W09', rule: 'double-booked', params, engineer: 'engineer-a', message, what: message.split('; ')[0], fix: message.split('; ')[1] };
    expect(schedules.map((s) => s.problems)).toEqual([[problem], [problem]]);
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

// TEST_NOW is Mon 2 Mar 2026 (2026-W10); the valid fixture checks 8 weeks ahead. on-call is
// [engineer-a, engineer-b, engineer-c] by week number: W11 b, W12 c, W13 a.
const data = (agreed: boolean) => ({
  'site.yaml': yaml`
    title: Test runbooks
    calendar: {pastWeeks: 0, futureWeeks: 8}
    areas:
      - {id: profit, name: Profit, rotation: on-call}
      - {id: growth, name: Growth, rotation: on-call}
  `,
  ...peopleFile('abcde'),
  'rotations/weekend.yaml': yaml`
    name: Weekend
    members: [engineer-d, engineer-e]
    start: 2026-01-01
    overrides:
      - week: 2026-W12
        engineer: engineer-c
        reason: Engineer D is at a conference
        agreed: ${agreed}
  `,
});

describe('loadData: double-booked', () => {
  it('reports a person on call in two rotations in a checked week, in each rotation file, with who else could take it', () => {
    const message =
      'engineer-c is on call in 2 rotations in 2026-W12: on-call, weekend; give one of the weeks to someone else with an override ' +
      '(engineer-e in weekend can take it without a back-to-back week), or accept it with an override for 2026-W12 naming engineer-c with agreed: true';
    expect(problemsWith(data(false))).toEqual([`rotations/on-call.yaml:2:1: ${message}`, `rotations/weekend.yaml:5:5: ${message}`]);
  });

  it('accepts it when one of the weeks is an override with agreed: true', () => {
    expect(problemsWith(data(true))).toEqual([]);
  });
});
