import type { CompanyCalendar, Rotation } from '../model.ts';
import { LOCAL_DATE_TIME_PATTERN } from '../schemas/rotation.ts';
import { zoneOffsetMs } from './offsets.ts';
import { boundaryAt, resolveWall } from './wall-time.ts';

const MS_PER_MINUTE = 60_000;

/**
 * The rotation's time zone: its `hours.timezone`, else `calendar.timezone`. Its hours windows and its
 * covers' local date-times are read in it; weeks and hand-offs stay in the company calendar's zone, so
 * every rotation shares the same company weeks.
 */
export const rotationZone = (rotation: Pick<Rotation, 'hours'>, calendar: Pick<CompanyCalendar, 'timezone'>): string =>
  rotation.hours?.timezone ?? calendar.timezone;

/** What a wall-clock time stands for in a zone. */
export type WallInstant =
  | { readonly kind: 'exact'; readonly ms: number }
  /** The wall time occurs twice (clocks going back): first at `ms`, again at `later`. */
  | { readonly kind: 'ambiguous'; readonly ms: number; readonly later: number; readonly offsets: readonly [string, string] }
  /** The wall time does not exist (clocks going forward): `ms` is when the clocks jump, from `gapFrom` to `gapTo` (HH:MM). */
  | { readonly kind: 'gap'; readonly ms: number; readonly gapFrom: string; readonly gapTo: string };

/** "+01:00" for 3_600_000. */
export function offsetText(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / MS_PER_MINUTE);
  return `${ms < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "HH:MM" of a wall-clock ms (local time as if UTC). */
const clockText = (wall: number) => new Date(wall).toISOString().slice(11, 16);

/**
 * The instant(s) a wall-clock time (`wall`: the local time as if it were UTC, in ms) stands for in `timeZone`.
 * Assumes at most one offset change within a day either side, true of every IANA zone since 1970.
 */
export function wallInstant(wall: number, timeZone: string): WallInstant {
  const w = resolveWall(wall, (ms) => zoneOffsetMs(timeZone, ms));
  if (w.kind === 'exact') return w;
  if (w.kind === 'ambiguous') return { kind: 'ambiguous', ms: w.ms, later: w.later, offsets: [offsetText(w.before), offsetText(w.after)] };
  return { kind: 'gap', ms: w.ms, gapFrom: clockText(w.ms + w.before), gapTo: clockText(w.ms + w.after) };
}

/** Where a stretch that starts (or ends) at a wall-clock time in `timeZone` starts (or ends): see boundaryAt. */
export function boundaryMs(wall: number, timeZone: string, side: 'start' | 'end'): number {
  return boundaryAt(wall, (ms) => zoneOffsetMs(timeZone, ms), side);
}

/** `YYYY-MM-DDTHH:MM[:SS]` of a local date-time as a wall-clock ms, and its explicit offset in ms if it has one. */
export function parseLocalDateTime(text: string): { wall: number; offset?: number } {
  const m = LOCAL_DATE_TIME_PATTERN.exec(text)!;
  const [y, mo, d] = m[1]!.split('-').map(Number) as [number, number, number];
  const wall = new Date(0).setUTCFullYear(y, mo - 1, d) + (Number(m[2]) * 60 + Number(m[3])) * MS_PER_MINUTE + Number(m[4] ?? 0) * 1000;
  const offset = m[5];
  if (offset === undefined) return { wall };
  const sign = offset.startsWith('-') ? -1 : 1;
  return { wall, offset: offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * MS_PER_MINUTE };
}

/** A cover's `from` or `to` (checked by the schema) as an instant: exact with an offset, else a boundary in `timeZone`. */
export function localDateTimeMs(text: string, timeZone: string, side: 'start' | 'end'): number {
  const { wall, offset } = parseLocalDateTime(text);
  return offset !== undefined ? wall - offset : boundaryMs(wall, timeZone, side);
}
