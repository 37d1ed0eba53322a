import { describe, expect, it } from 'vitest';
import { computeSchedule, type Shift } from '../../../src/core/schedules.ts';
import { at, makeModel, type ModelInput } from './fixture.ts';

// The default rotation is engineer-a..d by ISO week number from 2026: W09 a, W10 b, W11 c, W12 d, W13 a, W14 b …
// 2026-W08 starts Mon 16 Feb, W09 Mon 23 Feb, W10 Mon 2 Mar, W11 Mon 9 Mar, W12 Mon 16 Mar, W13 Mon 23 Mar.
const W08 = at('2026-02-16T00:00:00Z'); // Mon 16 Feb 2026

const line = (w: Shift) => `${w.week} ${w.engineer}${w.reason === 'rotation' ? '' : ` ${w.reason}`}`;

describe('computeSchedule holiday swaps', () => {
  it.each<[string, ModelInput['holidays'], string[], string[]]>([
    [
      'swaps with the next member for the following week when one week is away',
      { 'engineer-a': [['2026-02-23', '2026-02-27']] }, // Mon 23 – Fri 27 Feb 2026: all in W09
      ['2026-W08 engineer-d', '2026-W09 engineer-b holiday-swap', '2026-W10 engineer-a holiday-swap', '2026-W11 engineer-c', '2026-W12 engineer-d'],
      [],
    ],
    [
      'counts a holiday touching a single day of the week (Sunday)',
      { 'engineer-a': [['2026-03-01', '2026-03-01']] }, // Sun 1 Mar 2026, the last day of W09
      ['2026-W08 engineer-d', '2026-W09 engineer-b holiday-swap', '2026-W10 engineer-a holiday-swap', '2026-W11 engineer-c', '2026-W12 engineer-d'],
      [],
    ],
    [
      'skips to a later member when a two-week holiday blocks the next one from trading back',
      // Mon 23 Feb – Sun 8 Mar 2026: W09 and W10. b cannot trade W10 (a is still away) nor W14 (b would cover W09 and W10).
      { 'engineer-a': [['2026-02-23', '2026-03-08']] },
      ['2026-W08 engineer-d', '2026-W09 engineer-c holiday-swap', '2026-W10 engineer-b', '2026-W11 engineer-a holiday-swap', '2026-W12 engineer-d'],
      [],
    ],
    [
      'skips the next member when they are away too',
      { 'engineer-a': [['2026-02-23', '2026-02-27']], 'engineer-b': [['2026-02-25', '2026-02-26']] }, // both away in W09
      ['2026-W08 engineer-d', '2026-W09 engineer-c holiday-swap', '2026-W10 engineer-b', '2026-W11 engineer-a holiday-swap', '2026-W12 engineer-d'],
      [],
    ],
    [
      'reports uncovered when everybody else is away',
      {
        'engineer-a': [['2026-02-23', '2026-02-27']],
        'engineer-b': [['2026-02-20', '2026-02-24']],
        'engineer-c': [['2026-02-27', '2026-03-03']],
        'engineer-d': [['2026-02-23', '2026-03-01']],
      },
      ['2026-W08 engineer-d', '2026-W09 engineer-a', '2026-W10 engineer-b', '2026-W11 engineer-c', '2026-W12 engineer-d'],
      [
        '2026-W09 uncovered engineer-a is on holiday during 2026-W09 (2026-02-23 to 2026-02-27) and nobody can swap: engineer-b, engineer-c and engineer-d are away too; add an override for 2026-W09 naming who covers it',
      ],
    ],
  ])('%s', (_name, holidays, weeks, problems) => {
    const s = computeSchedule(makeModel({ holidays, rotations: [{}] }), 'ops', { from: W08, weeks: 5 });
    expect(s.weeks.map(line)).toEqual(weeks);
    expect(s.problems.map((p) => `${p.week} ${p.rule} ${p.message}`)).toEqual(problems);
  });

  it('reports uncovered when the only other member cannot trade without a back-to-back week', () => {
    // Two members: a has odd weeks, b even ones; any trade leaves b on W08 and W09 back to back.
    const model = makeModel({ holidays: { 'engineer-a': [['2026-02-23', '2026-02-27']] }, rotations: [{ members: ['engineer-a', 'engineer-b'] }] });
    const s = computeSchedule(model, 'ops', { from: W08, weeks: 3 });
    expect(s.weeks.map(line)).toEqual(['2026-W08 engineer-b', '2026-W09 engineer-a', '2026-W10 engineer-b']);
    expect(s.problems).toEqual([
      {
        week: '2026-W09',
        rule: 'uncovered',
        params: {
          engineer: 'engineer-a',
          week: '2026-W09',
          absence: '2026-02-23 to 2026-02-27',
          alsoAway: [],
          noWeek: ['engineer-b'],
          searched: 4,
          free: [],
        },
        engineer: 'engineer-a',
        what: 'engineer-a is on holiday during 2026-W09 (2026-02-23 to 2026-02-27) and nobody can swap: engineer-b has no week in the next 4 that engineer-a could take in return without a holiday or a back-to-back week',
        fix: 'add an override for 2026-W09 naming who covers it',
        message:
          'engineer-a is on holiday during 2026-W09 (2026-02-23 to 2026-02-27) and nobody can swap: engineer-b has no week in the next 4 that engineer-a could take in return without a holiday or a back-to-back week; add an override for 2026-W09 naming who covers it',
      },
    ]);
  });

  it('reports uncovered and suggests who could take the week when the away member has no week to take back', () => {
    // Five members: W10 e, W11 a, W12 b, W13 c, W14 d, W15 e … a is away from W11 (Mon 9 Mar 2026) to the end of June,
    // b and c on Mon 9 Mar only; d and e are free in W11 but a could take none of their next weeks back.
    const model = makeModel({
      holidays: { 'engineer-a': [['2026-03-09', '2026-06-30']], 'engineer-b': [['2026-03-09', '2026-03-09']], 'engineer-c': [['2026-03-09', '2026-03-09']] },
      rotations: [{ members: ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d', 'engineer-e'] }],
    });
    const s = computeSchedule(model, 'ops', { from: at('2026-03-09T00:00:00Z'), weeks: 1 }); // Mon 9 Mar 2026
    expect(s.weeks.map(line)).toEqual(['2026-W11 engineer-a']);
    expect(s.problems.map((p) => p.message)).toEqual([
      'engineer-a is on holiday during 2026-W11 (2026-03-09 to 2026-06-30) and nobody can swap: engineer-b and engineer-c are away too; engineer-d and engineer-e have no week in the next 10 that engineer-a could take in return without a holiday or a back-to-back week; add an override for 2026-W11 (engineer-d can take it without a back-to-back week)',
    ]);
  });

  it('gives the payback week its own note and keeps the scheduled engineer', () => {
    const model = makeModel({ holidays: { 'engineer-a': [['2026-02-23', '2026-02-27']] }, rotations: [{}] });
    const [w09, w10] = computeSchedule(model, 'ops', { from: at('2026-02-23T00:00:00Z'), weeks: 2 }).weeks; // Mon 23 Feb 2026
    const swap = { away: 'engineer-a', cover: 'engineer-b', awayWeek: '2026-W09', returnWeek: '2026-W10' };
    expect(w09).toMatchObject({ engineer: 'engineer-b', scheduled: 'engineer-a', swap, note: 'covers for engineer-a, who is on holiday; engineer-a takes 2026-W10 in return' });
    expect(w10).toMatchObject({ engineer: 'engineer-a', scheduled: 'engineer-b', swap, note: 'takes this week from engineer-b, who covered 2026-W09 while engineer-a was on holiday' });
  });

  it('applies a swap decided before the listed range', () => {
    // The swap for W09 moves a into W10; listing W10 alone must still show it.
    const model = makeModel({ holidays: { 'engineer-a': [['2026-02-23', '2026-02-27']] }, rotations: [{}] });
    const s = computeSchedule(model, 'ops', { from: at('2026-03-02T00:00:00Z'), weeks: 1 }); // Mon 2 Mar 2026
    expect(s.weeks.map(line)).toEqual(['2026-W10 engineer-a holiday-swap']);
  });

  it('returns the same weeks whatever the range, as swaps are computed from the start', () => {
    const model = makeModel({
      holidays: { 'engineer-a': [['2026-02-23', '2026-03-08']], 'engineer-c': [['2026-03-16', '2026-03-20']], 'engineer-b': [['2026-06-01', '2026-06-30']] },
      rotations: [{}],
    });
    const all = computeSchedule(model, 'ops', { from: at('2026-01-01T00:00:00Z'), weeks: 40 }).weeks.map(line);
    for (const offset of [0, 7, 9, 10, 20]) {
      const from = new Date(Date.UTC(2026, 0, 1) + offset * 7 * 86_400_000);
      expect(computeSchedule(model, 'ops', { from, weeks: 8 }).weeks.map(line)).toEqual(all.slice(offset, offset + 8));
    }
  });

  it('never swaps an override week', () => {
    // a is away in W09, but W09 is an override naming a: the override stands and is reported as on holiday.
    const model = makeModel({
      holidays: { 'engineer-a': [['2026-02-23', '2026-02-27']] },
      rotations: [{ overrides: [{ week: '2026-W09', engineer: 'engineer-a' }] }],
    });
    const s = computeSchedule(model, 'ops', { from: W08, weeks: 3 });
    expect(s.weeks.map(line)).toEqual(['2026-W08 engineer-d', '2026-W09 engineer-a override', '2026-W10 engineer-b']);
    expect(s.problems.map((p) => p.rule)).toEqual(['on-holiday']);
  });
});
