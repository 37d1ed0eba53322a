import { describe, expect, it } from 'vitest';
import { hoursView } from '../../src/site/rotation-hours.ts';
import type { HoursData } from '../../src/core/schemas/rotation.ts';

const BERLIN = { timezone: 'Europe/Berlin' };
/** Company weeks from Monday 00:00 Berlin time, as the engine lists them. */
const week = (startIso: string, endIso: string) => ({ start: new Date(startIso), end: new Date(endIso) });
const W51 = week('2026-12-13T23:00:00Z', '2026-12-20T23:00:00Z');
const W52 = week('2026-12-20T23:00:00Z', '2026-12-27T23:00:00Z');

const view = (hours: HoursData | undefined, now: string, weeks = [W51, W52]) => hoursView({ hours }, BERLIN, weeks, new Date(now));

describe('hoursView', () => {
  it('returns nothing for a rotation on call around the clock', () => {
    expect(view(undefined, '2026-12-16T12:00:00Z')).toBeUndefined();
  });

  it('returns each window in words in its zone, with its stretches in the week running at the build', () => {
    const v = view({ windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }] }, '2026-12-16T12:00:00Z')!;
    expect(v.zone).toBe('Europe/Berlin');
    expect(v.week).toBe('2026-12-13T23:00:00.000Z');
    expect(v.windows[0]!.text).toBe('Mon–Fri 09:00–17:00');
    expect(v.windows[0]!.spans.split(' ')).toEqual([14, 15, 16, 17, 18].map((d) => `2026-12-${d}T08:00:00.000Z/2026-12-${d}T16:00:00.000Z`));
  });

  it('returns a window past midnight as ending the next day, and uses the next week once the build’s week is over', () => {
    const v = view({ windows: [{ days: ['sun'], from: '20:00', to: '08:00' }] }, '2026-12-21T00:00:00Z')!;
    expect(v.windows[0]!.text).toBe('Sun 20:00–08:00 next day');
    expect(v.windows[0]!.spans).toBe('2026-12-27T19:00:00.000Z/2026-12-28T07:00:00.000Z');
  });

  it('returns the stretches as the clocks read, across a DST change in the week', () => {
    // Berlin moves its clocks on Sun 28 Mar 2027: 11:00 is 10:00 UTC on the Saturday, 09:00 UTC on the Sunday.
    const march = week('2027-03-21T23:00:00Z', '2027-03-28T22:00:00Z');
    const v = view({ windows: [{ days: ['sat', 'sun'], from: '11:00', to: '23:00' }] }, '2027-03-24T12:00:00Z', [march])!;
    expect(v.windows[0]!.spans).toBe('2027-03-27T10:00:00.000Z/2027-03-27T22:00:00.000Z 2027-03-28T09:00:00.000Z/2027-03-28T21:00:00.000Z');
  });

  it('returns the stretches on the days of the hours’ own zone, which the company week starts in the day before', () => {
    // The company week starts Mon 8 Mar 00:00 in Berlin: Sun 7 Mar 15:00 in Los Angeles (PST, UTC-8).
    const march = week('2027-03-07T23:00:00Z', '2027-03-14T23:00:00Z');
    const v = hoursView({ hours: { timezone: 'America/Los_Angeles', windows: [{ days: ['sun'], from: '11:00', to: '23:00' }] } }, BERLIN, [march], new Date('2027-03-10T12:00:00Z'))!;
    expect(v.zone).toBe('America/Los_Angeles');
    expect(v.windows[0]!.spans).toBe('2027-03-07T19:00:00.000Z/2027-03-08T07:00:00.000Z');
  });
});
