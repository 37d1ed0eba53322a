import { describe, expect, it } from 'vitest';
import { shownRange } from '../../../src/core/calendar/ranges.ts';
import { computeSchedule } from '../../../src/core/schedules.ts';
import { at, makeModel } from './fixture.ts';

describe('shownRange', () => {
  it.each([
    // [zone, now, first shown week, last shown week]
    ['UTC', '2026-11-18T11:06:40Z', '2026-W39', '2026-W51'], // Wed 18 Nov 2026 (W47): 8 back, 4 ahead
    ['Europe/Berlin', '2026-11-02T00:30:00+01:00', '2026-W37', '2026-W49'], // Mon 2 Nov 00:30 CET (W45); DST ended 25 Oct
    ['Pacific/Auckland', '2026-12-27T12:00:00Z', '2026-W45', '2027-W04'], // Mon 28 Dec 01:00 NZDT (W53)
  ])('returns pastWeeks before and futureWeeks after the week of now (%s, %s)', (timezone, now, first, last) => {
    const model = makeModel({ calendar: { timezone, pastWeeks: 8, futureWeeks: 4 }, rotations: [{ start: '2025-01-01' }] });
    const weeks = computeSchedule(model, 'ops', shownRange(model.site.calendar, at(now))).weeks;
    expect(weeks).toHaveLength(13);
    expect([weeks[0]!.week, weeks.at(-1)!.week]).toEqual([first, last]);
  });
});
