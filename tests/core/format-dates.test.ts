import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDayRange, formatIsoDay, formatWallClock, calendarTimeRange } from '../../src/core/format-dates.ts';

describe('formatDate', () => {
  it('returns the date in the given zone, not the machine\'s', () => {
    const instant = new Date('2026-12-27T23:30:00Z'); // Sun 27 Dec 2026 23:30 UTC
    expect(formatDate(instant, 'UTC')).toBe('Sun 27 Dec 2026');
    expect(formatDate(instant, 'Asia/Tokyo')).toBe('Mon 28 Dec 2026');
    expect(formatDate(instant, 'America/Los_Angeles')).toBe('Sun 27 Dec 2026');
  });
});

describe('formatDateTime', () => {
  it('returns the weekday, date and 24-hour time in the zone, across a DST change', () => {
    expect(formatDateTime(new Date('2027-03-29T07:00:00Z'), 'Europe/Berlin')).toBe('Mon 29 Mar 09:00'); // CEST
    expect(formatDateTime(new Date('2027-03-22T08:00:00Z'), 'Europe/Berlin')).toBe('Mon 22 Mar 09:00'); // CET
    expect(formatDateTime(new Date('2027-01-04T00:00:00Z'), 'UTC')).toBe('Mon 4 Jan 00:00');
  });
});

describe('formatWallClock', () => {
  it('returns a fixed-width date and time in the zone, whatever side of the date line', () => {
    expect(formatWallClock(new Date('2026-12-31T20:00:00Z'), 'Pacific/Kiritimati')).toBe('Fri 01 Jan 2027 10:00');
    expect(formatWallClock(new Date('2027-01-04T09:00:00Z'), 'UTC')).toBe('Mon 04 Jan 2027 09:00');
  });
});

describe('formatDayRange', () => {
  it('returns the year once when both days share it, else each day with its year', () => {
    expect(formatDayRange('2026-12-21', '2026-12-27')).toBe('Mon 21 Dec – Sun 27 Dec 2026');
    expect(formatDayRange('2026-12-28', '2027-01-03')).toBe('Mon 28 Dec 2026 – Sun 3 Jan 2027');
  });
});

describe('formatIsoDay', () => {
  it('spells a calendar date without shifting it', () => {
    expect(formatIsoDay('2026-12-24')).toBe('Thu 24 Dec 2026');
    expect(formatIsoDay('2028-02-29')).toBe('Tue 29 Feb 2028');
  });
});

describe('calendarTimeRange', () => {
  it('returns one piece, the day once, when the stretch ends on the day it starts, in the zone', () => {
    expect(calendarTimeRange(new Date('2026-12-11T11:00:00Z'), new Date('2026-12-11T16:00:00Z'), 'Europe/Berlin')).toEqual(['Fri 11 Dec 12:00–17:00']);
  });

  it('returns the start and the end when the stretch runs past midnight, an end at midnight included', () => {
    expect(calendarTimeRange(new Date('2026-12-09T17:00:00Z'), new Date('2026-12-10T08:00:00Z'), 'Europe/Berlin')).toEqual(['Wed 9 Dec 18:00', 'Thu 10 Dec 09:00']);
    expect(calendarTimeRange(new Date('2026-12-11T16:00:00Z'), new Date('2026-12-11T23:00:00Z'), 'Europe/Berlin')).toEqual(['Fri 11 Dec 17:00', 'Sat 12 Dec 00:00']);
  });
});
