import { describe, expect, it } from 'vitest';
import { civilDay, dayOfWeek, formatCivilDay, instantAt, localDay, parseCivilDay, startOfWeekDay } from '../../../src/core/calendar/civil.ts';

describe('civil days', () => {
  it('returns the weekday and start of week from plain dates', () => {
    const newYear = parseCivilDay('2027-01-01'); // Fri 1 Jan 2027
    expect(dayOfWeek(newYear)).toBe(5);
    expect(formatCivilDay(startOfWeekDay(newYear, 1))).toBe('2026-12-28'); // Mon 28 Dec 2026
    expect(formatCivilDay(startOfWeekDay(newYear, 0))).toBe('2026-12-27'); // Sun 27 Dec 2026
    expect(formatCivilDay(startOfWeekDay(civilDay(1969, 12, 31), 1))).toBe('1969-12-29'); // before the epoch
  });
});

describe('localDay', () => {
  it.each([
    ['2026-12-27T11:00:00Z', 'Pacific/Auckland', '2026-12-28'], // Mon 00:00 NZDT is still Sunday in UTC
    ['2026-12-27T11:00:00Z', 'UTC', '2026-12-27'],
    ['2026-03-02T03:00:00Z', 'America/Los_Angeles', '2026-03-01'], // Sun 1 Mar 19:00 PST
  ])('returns the calendar date of %s in %s', (iso, zone, expected) => {
    expect(formatCivilDay(localDay(new Date(iso), zone))).toBe(expected);
  });
});

describe('instantAt', () => {
  it.each([
    // [date, HH:MM, zone, expected UTC instant]
    ['2026-03-23', '09:00', 'Europe/Berlin', '2026-03-23T08:00:00.000Z'], // Mon, CET (UTC+1)
    ['2026-03-30', '09:00', 'Europe/Berlin', '2026-03-30T07:00:00.000Z'], // Mon after DST began Sun 29 Mar: CEST (UTC+2)
    ['2026-10-26', '09:00', 'Europe/Berlin', '2026-10-26T08:00:00.000Z'], // Mon after DST ended Sun 25 Oct
    ['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'], // skipped by DST: forward to 03:30 CEST
    ['2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'], // happens twice: the earlier, CEST
    ['2026-03-08', '09:00', 'America/New_York', '2026-03-08T13:00:00.000Z'], // Sun, DST began at 02:00 that day
    ['2026-03-01', '09:00', 'America/New_York', '2026-03-01T14:00:00.000Z'], // Sun a week earlier, EST
    ['2026-12-28', '00:00', 'Pacific/Auckland', '2026-12-27T11:00:00.000Z'], // NZDT (UTC+13)
    ['2026-12-28', '00:00', 'Pacific/Kiritimati', '2026-12-27T10:00:00.000Z'], // UTC+14
    ['2026-12-28', '23:59', 'UTC', '2026-12-28T23:59:00.000Z'],
    ['2024-09-08', '00:00', 'America/Santiago', '2024-09-08T04:00:00.000Z'], // midnight skipped by DST: 01:00 -03
  ])('returns %s %s in %s as %s', (date, clock, zone, expected) => {
    const [h, m] = clock.split(':').map(Number) as [number, number];
    expect(instantAt(parseCivilDay(date), h * 60 + m, zone).toISOString()).toBe(expected);
  });
});

describe('civilDay', () => {
  it('returns years below 100 as written, not as 19xx', () => {
    expect(formatCivilDay(civilDay(50, 3, 1))).toBe('0050-03-01');
    expect(formatCivilDay(parseCivilDay('0001-01-01'))).toBe('0001-01-01');
  });
});
