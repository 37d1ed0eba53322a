import { tz } from '@date-fns/tz';
import { getWeek, getWeekYear, type FirstWeekContainsDate } from 'date-fns';
import type { CompanyCalendar } from '../../../src/core/model.ts';

/**
 * `YYYY-Www` of the company week containing `date`, by date-fns in the calendar's zone: the
 * reference that the engine's integer walk (`companyWeeks`, `startOfWeekKey`) is tested against.
 */
export function weekKeyOf(date: Date, calendar: CompanyCalendar): string {
  const options = {
    weekStartsOn: calendar.weekStartsOn,
    // date-fns types only 1 and 4, but its arithmetic is general over 1..7.
    firstWeekContainsDate: calendar.firstWeekContainsDate as FirstWeekContainsDate,
    in: tz(calendar.timezone),
  } as const;
  return `${getWeekYear(date, options)}-W${String(getWeek(date, options)).padStart(2, '0')}`;
}
