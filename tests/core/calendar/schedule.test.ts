import { describe, expect, it } from 'vitest';
import { computeSchedule, computeSchedules } from '../../../src/core/schedules.ts';
import { at, makeModel } from './fixture.ts';

const summary = (weeks: readonly { week: string; engineer: string; reason: string }[]) =>
  weeks.map((w) => `${w.week} ${w.engineer}${w.reason === 'rotation' ? '' : ` (${w.reason})`}`);

describe('computeSchedule', () => {
  it('returns members[(N-1) mod n] for week N and flags A covering 2026-W53 and 2027-W01', () => {
    const model = makeModel({ rotations: [{}] });
    // Mon 21 Dec 2026 is the first day of 2026-W52.
    const s = computeSchedule(model, 'ops', { from: at('2026-12-21T00:00:00Z'), weeks: 3 });
    expect(summary(s.weeks)).toEqual(['2026-W52 engineer-d', '2026-W53 engineer-a', '2027-W01 engineer-a']);
    expect(s.weeks[1]).toMatchObject({ start: at('2026-12-28T00:00:00Z'), end: at('2027-01-04T00:00:00Z'), scheduled: 'engineer-a' });
    expect(s.problems).toEqual([
      {
        week: '2027-W01',
        rule: 'consecutive',
        params: {
          engineer: 'engineer-a',
          previousWeek: '2026-W53',
          week: '2027-W01',
          fix: { change: 'add', week: '2026-W53', free: ['engineer-b', 'engineer-c'] },
        },
        engineer: 'engineer-a',
        what: 'engineer-a covers 2026-W53 and 2027-W01 back to back',
        fix: 'add an override for 2026-W53 (engineer-b or engineer-c can take it without a back-to-back week), or mark one of the weeks agreed: true',
        message:
          'engineer-a covers 2026-W53 and 2027-W01 back to back; add an override for 2026-W53 (engineer-b or engineer-c can take it without a back-to-back week), or mark one of the weeks agreed: true',
      },
    ]);
  });

  it('returns the override in 2026-W53 and no problems when B takes it', () => {
    const model = makeModel({ rotations: [{ overrides: [{ week: '2026-W53', engineer: 'engineer-b', reason: 'ISO 2026 has 53 weeks' }] }] });
    // Mon 23 Nov 2026 is the first day of 2026-W48.
    const s = computeSchedule(model, 'ops', { from: at('2026-11-23T00:00:00Z'), weeks: 8 });
    expect(summary(s.weeks)).toEqual([
      '2026-W48 engineer-d',
      '2026-W49 engineer-a',
      '2026-W50 engineer-b',
      '2026-W51 engineer-c',
      '2026-W52 engineer-d',
      '2026-W53 engineer-b (override)',
      '2027-W01 engineer-a',
      '2027-W02 engineer-b',
    ]);
    expect(s.weeks[5]).toMatchObject({ scheduled: 'engineer-a', note: 'ISO 2026 has 53 weeks', overrideIndex: 0, agreed: false });
    expect(s.problems).toEqual([]);
  });
});

describe('computeSchedules', () => {
  it('returns one schedule per rotation in model order', () => {
    const model = makeModel({ rotations: [{ id: 'alpha' }, { id: 'beta', members: ['engineer-x', 'engineer-y'] }] });
    const all = computeSchedules(model, { from: at('2026-03-04T12:00:00Z'), weeks: 2 }); // Wed 4 Mar 2026, in 2026-W10
    expect(all.map((s) => [s.rotation, summary(s.weeks)])).toEqual([
      ['alpha', ['2026-W10 engineer-b', '2026-W11 engineer-c']],
      ['beta', ['2026-W10 engineer-y', '2026-W11 engineer-x']],
    ]);
  });
});
