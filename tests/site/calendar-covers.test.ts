import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/core/load/load.ts';
import { computeSchedule } from '../../src/core/schedules.ts';
import { weekCovers } from '../../src/site/calendar-covers.ts';
import { makeModel } from '../core/calendar/fixture.ts';

const model = loadData(join(import.meta.dirname, '../fixtures/hours')).model!;

/** The covers the calendar lists under each week of `rotation`, for `weeks` weeks from `from`. */
function covers(m: typeof model, rotation: string, from: string, weeks: number) {
  const schedule = computeSchedule(m, rotation, { from: new Date(from), weeks });
  return Object.fromEntries(weekCovers(m.byId.rotations.get(rotation)!, m.site.calendar, schedule.weeks));
}

describe('weekCovers', () => {
  it('returns a night cover across midnight under its week, once, in the rotation’s zone', () => {
    expect(covers(model, 'after-hours', '2026-12-02T12:00:00Z', 3)).toEqual({
      '2026-W50': [{ index: 0, engineer: 'engineer-c', reason: 'Engineer D at the dentist early next morning', times: [['Wed 9 Dec 18:00', 'Thu 10 Dec 09:00']] }],
    });
  });

  it('returns a cover across the weekly hand-off under both weeks, with only its on-call time in each and the cover as written', () => {
    const written = ['Fri 11 Dec 12:00', 'Mon 14 Dec 12:00'];
    expect(covers(model, 'business-hours', '2026-12-09T12:00:00Z', 2)).toEqual({
      '2026-W50': [{ index: 0, engineer: 'engineer-c', reason: 'Engineer B moves house', times: [['Fri 11 Dec 12:00–17:00']], written }],
      '2026-W51': [{ index: 0, engineer: 'engineer-c', reason: 'Engineer B moves house', times: [['Mon 14 Dec 09:00–12:00']], written }],
    });
  });

  it('returns a cover in a DST week as its stretches within the hours, read on the clocks of each day', () => {
    const week = covers(model, 'eu-sun', '2027-03-24T12:00:00Z', 1)['2027-W12']!;
    expect(week[0]!.times).toEqual([['Sat 27 Mar 18:00–20:00'], ['Sun 28 Mar 08:00–10:00']]);
  });

  it('returns nothing for a rotation without covers, and skips weeks without one', () => {
    expect(covers(model, 'us-sun', '2026-12-09T12:00:00Z', 4)).toEqual({});
    expect(Object.keys(covers(model, 'after-hours', '2026-12-16T12:00:00Z', 4))).toEqual([]);
  });

  it('returns a cover with no on-call time in its week, saying it falls outside the hours', () => {
    const m = makeModel({
      calendar: { timezone: 'Europe/Berlin' },
      rotations: [
        {
          hours: { windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }] },
          covers: [{ from: '2026-12-12T10:00', to: '2026-12-12T14:00', engineer: 'engineer-c', reason: 'Saturday errand' }],
        },
      ],
    });
    expect(covers(m, 'ops', '2026-12-09T12:00:00Z', 1)['2026-W50']).toEqual([
      { index: 0, engineer: 'engineer-c', reason: 'Saturday errand', times: [], written: ['Sat 12 Dec 10:00–14:00'], idle: 'outside-hours' },
    ]);
  });
});


describe('weekCovers in a rotation whose hours have a zone of their own', () => {
  it('returns the times in the hours’ zone, naming it, since the calendar’s columns are in another', () => {
    const m = makeModel({
      calendar: { timezone: 'Europe/Berlin' },
      rotations: [
        {
          hours: { timezone: 'America/Los_Angeles', windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '11:00', to: '23:00' }] },
          covers: [{ from: '2026-12-09T12:00', to: '2026-12-09T15:00', engineer: 'engineer-c', reason: 'Lunch and a walk' }],
        },
      ],
    });
    expect(covers(m, 'ops', '2026-12-09T12:00:00Z', 1)['2026-W50']).toEqual([
      { index: 0, engineer: 'engineer-c', reason: 'Lunch and a walk', times: [['Wed 9 Dec 12:00–15:00']], zone: 'America/Los_Angeles' },
    ]);
  });
});
