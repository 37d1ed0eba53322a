import type { Rotation } from '../model.ts';
import { DAY_NAMES } from '../schemas/rotation.ts';
import { dayOfWeek, localDay, parseClock, type CivilDay } from './civil.ts';
import { boundaryMs } from './local-time.ts';
import { windowWords } from './hours-words.ts';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** A half-open stretch of time [start, end) in epoch milliseconds. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** 0 = sunday … 6 = saturday (as `dayOfWeek`) for each of `mon` … `sun`. */
const DAY_INDEX: Record<(typeof DAY_NAMES)[number], number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 0 };

/** A rotation's hours, ready to be laid on any stretch of time. */
export interface WeeklyHours {
  readonly timeZone: string;
  /** Per weekday (0 = sunday), the windows starting that day, in minutes after midnight; `to` may pass 1440. */
  readonly byDay: readonly (readonly { readonly from: number; readonly to: number }[])[];
}

/** The hours of a rotation in `timeZone` (see rotationZone), or undefined when it is on call around the clock. */
export function weeklyHours(rotation: Pick<Rotation, 'hours'>, timeZone: string): WeeklyHours | undefined {
  if (!rotation.hours) return undefined;
  const byDay: { from: number; to: number }[][] = [[], [], [], [], [], [], []];
  for (const w of rotation.hours.windows) {
    // "20:00" to "08:00" ends the next morning; "24:00" is 1440 already.
    const { start: from, end: to } = windowMinutes(w);
    for (const day of new Set(w.days)) byDay[DAY_INDEX[day]]!.push({ from, to });
  }
  return { timeZone, byDay };
}

/**
 * The on-call time of `hours` within [start, end), sorted, overlapping and touching windows merged.
 * Each window is placed on the local days of its zone, so it keeps its wall-clock times across DST: it holds
 * every instant whose clock reads inside it (a window starting in a skipped hour starts when the clocks jump;
 * one ending in a repeated hour ends at its second showing).
 */
export function hoursWithin(hours: WeeklyHours, start: number, end: number): Span[] {
  const { timeZone, byDay } = hours;
  // A window from the day before may reach into the range.
  const first: CivilDay = localDay(new Date(start), timeZone) - 1;
  const last: CivilDay = localDay(new Date(end), timeZone);
  const spans: Span[] = [];
  for (let day = first; day <= last; day++) {
    for (const w of byDay[dayOfWeek(day)]!) {
      const s = Math.max(start, boundaryMs(day * MS_PER_DAY + w.from * MS_PER_MINUTE, timeZone, 'start'));
      const e = Math.min(end, boundaryMs(day * MS_PER_DAY + w.to * MS_PER_MINUTE, timeZone, 'end'));
      if (e > s) spans.push({ start: s, end: e });
    }
  }
  return mergeSpans(spans);
}

/** Sorted, with overlapping and touching spans joined. */
export function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** A window as written, in minutes of its first day: an end at or before the start is the next day's ("20:00" to "08:00"). */
export function windowMinutes(window: { readonly from: string; readonly to: string }): { start: number; end: number } {
  const start = parseClock(window.from);
  const written = parseClock(window.to);
  return { start, end: written <= start ? written + 1440 : written };
}

/** "Mon–Thu 17:00–09:00 next day": a window of `hours` in words, in the zone it is written in. */
export function writtenWindowWords(window: { readonly days: readonly (typeof DAY_NAMES)[number][]; readonly from: string; readonly to: string }): string {
  return windowWords(
    window.days.map((d) => DAY_NAMES.indexOf(d)),
    window.from,
    window.to,
    windowMinutes(window).end > 1440,
  );
}

/**
 * True when `hours` leave no minute of the week out (every day 00:00–24:00, say, written only to give
 * covers a zone): faces then word the rotation as around the clock.
 */
export function coversWholeWeek(hours: { readonly windows: readonly { readonly days: readonly string[]; readonly from: string; readonly to: string }[] }): boolean {
  // Windows of one rotation do not overlap (window-overlap), so their lengths add up.
  return hours.windows.reduce((sum, w) => {
    const { start, end } = windowMinutes(w);
    return sum + (end - start) * new Set(w.days).size;
  }, 0) >= 7 * 1440;
}

/** A rotation's windows in words, as written and in order: "Mon–Fri 09:00–17:00, Sat 10:00–14:00". */
export const hoursWords = (hours: { readonly windows: readonly Parameters<typeof writtenWindowWords>[0][] }): string => hours.windows.map(writtenWindowWords).join(', ');
