import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSchedule, type Shift } from '../../../src/core/schedules.ts';
import { at, makeModel, type ModelInput } from './fixture.ts';

// ISO 2026: W01 starts Mon 29 Dec 2025, W10 Mon 2 Mar, W11 Mon 9 Mar, W14 Mon 30 Mar 2026.
const line = (w: Shift) => `${w.week} ${w.engineer} v${w.version}${w.reason === 'rotation' ? '' : ` ${w.reason}`}`;
const FIVE = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d', 'engineer-e'];
const weeks = (input: ModelInput, from: string, count: number) => computeSchedule(makeModel(input), 'ops', { from: at(from), weeks: count });

describe('computeSchedule with versions', () => {
  it('returns week N to members[(N-1) mod n] of the line-up in effect (week-number)', () => {
    const s = weeks({ rotations: [{ versions: [{ from: '2026-W10', members: FIVE }] }] }, '2026-02-23T00:00:00Z', 4); // W09..W12
    expect(s.weeks.map(line)).toEqual(['2026-W09 engineer-a v0', '2026-W10 engineer-e v1', '2026-W11 engineer-a v1', '2026-W12 engineer-b v1']);
    expect(s.lineups).toEqual([
      { version: 0, from: '2026-W01', members: ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'] },
      { version: 1, from: '2026-W10', members: FIVE },
    ]);
  });

  it("returns turns restarting at the version's first member in its from week (continuous)", () => {
    const s = weeks(
      { rotations: [{ assignment: 'continuous', members: ['engineer-a', 'engineer-b', 'engineer-c'], versions: [{ from: '2026-W05', members: ['engineer-d', 'engineer-e'] }] }] },
      '2026-01-01T00:00:00Z',
      7,
    );
    expect(s.weeks.map(line)).toEqual([
      '2026-W01 engineer-a v0',
      '2026-W02 engineer-b v0',
      '2026-W03 engineer-c v0',
      '2026-W04 engineer-a v0',
      '2026-W05 engineer-d v1',
      '2026-W06 engineer-e v1',
      '2026-W07 engineer-d v1',
    ]);
  });

  it('returns holiday swaps with the next member of the line-up in effect, a member the first line-up lacks', () => {
    // W14 is engineer-d's under the five ((14-1) mod 5 = 3); the next member is engineer-e, not engineer-a.
    const s = weeks(
      { holidays: { 'engineer-d': [['2026-03-30', '2026-04-03']] }, rotations: [{ versions: [{ from: '2026-W10', members: FIVE }] }] },
      '2026-03-30T00:00:00Z',
      2,
    );
    expect(s.weeks.map(line)).toEqual(['2026-W14 engineer-e v1 holiday-swap', '2026-W15 engineer-d v1 holiday-swap']);
    expect(s.weeks[0]!.scheduled).toBe('engineer-d');
  });

  it('returns a swap before the changeover traded as if the old line-up went on, and says so on the week traded back', () => {
    // W09 is engineer-a's; engineer-b covers it and engineer-a takes W10, which the new line-up gives engineer-e.
    const s = weeks(
      { holidays: { 'engineer-a': [['2026-02-23', '2026-02-27']] }, rotations: [{ versions: [{ from: '2026-W10', members: FIVE }] }] },
      '2026-02-23T00:00:00Z',
      2,
    );
    expect(s.weeks.map(line)).toEqual(['2026-W09 engineer-b v0 holiday-swap', '2026-W10 engineer-a v1 holiday-swap']);
    expect(s.weeks[1]!.scheduled).toBe('engineer-e');
    expect(s.weeks[1]!.note).toBe('takes this week in return for 2026-W09, which engineer-b covered while engineer-a was on holiday');
  });

  it('reports a back-to-back week across a changeover, with a fix from the line-up of the week to move', () => {
    // W09 engineer-a (four members); from W10 [a, c, e]: (10-1) mod 3 = 0, engineer-a again.
    const s = weeks({ rotations: [{ versions: [{ from: '2026-W10', members: ['engineer-a', 'engineer-c', 'engineer-e'] }] }] }, '2026-02-23T00:00:00Z', 2);
    expect(s.problems.map((p) => `${p.week} ${p.rule} ${p.message}`)).toEqual([
      '2026-W10 consecutive engineer-a covers 2026-W09 and 2026-W10 back to back; add an override for 2026-W09 (engineer-b or engineer-c can take it without a back-to-back week), or mark one of the weeks agreed: true',
    ]);
  });

  it('returns fairness rows for the members of every line-up', () => {
    const s = weeks({ rotations: [{ versions: [{ from: '2026-W10', members: FIVE }] }] }, '2026-02-23T00:00:00Z', 2);
    expect(s.fairness.map((f) => `${f.person} ${f.weeks}`)).toEqual(['engineer-a 1', 'engineer-b 0', 'engineer-c 0', 'engineer-d 0', 'engineer-e 1']);
  });
});

const PEOPLE = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d', 'engineer-e', 'engineer-f'];
const members = fc.shuffledSubarray(PEOPLE, { minLength: 2, maxLength: 6 });
// Holidays within the first 80 weeks of 2026 (day 0 = Thu 1 Jan 2026), 1 to 20 days long.
const holiday = fc.tuple(fc.integer({ min: 0, max: 560 }), fc.integer({ min: 0, max: 20 })).map(([start, length]) => {
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
  return [day(start), day(start + length)] as const;
});

describe('computeSchedule: adding a version (property)', () => {
  it('never changes any week before the version takes effect', () => {
    fc.assert(
      fc.property(
        members,
        members,
        fc.constantFrom('week-number' as const, 'continuous' as const),
        fc.integer({ min: 2, max: 70 }),
        fc.dictionary(fc.constantFrom(...PEOPLE), fc.array(holiday, { maxLength: 4 })),
        fc.array(fc.record({ week: fc.integer({ min: 1, max: 80 }), engineer: fc.constantFrom(...PEOPLE), agreed: fc.boolean() }), { maxLength: 4 }),
        (first, later, assignment, fromWeek, holidays, overrideList) => {
          // Week keys of ISO 2026 (53 weeks) and 2027.
          const key = (n: number) => (n <= 53 ? `2026-W${String(n).padStart(2, '0')}` : `2027-W${String(n - 53).padStart(2, '0')}`);
          const overrides = [...new Map(overrideList.map((o) => [o.week, { ...o, week: key(o.week) }])).values()];
          const rotation = { members: first, assignment, overrides };
          const range = { from: at('2026-01-01T00:00:00Z'), weeks: 90 };
          const all = { ...PEOPLE.reduce((h, p) => ({ ...h, [p]: [] }), {}), ...holidays };
          const before = computeSchedule(makeModel({ holidays: all, rotations: [rotation] }), 'ops', range).weeks;
          const after = computeSchedule(makeModel({ holidays: all, rotations: [{ ...rotation, versions: [{ from: key(fromWeek), members: later }] }] }), 'ops', range).weeks;
          expect(after.slice(0, fromWeek - 1)).toEqual(before.slice(0, fromWeek - 1));
          expect(after[fromWeek - 1]!.version).toBe(1);
        },
      ),
      // Seeded, so a failure reproduces; fast-check prints the seed and the shrunk counterexample.
      { seed: 12, numRuns: 300 },
    );
  });
});
