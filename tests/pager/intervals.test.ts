import { describe, expect, it } from 'vitest';
import type { RotationSchedule } from '../../src/core/schedules.ts';
import { compareTimelines, scheduleIntervals } from '../../src/pager/intervals.ts';

const H = 3_600_000;
const i = (start: number, end: number, who: string) => ({ start: start * H, end: end * H, who });
const hours = (list: ReturnType<typeof compareTimelines>) => list.map((d) => ({ ...d, start: d.start / H, end: d.end / H }));

/** The reference: who each side names at every minute, compared minute by minute. */
function byMinute(site: ReturnType<typeof i>[], feed: ReturnType<typeof i>[], from: number, to: number): string[] {
  const out: string[] = [];
  const at = (list: ReturnType<typeof i>[], t: number) => [...new Set(list.filter((x) => x.start <= t && t < x.end).map((x) => x.who))].sort().join('+');
  for (let t = from * H; t < to * H; t += 60_000) if (at(site, t) !== at(feed, t)) out.push(`${t / 60_000}:${at(site, t)}/${at(feed, t)}`);
  return out;
}
const expand = (list: ReturnType<typeof compareTimelines>): string[] =>
  list.flatMap((d) => {
    const out: string[] = [];
    for (let t = d.start; t < d.end; t += 60_000) out.push(`${t / 60_000}:${d.site.join('+')}/${d.feed.join('+')}`);
    return out;
  });

describe('compareTimelines', () => {
  it('returns nothing when both sides name the same person at every instant, however the feed splits its events', () => {
    expect(compareTimelines([i(0, 168, 'a')], [i(0, 20, 'a'), i(20, 168, 'a')], 0, 168 * H)).toEqual([]);
  });

  it('returns each stretch where they differ, merged, with who each side names (nobody as an empty list)', () => {
    const site = [i(0, 168, 'a'), i(168, 336, 'b')];
    const feed = [i(0, 100, 'a'), i(100, 110, 'c'), i(110, 168, 'a'), i(170, 336, 'b'), i(200, 210, 'a')];
    expect(hours(compareTimelines(site, feed, 0, 336 * H))).toEqual([
      { start: 100, end: 110, site: ['a'], feed: ['c'] },
      { start: 168, end: 170, site: ['b'], feed: [] },
      { start: 200, end: 210, site: ['b'], feed: ['a', 'b'] },
    ]);
  });

  it('compares only within [from, to)', () => {
    expect(hours(compareTimelines([i(0, 10, 'a')], [i(0, 10, 'b')], 2 * H, 5 * H))).toEqual([{ start: 2, end: 5, site: ['a'], feed: ['b'] }]);
  });

  it('agrees with a minute-by-minute comparison on overlapping, split and missing intervals', () => {
    const site = [i(0, 24, 'a'), i(24, 30, 'b'), i(36, 48, 'a'), i(40, 44, 'c')];
    const feed = [i(0, 12, 'a'), i(12, 13, 'b'), i(13, 30, 'a'), i(29, 40, 'b'), i(41, 47, 'a'), i(47, 48, 'c')];
    expect(expand(compareTimelines(site, feed, 0, 48 * H))).toEqual(byMinute(site, feed, 0, 48));
  });
});

describe('compareTimelines at minute resolution', () => {
  const M = 60_000;
  it('ignores a difference that holds no minute start, and widens one that does to whole minutes', () => {
    // The feed ends a second early (08:59:59), then is 90 seconds late somewhere else.
    const site = [{ start: 0, end: 60 * M, who: 'a' }, { start: 60 * M, end: 120 * M, who: 'b' }];
    const feed = [{ start: 0, end: 60 * M - 1000, who: 'a' }, { start: 60 * M - 1000, end: 90 * M + 30_000, who: 'b' }, { start: 90 * M + 30_000, end: 120 * M, who: 'c' }];
    expect(compareTimelines(site, feed, 0, 120 * M)).toEqual([{ start: 91 * M, end: 120 * M, site: ['b'], feed: ['c'] }]);
  });

  it('agrees with sampling every minute start on boundaries with seconds', () => {
    const site = [{ start: 0, end: 7 * M + 5000, who: 'a' }, { start: 7 * M + 5000, end: 20 * M, who: 'b' }];
    const feed = [{ start: 30_000, end: 7 * M + 59_000, who: 'a' }, { start: 9 * M, end: 20 * M, who: 'b' }];
    const sampled: string[] = [];
    const at = (l: typeof site, t: number) => l.filter((x) => x.start <= t && t < x.end).map((x) => x.who).join('+');
    for (let t = 0; t < 20 * M; t += M) if (at(site, t) !== at(feed, t)) sampled.push(`${t / M}:${at(site, t)}/${at(feed, t)}`);
    expect(expand(compareTimelines(site, feed, 0, 20 * M))).toEqual(sampled);
  });
});

describe('scheduleIntervals', () => {
  it("returns each week's shifts as the engine splits them (hours, covers)", () => {
    const part = (start: string, end: string, engineer: string) => ({ start: new Date(start), end: new Date(end), engineer });
    const schedule = {
      weeks: [
        { week: '2026-W50', shifts: [part('2026-12-07T08:00:00Z', '2026-12-14T08:00:00Z', 'a')] },
        {
          week: '2026-W51',
          shifts: [part('2026-12-14T08:00:00Z', '2026-12-16T17:00:00Z', 'b'), part('2026-12-16T17:00:00Z', '2026-12-17T08:00:00Z', 'c'), part('2026-12-17T08:00:00Z', '2026-12-21T08:00:00Z', 'b')],
        },
      ],
    } as unknown as RotationSchedule;
    expect(scheduleIntervals(schedule).map((i) => [new Date(i.start).toISOString(), new Date(i.end).toISOString(), i.who])).toEqual([
      ['2026-12-07T08:00:00.000Z', '2026-12-14T08:00:00.000Z', 'a'],
      ['2026-12-14T08:00:00.000Z', '2026-12-16T17:00:00.000Z', 'b'],
      ['2026-12-16T17:00:00.000Z', '2026-12-17T08:00:00.000Z', 'c'],
      ['2026-12-17T08:00:00.000Z', '2026-12-21T08:00:00.000Z', 'b'],
    ]);
  });
});
