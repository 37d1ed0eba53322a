import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatIsoDay, isoDay } from '../../src/site/dates.ts';

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

describe('isoDay', () => {
  it('returns YYYY-MM-DD in the zone', () => {
    expect(isoDay(new Date('2026-12-31T20:00:00Z'), 'Pacific/Kiritimati')).toBe('2027-01-01');
  });
});

describe('formatIsoDay', () => {
  it('spells a calendar date without shifting it', () => {
    expect(formatIsoDay('2026-12-24')).toBe('Thu 24 Dec 2026');
    expect(formatIsoDay('2028-02-29')).toBe('Tue 29 Feb 2028');
  });
});
