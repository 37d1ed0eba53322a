import type { CompanyCalendar } from '../model.ts';
import { civilDay, civilParts, instantAt, startOfWeekDay, type CivilDay } from './civil.ts';
import { WEEK_KEY_PATTERN } from '../schemas/rotation.ts';

/**
 * The start of week `YYYY-Www` (00:00 on its first day in the calendar zone), or undefined when
 * the company calendar has no such week (2027-W53 under ISO). Integer arithmetic, so the
 * validator can check hundreds of overrides without building a zoned date for each.
 */
export function startOfWeekKey(key: string, calendar: CompanyCalendar): Date | undefined {
  const day = startDayOfWeekKey(key, calendar);
  return day === undefined ? undefined : instantAt(day, 0, calendar.timezone);
}

/** The first calendar day of week `YYYY-Www`, or undefined when the company calendar has no such week. */
export function startDayOfWeekKey(key: string, calendar: CompanyCalendar): CivilDay | undefined {
  const m = WEEK_KEY_PATTERN.exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1) return undefined;
  const day = firstDayOfWeekYear(year, calendar) + 7 * (week - 1);
  return day < firstDayOfWeekYear(year + 1, calendar) ? day : undefined;
}

/** A company week as the engine walks it: where it starts (a calendar date) and its key. */
export interface CompanyWeek {
  /** The first calendar day of the week, in the calendar's zone. */
  readonly startDay: CivilDay;
  /** The week-numbering year. */
  readonly year: number;
  /** 1-based week number within `year`. */
  readonly week: number;
  /** `YYYY-Www`. */
  readonly key: string;
}

/**
 * The first day of week 1 of week-numbering year `year`: the start of the week containing
 * January `firstWeekContainsDate`. This is date-fns' `startOfWeekYear` done on integers
 * (tests check the two agree for every weekStartsOn and firstWeekContainsDate); date-fns with
 * a zone costs a third of a millisecond a call, which a walk over decades of weeks would feel.
 */
export function firstDayOfWeekYear(year: number, calendar: CompanyCalendar): CivilDay {
  return startOfWeekDay(civilDay(year, 1, calendar.firstWeekContainsDate), calendar.weekStartsOn);
}

/**
 * `count` consecutive company weeks, the first being the one that contains `day`. Week numbering
 * depends only on calendar dates, so this is exact in any zone; the zone matters only where a
 * date becomes an instant (`instantAt`).
 */
export function companyWeeks(day: CivilDay, count: number, calendar: CompanyCalendar): CompanyWeek[] {
  const first = startOfWeekDay(day, calendar.weekStartsOn);
  // The week-numbering year is the calendar year of the week's start, or the one after it.
  let year = civilParts(first).year + 1;
  while (firstDayOfWeekYear(year, calendar) > first) year -= 1;
  let yearStart = firstDayOfWeekYear(year, calendar);
  let nextYearStart = firstDayOfWeekYear(year + 1, calendar);
  const weeks: CompanyWeek[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const startDay = first + 7 * i;
    if (startDay >= nextYearStart) {
      year += 1;
      yearStart = nextYearStart;
      nextYearStart = firstDayOfWeekYear(year + 1, calendar);
    }
    const week = (startDay - yearStart) / 7 + 1;
    weeks[i] = { startDay, year, week, key: `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}` };
  }
  return weeks;
}
