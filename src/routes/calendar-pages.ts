import { paths } from './routes.ts';

/** A week of a rotation's calendar, as far as its pages care: the engine's Shift has these. */
export interface ListedWeek {
  readonly week: string;
  readonly end: Date;
}

/**
 * How a rotation's calendar is spread over pages, so that no page grows with the horizon: with
 * `futureWeeks: 520` a rotation has ten years of weeks. Its own page lists the weeks around now
 * (the default horizon, 8 back and 52 ahead, fits whole); when the calendar is longer, every
 * week is also listed on a page per year, `/oncall/<rotation>/<year>/`.
 */
export const NEAR = { past: 8, future: 52 } as const;
/** The on-call overview shows up to two rotations' calendars, so a shorter window of each. */
export const OVERVIEW = { past: 4, future: 26 } as const;

/** Weeks of a schedule as a half-open index range into `schedule.weeks`. */
export interface WeekSpan {
  readonly from: number;
  readonly to: number;
}

export interface CalendarPages {
  /** Index of the week running now, else of the first week after now, else the number of weeks. */
  readonly anchor: number;
  /** The weeks on the rotation's own page. */
  readonly near: WeekSpan;
  /** The week-numbering years with a page of their own: none when the own page lists every week. */
  readonly years: readonly number[];
}

/** The week-numbering year of a `YYYY-Www` key. */
export const weekYear = (week: string) => Number(week.slice(0, 4));

/** The weeks from `past` before the anchor to `future` after it. */
export function around(anchor: number, total: number, window: { past: number; future: number }): WeekSpan {
  return { from: Math.max(0, Math.min(anchor, total) - window.past), to: Math.min(total, anchor + 1 + window.future) };
}

export function calendarPages(weeks: readonly ListedWeek[], now: Date): CalendarPages {
  const t = now.getTime();
  let anchor = weeks.findIndex((s) => t < s.end.getTime());
  if (anchor < 0) anchor = weeks.length;
  const near = around(anchor, weeks.length, NEAR);
  const whole = near.from === 0 && near.to === weeks.length;
  return { anchor, near, years: whole ? [] : [...new Set(weeks.map((w) => weekYear(w.week)))] };
}

/** The weeks of one year page (weeks are in order, so a year's are consecutive). */
export function yearSpan(weeks: readonly ListedWeek[], year: number): WeekSpan {
  const from = weeks.findIndex((w) => weekYear(w.week) === year);
  if (from < 0) return { from: 0, to: 0 };
  let to = from;
  while (to < weeks.length && weekYear(weeks[to]!.week) === year) to++;
  return { from, to };
}

/** The page (without the base) that lists `week` of `rotation`, with the week's anchor. */
export function weekHref(rotation: string, pages: CalendarPages, weeks: readonly ListedWeek[], week: string): string {
  const anchor = `#${rotation}-${week}`;
  if (pages.years.length === 0) return `${paths.rotation(rotation)}${anchor}`;
  const { from, to } = pages.near;
  const onMain = from < to && weeks[from]!.week <= week && week <= weeks[to - 1]!.week;
  return `${onMain ? paths.rotation(rotation) : paths.rotationYear(rotation, weekYear(week))}${anchor}`;
}
