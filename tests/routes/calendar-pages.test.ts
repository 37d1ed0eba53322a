import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../src/core/schedules.ts';
import { around, calendarPages, NEAR, weekHref, yearSpan } from '../../src/routes/calendar-pages.ts';
import { at, makeModel } from '../core/calendar/fixture.ts';

const model = makeModel({ rotations: [{ start: '2020-01-01' }] });
const weeksOf = (from: string, count: number) => computeSchedule(model, 'ops', { from: at(from), weeks: count }).weeks;
const now = at('2026-12-23T12:00:00Z'); // 2026-W52

describe('around', () => {
  it('returns the weeks from `past` before the anchor to `future` after it, cut at the ends', () => {
    expect(around(10, 100, { past: 4, future: 26 })).toEqual({ from: 6, to: 37 });
    expect(around(2, 100, { past: 4, future: 26 })).toEqual({ from: 0, to: 29 });
    expect(around(95, 100, { past: 4, future: 26 })).toEqual({ from: 91, to: 100 });
    expect(around(100, 100, { past: 4, future: 26 })).toEqual({ from: 96, to: 100 });
  });
});

describe('calendarPages', () => {
  it('returns no year pages when the rotation page lists every week (the default horizon)', () => {
    const weeks = weeksOf('2026-10-28T12:00:00Z', NEAR.past + 1 + NEAR.future);
    expect(calendarPages(weeks, now)).toEqual({ anchor: 8, near: { from: 0, to: 61 }, years: [] });
    expect(weekHref('ops', calendarPages(weeks, now), weeks, '2027-W10')).toBe('/oncall/ops/#ops-2027-W10');
  });

  it('returns a page per year when the horizon is longer, and links each week to the page that lists it', () => {
    const weeks = weeksOf('2025-12-24T12:00:00Z', 53 + 520); // 2025-W52 to 10 years ahead
    const pages = calendarPages(weeks, now);
    expect(weeks[pages.anchor]!.week).toBe('2026-W52');
    expect([weeks[pages.near.from]!.week, weeks[pages.near.to - 1]!.week]).toEqual(['2026-W44', '2027-W51']);
    expect(pages.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036]);
    expect(weekHref('ops', pages, weeks, '2026-W44')).toBe('/oncall/ops/#ops-2026-W44');
    expect(weekHref('ops', pages, weeks, '2026-W43')).toBe('/oncall/ops/2026/#ops-2026-W43');
    expect(weekHref('ops', pages, weeks, '2027-W52')).toBe('/oncall/ops/2027/#ops-2027-W52');
    const y2027 = yearSpan(weeks, 2027);
    expect([weeks[y2027.from]!.week, weeks[y2027.to - 1]!.week]).toEqual(['2027-W01', '2027-W52']);
    expect(yearSpan(weeks, 2040)).toEqual({ from: 0, to: 0 });
  });

  it('anchors on the next week before the rotation starts and after the last week when all are past', () => {
    const weeks = weeksOf('2027-03-03T12:00:00Z', 200);
    expect(calendarPages(weeks, now).anchor).toBe(0);
    expect(calendarPages(weeks, at('2040-01-01T00:00:00Z')).anchor).toBe(200);
  });
});
