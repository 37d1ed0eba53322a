import { describe, expect, it } from 'vitest';
import { stretchesIn, weeksLater } from '../../src/client/hours.ts';
import { stretchesWords } from '../../src/core/calendar/hours-words.ts';
import { boundaryMs } from '../../src/core/calendar/local-time.ts';

// Business hours in Berlin, Mon 14 – Fri 18 Dec 2026 (CET, UTC+1): 09:00–17:00 is 08:00–16:00 UTC.
const BUSINESS = [14, 15, 16, 17, 18].map((d) => `2026-12-${d}T08:00:00.000Z/2026-12-${d}T16:00:00.000Z`).join(' ');

describe('stretchesIn', () => {
  it('returns the clock times in the given zone: Berlin business hours are early morning in New York', () => {
    expect(stretchesWords(stretchesIn(BUSINESS, 'America/New_York'))).toBe('Mon–Fri 03:00–11:00');
    expect(stretchesWords(stretchesIn(BUSINESS, 'Europe/Berlin'))).toBe('Mon–Fri 09:00–17:00');
  });

  it('returns a window that wraps past midnight in the reader’s zone as ending the next day, on the day it starts there', () => {
    // Berlin's Monday 00:00–09:00 (Sun 13 Dec 23:00 UTC to Mon 14 Dec 08:00 UTC) starts on Sunday evening in New York.
    expect(stretchesIn('2026-12-13T23:00:00.000Z/2026-12-14T08:00:00.000Z', 'America/New_York')).toEqual([{ day: 6, from: '18:00', to: '03:00', nextDay: true }]);
    // And on Monday morning in Tokyo (UTC+9), no longer wrapping.
    expect(stretchesIn('2026-12-13T23:00:00.000Z/2026-12-14T08:00:00.000Z', 'Asia/Tokyo')).toEqual([{ day: 0, from: '08:00', to: '17:00', nextDay: false }]);
  });

  it('returns an end at the next midnight as 24:00 of the same day, as the windows are written', () => {
    expect(stretchesIn('2026-12-18T16:00:00.000Z/2026-12-18T23:00:00.000Z', 'Europe/Berlin')).toEqual([{ day: 4, from: '17:00', to: '24:00', nextDay: false }]);
  });

  it('returns the offsets of the stretch’s own dates: in the week New York moves its clocks (Sun 14 Mar 2027) and Berlin does not', () => {
    // Berlin 09:00–17:00 CET every day Fri 12 to Tue 16 Mar 2027: 08:00–16:00 UTC.
    const spans = [12, 13, 14, 15, 16].map((d) => `2027-03-${d}T08:00:00.000Z/2027-03-${d}T16:00:00.000Z`).join(' ');
    expect(stretchesWords(stretchesIn(spans, 'America/New_York'))).toBe('Fri, Sat 03:00–11:00, Sun–Tue 04:00–12:00');
  });
});

describe('weeksLater', () => {
  it('returns the moment the clocks jump when the wall time falls in the hour they skip, as the engine places it', () => {
    // Sun 14 Mar 2027 02:30 CET is 01:30 UTC; two weeks on, Berlin skips 02:00–03:00 (at 01:00 UTC).
    const moved = weeksLater(Date.parse('2027-03-14T01:30:00Z'), 2, 'Europe/Berlin');
    expect(new Date(moved).toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(moved).toBe(boundaryMs(Date.UTC(2027, 2, 28, 2, 30), 'Europe/Berlin', 'start'));
  });

  it('returns the first showing of a wall time the clocks show twice for a start, and the second for an end', () => {
    // Sun 17 Oct 2027 02:30 CEST is 00:30 UTC; two weeks on, Berlin shows 02:00–03:00 twice (back at 01:00 UTC).
    const at = Date.parse('2027-10-17T00:30:00Z');
    expect(new Date(weeksLater(at, 2, 'Europe/Berlin', 'start')).toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(new Date(weeksLater(at, 2, 'Europe/Berlin', 'end')).toISOString()).toBe('2027-10-31T01:30:00.000Z');
    for (const side of ['start', 'end'] as const) expect(weeksLater(at, 2, 'Europe/Berlin', side)).toBe(boundaryMs(Date.UTC(2027, 9, 31, 2, 30), 'Europe/Berlin', side));
  });

  it('returns the same wall-clock time whole weeks on, across the zone’s DST change', () => {
    // Mon 14 Dec 2026 09:00 CET is 08:00 UTC; 15 weeks on, Mon 29 Mar 2027 09:00 CEST is 07:00 UTC.
    expect(new Date(weeksLater(Date.parse('2026-12-14T08:00:00Z'), 15, 'Europe/Berlin')).toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(new Date(weeksLater(Date.parse('2026-12-14T08:00:00Z'), 1, 'Europe/Berlin')).toISOString()).toBe('2026-12-21T08:00:00.000Z');
  });
});

describe('stretchesIn, read weeks after the build', () => {
  it('returns the hours of the week it is read in: New York has moved its clocks by 17 Mar 2027, Berlin not yet', () => {
    expect(stretchesWords(stretchesIn(BUSINESS, 'America/New_York', { weeks: 13, zone: 'Europe/Berlin' }))).toBe('Mon–Fri 04:00–12:00');
    // By 29 Mar both have: the usual six hours again.
    expect(stretchesWords(stretchesIn(BUSINESS, 'America/New_York', { weeks: 15, zone: 'Europe/Berlin' }))).toBe('Mon–Fri 03:00–11:00');
  });
});
