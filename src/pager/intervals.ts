import type { RotationSchedule } from '../core/schedules.ts';

/**
 * On-call time as plain intervals, and the comparison of two such timelines. The engine's shifts
 * become intervals here: hours leave gaps (nobody on call) and covers split weeks, and the
 * comparison needs to know nothing of either.
 */

/** Someone on call over [start, end), in ms since the epoch. */
export interface OnCallInterval {
  readonly start: number;
  readonly end: number;
  readonly who: string;
}

/** A stretch where the two timelines name different people: `site` and `feed` hold who each names (empty: nobody). */
export interface Disagreement {
  readonly start: number;
  readonly end: number;
  readonly site: readonly string[];
  readonly feed: readonly string[];
}

/** The rotation's on-call time in the schedule's listed weeks, as the engine computed it: each week's shifts (its hours, split around covers). */
export function scheduleIntervals(schedule: RotationSchedule): OnCallInterval[] {
  return schedule.weeks.flatMap((week) => week.shifts.map((p) => ({ start: p.start.getTime(), end: p.end.getTime(), who: p.engineer })));
}

/**
 * Where the two timelines differ within [from, to), minute by minute: who each names at the start of
 * every minute, found by a sweep over the boundaries rather than by walking the minutes; adjacent
 * stretches with the same two answers are merged into one.
 */
export function compareTimelines(site: readonly OnCallInterval[], feed: readonly OnCallInterval[], from: number, to: number): Disagreement[] {
  const siteAt = new Sweep(site);
  const feedAt = new Sweep(feed);
  const points = [...new Set([from, to, ...[...site, ...feed].flatMap((i) => [i.start, i.end]).filter((t) => t > from && t < to)])].sort((a, b) => a - b);
  const out: Disagreement[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    const s = siteAt.who(start);
    const f = feedAt.who(start);
    if (same(s, f)) continue;
    // Compared at the start of each minute: a stretch that holds no minute's start is no disagreement
    // (a tool that writes seconds, 08:59:59, is not a minute off), and one that does spans whole minutes.
    const first = ceilMinute(start);
    const stop = ceilMinute(end);
    if (first >= stop) continue;
    const last = out.at(-1);
    if (last && last.end === first && same(last.site, s) && same(last.feed, f)) out[out.length - 1] = { ...last, end: stop };
    else out.push({ start: first, end: stop, site: s, feed: f });
  }
  return out;
}

/** Who is on call at increasing instants: counts per person, moved forward through the sorted boundaries. */
class Sweep {
  private readonly changes: { t: number; who: string; delta: number }[];

  private readonly count = new Map<string, number>();

  private next = 0;

  constructor(intervals: readonly OnCallInterval[]) {
    this.changes = intervals
      .filter((i) => i.end > i.start)
      .flatMap((i) => [
        { t: i.start, who: i.who, delta: 1 },
        { t: i.end, who: i.who, delta: -1 },
      ])
      .sort((a, b) => a.t - b.t);
  }

  /** The people on call at `t`, sorted; `t` must not decrease between calls. */
  who(t: number): string[] {
    while (this.next < this.changes.length && this.changes[this.next]!.t <= t) {
      const c = this.changes[this.next++]!;
      this.count.set(c.who, (this.count.get(c.who) ?? 0) + c.delta);
    }
    return [...this.count].filter(([, n]) => n > 0).map(([who]) => who).sort();
  }
}

const MINUTE = 60_000;
const ceilMinute = (t: number) => Math.ceil(t / MINUTE) * MINUTE;

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
