// Which instant a wall-clock time stands for, given how far the zone is ahead of UTC at any instant.
// One rule for the engine (offsets from @date-fns/tz, local-time.ts) and the hours page script (offsets
// from the browser's Intl, client/hours.ts), so both place a window at the same instant, across DST.

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** How far a zone is ahead of UTC at instant `ms`, in ms. */
export type OffsetAt = (ms: number) => number;

/** What a wall-clock time stands for, as instants and offsets. */
export type WallResolution =
  | { readonly kind: 'exact'; readonly ms: number }
  /** The wall time occurs twice (clocks going back): first at `ms` (offset `before`), again at `later` (offset `after`). */
  | { readonly kind: 'ambiguous'; readonly ms: number; readonly later: number; readonly before: number; readonly after: number }
  /** The wall time does not exist (clocks going forward): `ms` is the minute the clocks jump, from offset `before` to `after`. */
  | { readonly kind: 'gap'; readonly ms: number; readonly before: number; readonly after: number };

/**
 * The instant(s) a wall-clock time (`wall`: the local time as if it were UTC, in ms) stands for.
 * Assumes at most one offset change within a day either side, true of every IANA zone since 1970.
 */
export function resolveWall(wall: number, offsetAt: OffsetAt): WallResolution {
  const before = offsetAt(wall - MS_PER_DAY);
  const after = offsetAt(wall + MS_PER_DAY);
  if (before === after) return { kind: 'exact', ms: wall - before };
  const fits = [before, after].filter((o) => offsetAt(wall - o) === o);
  if (fits.length === 1) return { kind: 'exact', ms: wall - fits[0]! };
  // Clocks went back (before > after): the wall time comes first with the earlier offset.
  if (fits.length === 2) return { kind: 'ambiguous', ms: wall - before, later: wall - after, before, after };
  // In the gap: the change happened between wall - after and wall - before; find its minute.
  let lo = wall - after;
  let hi = wall - before;
  while (hi - lo > MS_PER_MINUTE) {
    const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MS_PER_MINUTE)) * MS_PER_MINUTE;
    if (offsetAt(mid) === before) lo = mid;
    else hi = mid;
  }
  return { kind: 'gap', ms: hi, before, after };
}

/**
 * Where a stretch that starts (or ends) at a wall-clock time starts (or ends), so that it holds every
 * instant whose clock reads inside it: a time the clocks skip is the moment they jump; a time they
 * show twice starts a stretch at its first showing and ends one at its second.
 */
export function boundaryAt(wall: number, offsetAt: OffsetAt, side: 'start' | 'end'): number {
  const w = resolveWall(wall, offsetAt);
  if (w.kind !== 'ambiguous' || side === 'start') return w.ms;
  // The first wall time the clocks go back to (02:00 back to 01:00: 01:00) is never read below again
  // after its first showing; its second showing is the change itself. Any later one is read below again.
  return offsetAt(w.later - MS_PER_MINUTE) === offsetAt(w.later) ? w.later : w.ms;
}
