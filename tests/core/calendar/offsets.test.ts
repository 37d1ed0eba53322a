import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zoneOffsetMs } from '../../../src/core/calendar/offsets.ts';

describe('zoneOffsetMs', () => {
  it.each(['Europe/Berlin', 'America/Santiago', 'Australia/Lord_Howe', 'Africa/Casablanca', 'Asia/Kolkata'])(
    'returns what Intl says for %s, whatever order instants are asked in',
    (zone) => {
      const from = Date.UTC(2020, 0, 1);
      const to = Date.UTC(2032, 0, 1);
      fc.assert(
        fc.property(fc.array(fc.integer({ min: from, max: to }), { minLength: 50, maxLength: 400 }), (instants) => {
          for (const ms of instants) expect(zoneOffsetMs(zone, ms), new Date(ms).toISOString()).toBe(tzOffset(zone, new Date(ms)) * 60_000);
        }),
        { numRuns: 20 },
      );
      // Hourly around a transition, after the cache has learnt the weeks either side.
      const change = Date.UTC(2026, 2, 29, 1); // Sun 29 Mar 2026 01:00 UTC: DST begins in Berlin
      for (let h = -48; h <= 48; h++) {
        const ms = change + h * 3_600_000;
        expect(zoneOffsetMs(zone, ms)).toBe(tzOffset(zone, new Date(ms)) * 60_000);
      }
    },
  );
});
