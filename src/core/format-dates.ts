import { zoneOffsetMs } from './calendar/offsets.ts';

/**
 * Dates and times in words, for every face: the site, the CLIs and the change report. Spelled out
 * here rather than by Intl's locale data, so the output changes neither with the machine's TZ nor
 * with the ICU version of the Node that runs it; the zone's offset comes from the calendar engine's
 * cache, which is also far cheaper than Intl when a page or a listing repeats thousands of instants.
 */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const two = (n: number) => String(n).padStart(2, '0');

/** The wall clock of `date` in `timeZone`, as a Date whose UTC fields are the local ones. */
const local = (date: Date, timeZone: string) => new Date(date.getTime() + zoneOffsetMs(timeZone, date.getTime()));

/** "09:00" of a wall clock (a Date read through its UTC fields). */
const clock = (d: Date) => `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;

/** "Mon 28 Dec" of a wall clock (a Date read through its UTC fields). */
const dayText = (d: Date) => `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;

/** "Mon 28 Dec 2026": the date of an instant in a zone. */
export function formatDate(date: Date, timeZone: string): string {
  const d = local(date, timeZone);
  return `${dayText(d)} ${d.getUTCFullYear()}`;
}

/** "Mon 28 Dec 09:00": a hand-off within the coming weeks, where the year goes without saying. */
export function formatDateTime(date: Date, timeZone: string): string {
  const d = local(date, timeZone);
  return `${dayText(d)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** "Mon 04 Jan 2027 09:00": fixed width, for the columns of a terminal table. */
export function formatWallClock(date: Date, timeZone: string): string {
  const d = local(date, timeZone);
  return `${WEEKDAYS[d.getUTCDay()]} ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** A `YYYY-MM-DD` calendar date (a holiday, a week's first day) as a wall clock: no zone involved. */
const civilDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/** "Thu 24 Dec 2026" of a `YYYY-MM-DD` calendar date. */
export function formatIsoDay(day: string): string {
  const d = civilDate(day);
  return `${dayText(d)} ${d.getUTCFullYear()}`;
}

/** "Mon 21 Dec – Sun 27 Dec 2026" (the year once when both days share it) of two `YYYY-MM-DD` dates. */
export function formatDayRange(first: string, last: string): string {
  const a = civilDate(first);
  const b = civilDate(last);
  const end = `${dayText(b)} ${b.getUTCFullYear()}`;
  return a.getUTCFullYear() === b.getUTCFullYear() ? `${dayText(a)} – ${end}` : `${formatIsoDay(first)} – ${end}`;
}

/**
 * "Wed 9 Dec 2026 18:00 – Thu 10 Dec 09:00" of two instants in a zone: the year once when both share it,
 * the day once when both share it ("Wed 9 Dec 2026 09:00–12:00"). For a cover or any stretch of hours.
 */
export function formatTimeRange(start: Date, end: Date, timeZone: string): string {
  const a = local(start, timeZone);
  const b = local(end, timeZone);
  const first = `${dayText(a)} ${a.getUTCFullYear()} ${clock(a)}`;
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${first} – ${dayText(b)} ${b.getUTCFullYear()} ${clock(b)}`;
  if (dayText(a) === dayText(b)) return `${first}–${clock(b)}`;
  return `${first} – ${dayText(b)} ${clock(b)}`;
}

/**
 * "Fri 11 Dec 12:00–17:00" or ["Wed 9 Dec 18:00", "Thu 10 Dec 09:00"]: a stretch within the calendar's
 * coming weeks, without the year (as `formatDateTime`), as one piece when it ends on the day it starts,
 * else its start and end, so that a page can keep each from breaking across lines.
 */
export function calendarTimeRange(start: Date, end: Date, timeZone: string): [string] | [string, string] {
  const a = local(start, timeZone);
  const b = local(end, timeZone);
  const sameDay = a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() === b.getUTCDate();
  return sameDay ? [`${dayText(a)} ${clock(a)}–${clock(b)}`] : [`${dayText(a)} ${clock(a)}`, `${dayText(b)} ${clock(b)}`];
}
