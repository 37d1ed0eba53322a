import { zoneOffsetMs } from './offsets.ts';

/**
 * A calendar date with no time and no zone, as a whole number of days since 1970-01-01.
 *
 * Company weeks, holidays and rotation starts are all calendar dates; doing their arithmetic
 * on plain integers keeps it exact (no DST, no machine TZ) and fast enough to walk decades of
 * weeks in microseconds. Only shift boundaries become instants, through `instantAt`.
 */
export type CivilDay = number;

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

export function civilDay(year: number, month: number, day: number): CivilDay {
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  return Math.round(new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY);
}

/** `YYYY-MM-DD` (already validated by the schemas) to a civil day. */
export function parseCivilDay(text: string): CivilDay {
  return civilDay(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

export function civilParts(day: CivilDay): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function formatCivilDay(day: CivilDay): string {
  const p = civilParts(day);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** 0 = sunday … 6 = saturday. 1970-01-01 was a thursday. */
export function dayOfWeek(day: CivilDay): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The latest day on or before `day` that falls on `weekStartsOn`. */
export function startOfWeekDay(day: CivilDay, weekStartsOn: number): CivilDay {
  return day - ((dayOfWeek(day) - weekStartsOn + 7) % 7);
}

/** The calendar date of an instant as seen in `timeZone`. */
export function localDay(instant: Date, timeZone: string): CivilDay {
  const ms = instant.getTime();
  return Math.floor((ms + zoneOffsetMs(timeZone, ms)) / MS_PER_DAY);
}


/**
 * The instant at local wall time `minutes` after midnight on `day` in `timeZone`.
 *
 * Two (cached) offset look-ups instead of building a zoned date: this runs for every listed week
 * of every rotation. A wall time that DST skips resolves forward by the gap (02:30 becomes 03:30), as
 * TZDate does; one that occurs twice (clocks going back) resolves to the earlier instant, as
 * Temporal's "compatible" does, so the hand-off is never later than the wall clock said.
 * Assumes at most one offset change within a day, true of every IANA zone since 1970.
 */
export function instantAt(day: CivilDay, minutes: number, timeZone: string): Date {
  const wall = day * MS_PER_DAY + minutes * MS_PER_MINUTE;
  const before = zoneOffsetMs(timeZone, wall - MS_PER_DAY);
  const early = wall - before;
  const atEarly = zoneOffsetMs(timeZone, early);
  if (atEarly === before) return new Date(early);
  // The offset changed within the day before: either the wall time exists only with the new
  // offset, or it fell in the gap and moves forward by it.
  const late = wall - atEarly;
  return new Date(zoneOffsetMs(timeZone, late) === atEarly ? late : early);
}

/** `"HH:MM"` (validated by the schemas) to minutes after midnight. */
export function parseClock(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}
