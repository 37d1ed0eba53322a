import { tz, TZDate } from '@date-fns/tz';
import { getWeek, getWeekYear, startOfWeekYear, type Day, type FirstWeekContainsDate } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDay, formatCivilDay } from '../../../src/core/calendar/civil.ts';
import { companyWeeks, firstDayOfWeekYear, startOfWeekKey } from '../../../src/core/calendar/weeks.ts';
import { weekKeyOf } from './date-fns-reference.ts';
import type { CompanyCalendar } from '../../../src/core/model.ts';
import { WEEKDAYS } from '../../../src/core/schemas/site.ts';

const calendar = (weekStartsOn: Day, firstWeekContainsDate: number, timezone = 'UTC'): CompanyCalendar => ({
  weekStartsOn,
  weekStartsOnName: WEEKDAYS[weekStartsOn],
  firstWeekContainsDate: firstWeekContainsDate as CompanyCalendar['firstWeekContainsDate'],
  timezone,
  pastWeeks: 8,
  futureWeeks: 52,
  coverageGaps: 'warn',
});
const ISO = calendar(1, 4);
const US = calendar(0, 1);
const keys = (day: number, count: number, cal: CompanyCalendar) => companyWeeks(day, count, cal).map((w) => `${w.key} ${formatCivilDay(w.startDay)}`);

describe('companyWeeks', () => {
  it.each([
    // [calendar, first day, weeks listed]
    ['ISO 2026 has 53 weeks', ISO, civilDay(2026, 12, 21), ['2026-W52 2026-12-21', '2026-W53 2026-12-28', '2027-W01 2027-01-04']], // Mon 21 Dec 2026
    ['ISO 2027 has 52 weeks', ISO, civilDay(2027, 12, 20), ['2027-W51 2027-12-20', '2027-W52 2027-12-27', '2028-W01 2028-01-03']], // Mon 20 Dec 2027
    ['ISO 2020 has 53 weeks', ISO, civilDay(2020, 12, 31), ['2020-W53 2020-12-28', '2021-W01 2021-01-04']], // Thu 31 Dec 2020
    ['US weeks start on sunday; 2026 has 52', US, civilDay(2026, 12, 20), ['2026-W52 2026-12-20', '2027-W01 2026-12-27', '2027-W02 2027-01-03']], // Sun 20 Dec 2026
    ['US 2022 has 53 weeks', US, civilDay(2022, 12, 25), ['2022-W53 2022-12-25', '2023-W01 2023-01-01']], // Sun 25 Dec 2022
  ] as const)('returns the right keys and start days: %s', (_name, cal, day, expected) => {
    expect(keys(day, expected.length, cal)).toEqual(expected);
  });

  it('returns the week containing the given day, not the one starting on it', () => {
    // Thu 1 Jan 2026 is in ISO 2026-W01, which starts Mon 29 Dec 2025.
    expect(keys(civilDay(2026, 1, 1), 1, ISO)).toEqual(['2026-W01 2025-12-29']);
  });

  // date-fns is the reference for week numbering; the engine steps between year anchors on integers.
  it('matches date-fns startOfWeekYear for every weekStartsOn and firstWeekContainsDate', () => {
    for (let ws = 0; ws < 7; ws++) {
      for (let fwcd = 1; fwcd <= 7; fwcd++) {
        const cal = calendar(ws as Day, fwcd);
        for (let year = 2018; year <= 2034; year++) {
          const reference = startOfWeekYear(new TZDate(year, 6, 1, 'UTC'), {
            weekStartsOn: ws as Day,
            firstWeekContainsDate: fwcd as FirstWeekContainsDate,
            in: tz('UTC'),
          });
          expect(formatCivilDay(firstDayOfWeekYear(year, cal)), `ws=${ws} fwcd=${fwcd} ${year}`).toBe(
            `${reference.getFullYear()}-${String(reference.getMonth() + 1).padStart(2, '0')}-${String(reference.getDate()).padStart(2, '0')}`,
          );
        }
      }
    }
  });

  it('matches date-fns getWeek and getWeekYear on random days and calendars', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: civilDay(1990, 1, 1), max: civilDay(2060, 12, 31) }),
        fc.integer({ min: 1, max: 120 }),
        (ws, fwcd, day, count) => {
          const cal = calendar(ws as Day, fwcd);
          const weeks = companyWeeks(day, count, cal);
          const options = { weekStartsOn: ws as Day, firstWeekContainsDate: fwcd as FirstWeekContainsDate, in: tz('UTC') };
          // Check the first, the last and one in the middle against date-fns.
          for (const w of [weeks[0]!, weeks[count >> 1]!, weeks[count - 1]!]) {
            const date = new TZDate(w.startDay * 86_400_000 + 3 * 86_400_000, 'UTC');
            expect(w.year).toBe(getWeekYear(date, options));
            expect(w.week).toBe(getWeek(date, options));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('returns keys that startOfWeekKey maps back to the week start at 00:00 in the zone', () => {
    const cal = calendar(1, 4, 'Pacific/Auckland');
    for (const w of companyWeeks(civilDay(2026, 12, 1), 8, cal)) {
      const start = startOfWeekKey(w.key, cal)!;
      expect(weekKeyOf(start, cal)).toBe(w.key);
      expect(new TZDate(start.getTime(), 'Pacific/Auckland').getDate()).toBe(new Date(w.startDay * 86_400_000).getUTCDate());
    }
  });
});

describe('startOfWeekKey', () => {
  it.each([
    ['2026-W53', ISO, '2026-12-28T00:00:00.000Z'], // Mon 28 Dec 2026
    ['2027-W53', ISO, undefined], // ISO 2027 has 52 weeks
    ['2027-W00', ISO, undefined],
    ['2022-W53', US, '2022-12-25T00:00:00.000Z'], // Sun 25 Dec 2022
    ['2026-W53', calendar(1, 4, 'Pacific/Auckland'), '2026-12-27T11:00:00.000Z'], // Mon 28 Dec 2026 00:00 NZDT
    ['2026-W1', ISO, undefined],
  ] as const)('returns the start of %s', (key, cal, expected) => {
    expect(startOfWeekKey(key, cal)?.toISOString()).toBe(expected);
  });

  it('agrees with the date-fns reference on random calendars and zones', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(...zones),
        fc.integer({ min: civilDay(2000, 1, 1), max: civilDay(2040, 12, 31) }),
        (ws, fwcd, zone, day) => {
          const cal = calendar(ws as Day, fwcd, zone);
          const [week] = companyWeeks(day, 1, cal);
          const start = startOfWeekKey(week!.key, cal)!;
          expect(weekKeyOf(start, cal)).toBe(week!.key);
          expect(weekKeyOf(new Date(start.getTime() - 1), cal)).not.toBe(week!.key);
        },
      ),
      { numRuns: 200 },
    );
  });
});
