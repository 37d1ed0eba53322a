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

describe('computeSchedule fairness hours', () => {
  const hours = (fairness: readonly { person: string; year: number; hours: number; weekendHours: number }[]) =>
    fairness.map((f) => `${f.year} ${f.person} hours=${f.hours} weekend=${f.weekendHours}`);

  it('returns 168 hours and 48 weekend hours per week when the rotation is around the clock', () => {
    const model = makeModel({ rotations: [{ members: ['engineer-a', 'engineer-b'] }] });
    const s = computeSchedule(model, 'ops', { from: at('2026-02-16T00:00:00Z'), weeks: 3 });
    expect(hours(s.fairness)).toEqual(['2026 engineer-a hours=168 weekend=48', '2026 engineer-b hours=336 weekend=96']);
  });

  it('returns only the windows and moves a cover to the one covering when the rotation has hours and covers', () => {
    const model = makeModel({
      calendar: { timezone: 'Europe/Berlin' },
      rotations: [
        {
          members: ['engineer-a', 'engineer-b'],
          assignment: 'continuous',
          hours: { windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }, { days: ['sat'], from: '10:00', to: '12:00' }] },
          // Tuesday 12:00–Saturday 11:00 of the first week: 5 h Tue + 16 h Wed/Thu + 8 h Fri + 1 h Sat = 30 h, 1 of them at the weekend.
          covers: [{ from: '2026-02-17T12:00', to: '2026-02-21T11:00', engineer: 'engineer-c' }],
        },
      ],
    });
    const s = computeSchedule(model, 'ops', { from: at('2026-02-16T00:00:00Z'), weeks: 2 });
    expect(hours(s.fairness)).toEqual([
      '2026 engineer-a hours=42 weekend=2',
      '2026 engineer-b hours=12 weekend=1',
      '2026 engineer-c hours=30 weekend=1',
    ]);
  });

  it('returns a 23-hour Sunday when the clocks go forward in the rotation zone', () => {
    const model = makeModel({ calendar: { timezone: 'Europe/Berlin' }, rotations: [{ members: ['engineer-a'] }] });
    // 2027-W12: Mon 22 – Sun 28 Mar 2027; Berlin springs forward on Sunday 28 March.
    const s = computeSchedule(model, 'ops', { from: at('2027-03-22T12:00:00Z'), weeks: 1 });
    expect(hours(s.fairness)).toEqual(['2027 engineer-a hours=167 weekend=47']);
  });
});
