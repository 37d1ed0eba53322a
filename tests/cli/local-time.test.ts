import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { localTimeFormatter } from '../../src/cli/local-time.ts';

const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'America/Sao_Paulo'];
const HOUR = 3_600_000;

describe('localTimeFormatter', () => {
  it.each(ZONES)('prints what date-fns format of a TZDate prints, hour by hour over 2026-2027, in %s', (zone) => {
    const local = localTimeFormatter(zone);
    // From Thu 1 Jan 2026 00:17 UTC, every 7 hours and 17 minutes: every weekday, hour and DST change meet.
    for (let t = Date.UTC(2026, 0, 1, 0, 17); t < Date.UTC(2028, 0, 1); t += 7 * HOUR + 17 * 60_000) {
      expect(local(new Date(t))).toBe(format(new TZDate(t, zone), 'EEE dd MMM yyyy HH:mm'));
    }
  });

  it('prints the shipped 2026-W53 start as the oncall table shows it', () => {
    expect(localTimeFormatter('UTC')(new Date('2026-12-28T00:00:00Z'))).toBe('Mon 28 Dec 2026 00:00'); // Mon 28 Dec 2026
  });
});
