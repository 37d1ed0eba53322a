import { tz, TZDate } from '@date-fns/tz';
import { addWeeks, getWeek, getWeekYear, startOfWeek, startOfWeekYear, type FirstWeekContainsDate } from 'date-fns';
import type { CompanyCalendar } from '../model.ts';
import { WEEK_KEY_PATTERN } from '../schemas/rotation.ts';

/** date-fns options for the company calendar; every computation runs in its time zone, never the machine's. */
export function weekOptions(calendar: CompanyCalendar) {
  return {
    weekStartsOn: calendar.weekStartsOn,
    // date-fns types only 1 and 4, but its arithmetic is general over 1..7.
    firstWeekContainsDate: calendar.firstWeekContainsDate as FirstWeekContainsDate,
    in: tz(calendar.timezone),
  } as const;
}

/** `YYYY-Www` for the company week containing `date`. */
export function weekKeyOf(date: Date, calendar: CompanyCalendar): string {
  const options = weekOptions(calendar);
  return `${getWeekYear(date, options)}-W${String(getWeek(date, options)).padStart(2, '0')}`;
}

/** The first instant (00:00 on weekStartsOn, in the calendar zone) of the week containing `date`. */
export function startOfCompanyWeek(date: Date, calendar: CompanyCalendar): Date {
  return startOfWeek(date, weekOptions(calendar));
}

/** The start of week `YYYY-Www`, or undefined when the company calendar has no such week (2027-W53 under ISO). */
export function startOfWeekKey(key: string, calendar: CompanyCalendar): Date | undefined {
  const m = WEEK_KEY_PATTERN.exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1) return undefined;
  const options = weekOptions(calendar);
  // 1 July always falls in the week-numbering year of its own calendar year.
  const first = startOfWeekYear(new TZDate(year, 6, 1, calendar.timezone), options);
  const start = addWeeks(first, week - 1, options);
  return getWeekYear(start, options) === year && getWeek(start, options) === week ? start : undefined;
}
