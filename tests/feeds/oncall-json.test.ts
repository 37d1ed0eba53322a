import { describe, expect, it } from 'vitest';
import { computeSchedules } from '../../src/core/schedules.ts';
import { oncallJson, renderOncallJson } from '../../src/feeds/oncall-json.ts';
import { at, makeModel } from '../core/calendar/fixture.ts';

describe('oncallJson', () => {
  it('returns the issue-3 shape with RFC 3339 UTC instants and notes only where there is one', () => {
    const model = makeModel({ rotations: [{ name: 'Ops', overrides: [{ week: '2026-W53', engineer: 'engineer-b', reason: '53-week year' }] }] });
    const json = oncallJson(computeSchedules(model, { from: at('2026-12-21T00:00:00Z'), weeks: 2 })); // Mon 21 Dec 2026
    expect(json).toEqual({
      rotations: [
        {
          id: 'ops',
          name: 'Ops',
          lineups: [{ version: 0, from: '2026-W01', members: ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'] }],
          weeks: [
            {
              week: '2026-W52',
              start: '2026-12-21T00:00:00Z',
              end: '2026-12-28T00:00:00Z',
              engineer: 'engineer-d',
              scheduled: 'engineer-d',
              version: 0,
              reason: 'rotation',
              shifts: [{ start: '2026-12-21T00:00:00Z', end: '2026-12-28T00:00:00Z', engineer: 'engineer-d', reason: 'rotation' }],
            },
            {
              week: '2026-W53',
              start: '2026-12-28T00:00:00Z',
              end: '2027-01-04T00:00:00Z',
              engineer: 'engineer-b',
              scheduled: 'engineer-a',
              version: 0,
              reason: 'override',
              note: '53-week year',
              shifts: [{ start: '2026-12-28T00:00:00Z', end: '2027-01-04T00:00:00Z', engineer: 'engineer-b', reason: 'override' }],
            },
          ],
          problems: [],
          fairness: expect.arrayContaining([{ person: 'engineer-b', year: 2026, weeks: 1, swapsGiven: 0, swapsTaken: 0, overrides: 1, hours: 168, weekendHours: 48 }]),
        },
      ],
    });
  });

  it('returns a week’s shifts split by a cover, the cover with its reason as note', () => {
    const model = makeModel({ rotations: [{ covers: [{ from: '2026-12-22T18:00', to: '2026-12-23T09:00', engineer: 'engineer-a', reason: 'dentist' }] }] });
    const [week] = oncallJson(computeSchedules(model, { from: at('2026-12-21T00:00:00Z'), weeks: 1 })).rotations[0]!.weeks;
    expect(week!.shifts).toEqual([
      { start: '2026-12-21T00:00:00Z', end: '2026-12-22T18:00:00Z', engineer: 'engineer-d', reason: 'rotation' },
      { start: '2026-12-22T18:00:00Z', end: '2026-12-23T09:00:00Z', engineer: 'engineer-a', reason: 'cover', note: 'dentist' },
      { start: '2026-12-23T09:00:00Z', end: '2026-12-28T00:00:00Z', engineer: 'engineer-d', reason: 'rotation' },
    ]);
  });

  it('returns problems as {week, rule, message}', () => {
    const model = makeModel({ rotations: [{}] });
    const json = JSON.parse(renderOncallJson(computeSchedules(model, { from: at('2027-01-04T00:00:00Z'), weeks: 1 }))); // Mon 4 Jan 2027
    expect(json.rotations[0].problems).toEqual([
      {
        week: '2027-W01',
        rule: 'consecutive',
        message:
          'engineer-a covers 2026-W53 and 2027-W01 back to back; add an override for 2026-W53 (engineer-b or engineer-c can take it without a back-to-back week), or mark one of the weeks agreed: true',
      },
    ]);
  });
});
