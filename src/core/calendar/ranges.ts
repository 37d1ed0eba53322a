import type { CompanyCalendar } from '../model.ts';
import { instantAt, localDay, startOfWeekDay } from './civil.ts';
import type { ScheduleRange } from './types.ts';

/** The weeks the validator checks: the company week containing `now`, then `futureWeeks` more. */
export function checkedRange(calendar: CompanyCalendar, now: Date): ScheduleRange {
  return { from: now, weeks: calendar.futureWeeks + 1 };
}

/**
 * The weeks the site and feeds show: `pastWeeks` before the week containing `now`, that week,
 * and `futureWeeks` after it. Stepped back in calendar days, not hours, so a DST change can
 * never move the first week.
 */
export function shownRange(calendar: CompanyCalendar, now: Date): ScheduleRange {
  const thisWeek = startOfWeekDay(localDay(now, calendar.timezone), calendar.weekStartsOn);
  return {
    from: instantAt(thisWeek - 7 * calendar.pastWeeks, 12 * 60, calendar.timezone),
    weeks: calendar.pastWeeks + 1 + calendar.futureWeeks,
  };
}
