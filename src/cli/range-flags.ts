import { instantAt, parseCivilDay } from '../core/calendar/civil.ts';
import type { Model } from '../core/model.ts';
import { dateHint, isRealDate } from '../core/schemas/common.ts';
import { UsageError } from './args.ts';

/** The most weeks a command lists or compares: a century. */
export const MAX_WEEKS = 5200;

/** `--weeks N`, checked: a whole number from 1 to MAX_WEEKS. */
export function weeksFlag(value: string | undefined, fallback: number): number {
  const weeks = value === undefined ? fallback : Number(value);
  if (!/^\d+$/.test(value ?? String(fallback)) || weeks < 1 || weeks > MAX_WEEKS) {
    throw new UsageError(`--weeks must be a whole number from 1 to ${MAX_WEEKS}, got "${value}"`);
  }
  return weeks;
}

/** `--from YYYY-MM-DD`, checked; its form is a usage error apart from a date the calendar does not have. */
export function checkFromFlag(value: string | undefined): void {
  if (value === undefined || isRealDate(value)) return;
  throw new UsageError(
    /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? `--from ${value} does not exist: ${dateHint(value)}; give a real date, e.g. 2026-11-23`
      : `--from must be a date as YYYY-MM-DD, e.g. 2026-11-23, got "${value}"`,
  );
}

/** The instant a `--from` date stands for (noon in the company's zone, inside the day whatever DST does), or `now`. */
export function fromFlag(value: string | undefined, now: Date, model: Model): Date {
  checkFromFlag(value);
  return value !== undefined ? instantAt(parseCivilDay(value), 12 * 60, model.site.calendar.timezone) : now;
}
