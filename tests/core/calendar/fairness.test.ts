import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../../src/core/schedules.ts';
import { at, makeModel } from './fixture.ts';

const rows = (fairness: readonly { person: string; year: number; weeks: number; swapsGiven: number; swapsTaken: number; overrides: number }[]) =>
  fairness.map((f) => `${f.year} ${f.person} weeks=${f.weeks} given=${f.swapsGiven} taken=${f.swapsTaken} overrides=${f.overrides}`);

describe('computeSchedule fairness', () => {
  it('counts a holiday swap once, as given by the one away and taken by the one covering', () => {
    // a is away Mon 23 – Fri 27 Feb 2026 (W09); b covers W09 and a takes b's W10.
    const model = makeModel({ holidays: { 'engineer-a': [['2026-02-23', '2026-02-27']] }, rotations: [{}] });
    const s = computeSchedule(model, 'ops', { from: at('2026-02-16T00:00:00Z'), weeks: 5 }); // Mon 16 Feb 2026, W08..W12
    expect(rows(s.fairness)).toEqual([
      '2026 engineer-a weeks=1 given=1 taken=0 overrides=0',
      '2026 engineer-b weeks=1 given=0 taken=1 overrides=0',
      '2026 engineer-c weeks=1 given=0 taken=0 overrides=0',
      '2026 engineer-d weeks=2 given=0 taken=0 overrides=0',
    ]);
  });

  it('splits counts by week-numbering year, counts overrides and lists people outside the rotation last', () => {
    const model = makeModel({ rotations: [{ overrides: [{ week: '2026-W53', engineer: 'engineer-x' }] }] });
    const s = computeSchedule(model, 'ops', { from: at('2026-12-21T00:00:00Z'), weeks: 3 }); // Mon 21 Dec 2026: W52, W53, 2027-W01
    expect(rows(s.fairness)).toEqual([
      '2026 engineer-a weeks=0 given=0 taken=0 overrides=0',
      '2026 engineer-b weeks=0 given=0 taken=0 overrides=0',
      '2026 engineer-c weeks=0 given=0 taken=0 overrides=0',
      '2026 engineer-d weeks=1 given=0 taken=0 overrides=0',
      '2026 engineer-x weeks=1 given=0 taken=0 overrides=1', // 2026-W53 counts in 2026 though it ends in 2027
      '2027 engineer-a weeks=1 given=0 taken=0 overrides=0',
      '2027 engineer-b weeks=0 given=0 taken=0 overrides=0',
      '2027 engineer-c weeks=0 given=0 taken=0 overrides=0',
      '2027 engineer-d weeks=0 given=0 taken=0 overrides=0',
    ]);
  });

  it('sums weeks to the number listed', () => {
    const model = makeModel({ holidays: { 'engineer-b': [['2026-04-01', '2026-04-20']] }, rotations: [{}] });
    const s = computeSchedule(model, 'ops', { from: at('2026-01-05T00:00:00Z'), weeks: 52 }); // Mon 5 Jan 2026
    expect(s.fairness.reduce((n, f) => n + f.weeks, 0)).toBe(52);
    // b is away Wed 1 – Mon 20 Apr 2026, which touches b's 2026-W14 only.
    expect(s.fairness.find((f) => f.person === 'engineer-b')).toMatchObject({ swapsGiven: 1, swapsTaken: 0 });
    expect(s.fairness.reduce((n, f) => n + f.swapsGiven, 0)).toBe(s.fairness.reduce((n, f) => n + f.swapsTaken, 0));
  });
});
