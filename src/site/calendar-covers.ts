import { hoursWithin, weeklyHours } from '../core/calendar/hours.ts';
import { rotationZone } from '../core/calendar/local-time.ts';
import { coverSpans } from '../core/calendar/shifts.ts';
import type { Shift } from '../core/calendar/types.ts';
import type { CompanyCalendar, Rotation } from '../core/model.ts';
import { calendarTimeRange } from '../core/format-dates.ts';

/** A cover as a calendar week lists it, in words for the page. */
export interface WeekCover {
  /** Index in the rotation file's `covers`. */
  readonly index: number;
  /** Person id of who covers. */
  readonly engineer: string;
  readonly reason: string;
  /**
   * When the engineer is on call through this cover in this week, in the rotation's zone, each stretch as
   * `calendarTimeRange` words it: ["Fri 11 Dec 12:00–17:00"], ["Wed 9 Dec 18:00", "Thu 10 Dec 09:00"].
   * Empty when the cover holds none of the week's on-call time (see `idle`).
   */
  readonly times: readonly (readonly string[])[];
  /** The cover as written, when it reaches beyond those times (past the week, or outside the hours). */
  readonly written?: readonly string[];
  /** The zone of the times when it is not the calendar's (the zone the table's columns are in), else undefined. */
  readonly zone?: string;
  /** Why a cover in this week holds none of its on-call time: outside the rotation's hours, or under an earlier cover. */
  readonly idle?: 'outside-hours' | 'overlapped';
}

/**
 * Per week (`YYYY-Www`), the covers that fall in it, in order, for the calendar: the on-call time each one
 * takes (the week's shifts with its index, as the feeds and "on call now" have them) and the cover as
 * written where that differs. Times are in the rotation's zone, the one its covers are written in.
 */
export function weekCovers(rotation: Pick<Rotation, 'hours' | 'covers'>, calendar: Pick<CompanyCalendar, 'timezone'>, weeks: readonly Shift[]): Map<string, WeekCover[]> {
  const byWeek = new Map<string, WeekCover[]>();
  if (rotation.covers.length === 0) return byWeek;
  const zone = rotationZone(rotation, calendar);
  const spans = coverSpans(rotation, zone);
  const hours = weeklyHours(rotation, zone);
  const named = zone === calendar.timezone ? {} : { zone };
  for (const w of weeks) {
    const start = w.start.getTime();
    const end = w.end.getTime();
    const here = spans.filter((c) => c.start < end && c.end > start);
    if (here.length === 0) continue;
    byWeek.set(
      w.week,
      here.map((c) => {
        const parts = w.shifts.filter((p) => p.reason === 'cover' && p.coverIndex === c.index);
        const times = parts.map((p) => calendarTimeRange(p.start, p.end, zone));
        const whole = parts.length === 1 && parts[0]!.start.getTime() === c.start && parts[0]!.end.getTime() === c.end;
        const idle = parts.length > 0 ? undefined : hours && hoursWithin(hours, Math.max(c.start, start), Math.min(c.end, end)).length === 0 ? 'outside-hours' : 'overlapped';
        return {
          index: c.index,
          engineer: c.engineer,
          reason: c.reason,
          times,
          ...(whole ? {} : { written: calendarTimeRange(new Date(c.start), new Date(c.end), zone) }),
          ...named,
          ...(idle ? { idle } : {}),
        };
      }),
    );
  }
  return byWeek;
}
