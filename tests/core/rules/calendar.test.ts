import { describe, expect, it } from 'vitest';
import { calendarProblems } from '../../../src/core/rules/calendar.ts';
import { at, makeModel } from '../calendar/fixture.ts';

describe('calendarProblems', () => {
  // The fixture's locate() answers line = path length: members (key) → 1, overrides[i] → 2.
  it('locates problems at the override involved, else at members, from the week of now through futureWeeks', () => {
    const model = makeModel({
      calendar: { futureWeeks: 6 },
      rotations: [
        { id: 'alpha' },
        // Members of their own, so that nobody is on call in two rotations at once (double-booked).
        { id: 'beta', members: ['engineer-e', 'engineer-f', 'engineer-g', 'engineer-h'], overrides: [{ week: '2026-W53', engineer: 'engineer-e' }] },
        { id: 'gamma', members: ['engineer-i', 'engineer-j', 'engineer-k', 'engineer-l'], overrides: [{ week: '2026-W53', engineer: 'engineer-j', agreed: true }] },
      ],
    });
    // Wed 25 Nov 2026 (2026-W48): W48 + 6 weeks reaches 2027-W01.
    const problems = calendarProblems(model, at('2026-11-25T12:00:00Z'));
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.message.slice(0, 39)}`)).toEqual([
      'rotations/alpha.yaml:1:1 consecutive engineer-a covers 2026-W53 and 2027-W01',
      'rotations/beta.yaml:2:1 consecutive engineer-e covers 2026-W53 and 2027-W01',
    ]);
    // Mon 23 Nov 2026 (2026-W48) + 5 weeks stops at 2026-W53.
    expect(calendarProblems(makeModel({ calendar: { futureWeeks: 5 }, rotations: [{}] }), at('2026-11-23T00:00:00Z'))).toEqual([]);
  });
});
