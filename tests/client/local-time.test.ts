import { describe, expect, it } from 'vitest';
import { deadlineInstant, localDelivery, monthlyInstant, theirTime, weeklyInstant } from '../../src/client/local-time.ts';

describe('deadlineInstant', () => {
  it("returns today's deadline in its zone as an instant", () => {
    // Tue 5 Jan 2027 10:00 UTC; 06:00 UTC that day.
    expect(new Date(deadlineInstant('06:00', 'UTC', Date.UTC(2027, 0, 5, 10))).toISOString()).toBe('2027-01-05T06:00:00.000Z');
    // New York is UTC-5 in January.
    expect(new Date(deadlineInstant('07:30', 'America/New_York', Date.UTC(2027, 0, 5, 10))).toISOString()).toBe('2027-01-05T12:30:00.000Z');
  });

  it('follows the zone into daylight saving time', () => {
    // Mon 29 Mar 2027: Berlin is on CEST (UTC+2) since Sun 28 Mar.
    expect(new Date(deadlineInstant('06:00', 'Europe/Berlin', Date.UTC(2027, 2, 29, 12))).toISOString()).toBe('2027-03-29T04:00:00.000Z');
    // Sun 28 Mar 2027, the day of the change: 06:00 is already CEST.
    expect(new Date(deadlineInstant('06:00', 'Europe/Berlin', Date.UTC(2027, 2, 28, 12))).toISOString()).toBe('2027-03-28T04:00:00.000Z');
  });

  it("uses the deadline zone's date, not UTC's", () => {
    // 23:00 UTC on Mon 4 Jan is already Tue 5 Jan in Tokyo.
    expect(new Date(deadlineInstant('06:00', 'Asia/Tokyo', Date.UTC(2027, 0, 4, 23))).toISOString()).toBe('2027-01-04T21:00:00.000Z');
  });
});

describe('localDelivery', () => {
  // Tue 5 Jan 2027 10:00 UTC; the reader is in Tokyo (UTC+9) or Kolkata (UTC+5:30).
  const now = Date.UTC(2027, 0, 5, 10);
  const data = (d: Record<string, string>) => d as DOMStringMap;

  it('returns each cadence in the reader\'s time zone', () => {
    expect(localDelivery(data({ cadence: 'daily', deadline: '06:00', tz: 'UTC' }), now, 'Asia/Tokyo')).toBe('15:00 GMT+9 in your time zone');
    expect(localDelivery(data({ cadence: 'hourly', minute: '15', tz: 'UTC' }), now, 'Asia/Kolkata')).toBe('by :45 past each hour in your time zone');
    // Mondays 20:00 in New York (UTC-5) are Tuesdays 10:00 in Tokyo.
    expect(localDelivery(data({ cadence: 'weekly', day: 'monday', deadline: '20:00', tz: 'America/New_York' }), now, 'Asia/Tokyo')).toBe('Tuesdays 10:00 GMT+9 in your time zone');
    // The last day of January, 18:00 in London, is 1 Feb 03:00 in Tokyo.
    expect(localDelivery(data({ cadence: 'monthly', dom: 'last', deadline: '18:00', tz: 'Europe/London' }), now, 'Asia/Tokyo')).toBe('next Mon 1 Feb, 03:00 GMT+9 in your time zone');
  });

  it('returns the next weekly and monthly deadline at or after now', () => {
    expect(new Date(weeklyInstant('tuesday', '09:00', 'UTC', now)).toISOString()).toBe('2027-01-12T09:00:00.000Z');
    expect(new Date(weeklyInstant('tuesday', '11:00', 'UTC', now)).toISOString()).toBe('2027-01-05T11:00:00.000Z');
    expect(new Date(monthlyInstant('1', '09:00', 'UTC', now)).toISOString()).toBe('2027-02-01T09:00:00.000Z');
    expect(new Date(monthlyInstant('last', '09:00', 'UTC', Date.UTC(2027, 1, 3))).toISOString()).toBe('2027-02-28T09:00:00.000Z');
  });
});

describe('theirTime', () => {
  it("returns the person's wall-clock time in their zone, with the zone", () => {
    // Tue 5 Jan 2027 02:12 UTC: 03:12 in Berlin (CET), 21:12 the day before in New York, 07:42 in Kolkata.
    const now = Date.UTC(2027, 0, 5, 2, 12);
    expect(theirTime('Europe/Berlin', now)).toBe('03:12 for them (Europe/Berlin)');
    expect(theirTime('America/New_York', now)).toBe('21:12 for them (America/New_York)');
    expect(theirTime('Asia/Kolkata', now)).toBe('07:42 for them (Asia/Kolkata)');
  });
});
