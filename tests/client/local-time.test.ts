import { describe, expect, it } from 'vitest';
import { deadlineInstant } from '../../src/client/local-time.ts';

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
