import { localDateTimeMs, parseLocalDateTime, wallInstant } from '../calendar/local-time.ts';
import { indicesAt, textAt, type FileView } from '../file-view.ts';
import { DAY_NAMES } from '../schemas/rotation.ts';
import { isTimeZone } from '../schemas/common.ts';
import type { RuleContext } from './context.ts';

const MINUTES_PER_WEEK = 7 * 1440;

/**
 * A rotation's covers and hours, in its own file: each cover's local times exist in the rotation's zone
 * and are not ambiguous, it ends after it starts, no two covers overlap, and no two windows overlap.
 * Values the schema rejected are skipped, so a bad value is one problem, not several.
 */
export function coverRules(ctx: RuleContext, view: FileView): void {
  const zone = rotationZoneOf(ctx, view);
  const covers: { index: number; start: number; end: number; from: string; to: string; engineer: string }[] = [];
  for (const i of indicesAt(view, ['covers'])) {
    const from = textAt(view, ['covers', i, 'from']);
    const to = textAt(view, ['covers', i, 'to']);
    if (zone === undefined) continue;
    const fromOk = from !== undefined && localTimeExists(ctx, view, i, 'from', from, zone);
    const toOk = to !== undefined && localTimeExists(ctx, view, i, 'to', to, zone);
    if (!fromOk || !toOk) continue;
    const start = localDateTimeMs(from, zone, 'start');
    const end = localDateTimeMs(to, zone, 'end');
    if (end <= start) {
      ctx.report(view.file, ['covers', i, 'to'], 'cover-range', { index: i, from, to, equal: end === start });
      continue;
    }
    covers.push({ index: i, start, end, from, to, engineer: textAt(view, ['covers', i, 'engineer']) ?? '?' });
  }
  for (const later of covers) {
    const earlier = covers.find((c) => c.index < later.index && c.start < later.end && later.start < c.end);
    if (!earlier) continue;
    const { line } = ctx.locate(view.file, ['covers', earlier.index]);
    const { index, from, to, engineer } = later;
    ctx.report(view.file, ['covers', index], 'cover-overlap', { index, from, to, engineer, other: { index: earlier.index, from: earlier.from, to: earlier.to, engineer: earlier.engineer, line } });
  }
  windowOverlaps(ctx, view);
}

/** The zone covers are read in: `hours.timezone`, else `calendar.timezone`; undefined when the one that applies is unreadable. */
function rotationZoneOf(ctx: RuleContext, view: FileView): string | undefined {
  const own = textAt(view, ['hours', 'timezone']);
  if (own !== undefined) return isTimeZone(own) ? own : undefined;
  return ctx.calendar?.timezone;
}

/** A cover's `from` or `to` exists in `zone`, once: false after reporting a time the clocks skip or show twice. */
function localTimeExists(ctx: RuleContext, view: FileView, i: number, key: 'from' | 'to', text: string, zone: string): boolean {
  const { wall, offset } = parseLocalDateTime(text);
  if (offset !== undefined) return true;
  const found = wallInstant(wall, zone);
  const path = ['covers', i, key];
  if (found.kind === 'gap') {
    ctx.report(view.file, path, 'cover-time', { problem: 'gap', index: i, key, text, zone, gapFrom: found.gapFrom, gapTo: found.gapTo });
    return false;
  }
  if (found.kind === 'ambiguous') {
    const [first, second] = found.offsets;
    ctx.report(view.file, path, 'cover-time', { problem: 'repeat', index: i, key, text, zone, first, second });
    return false;
  }
  return true;
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const clockOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Windows of one rotation do not overlap: each is laid on a week of minutes from Monday 00:00 and compared with the ones before it. */
function windowOverlaps(ctx: RuleContext, view: FileView): void {
  const laid: { index: number; spans: [number, number][]; text: string }[] = [];
  for (const i of indicesAt(view, ['hours', 'windows'])) {
    const from = textAt(view, ['hours', 'windows', i, 'from']);
    const to = textAt(view, ['hours', 'windows', i, 'to']);
    const days = indicesAt(view, ['hours', 'windows', i, 'days']).map((k) => textAt(view, ['hours', 'windows', i, 'days', k]));
    if (from === undefined || to === undefined || from === to || days.some((d) => d === undefined)) continue;
    const start = minutesOf(from);
    const end = minutesOf(to) <= start ? minutesOf(to) + 1440 : minutesOf(to);
    const spans: [number, number][] = [];
    for (const day of new Set(days as string[])) {
      const s = DAY_NAMES.indexOf(day as (typeof DAY_NAMES)[number]) * 1440 + start;
      const e = s + end - start;
      // Sunday night past midnight wraps to Monday morning.
      if (e <= MINUTES_PER_WEEK) spans.push([s, e]);
      else spans.push([s, MINUTES_PER_WEEK], [0, e - MINUTES_PER_WEEK]);
    }
    const text = `${[...new Set(days)].join(', ')} ${from} to ${to}`;
    for (const other of laid) {
      const overlap = firstOverlap(spans, other.spans);
      if (!overlap) continue;
      const { line } = ctx.locate(view.file, ['hours', 'windows', other.index]);
      const [s] = overlap;
      ctx.report(view.file, ['hours', 'windows', i], 'window-overlap', {
        index: i,
        window: text,
        other: { index: other.index, window: other.text, line },
        day: DAY_NAMES[Math.floor(s / 1440)]!,
        at: clockOf(s % 1440),
      });
      break;
    }
    laid.push({ index: i, spans, text });
  }
}

function firstOverlap(a: readonly [number, number][], b: readonly [number, number][]): [number, number] | undefined {
  let found: [number, number] | undefined;
  for (const [s1, e1] of a) {
    for (const [s2, e2] of b) {
      const s = Math.max(s1, s2);
      const e = Math.min(e1, e2);
      if (s < e && (!found || s < found[0])) found = [s, e];
    }
  }
  return found;
}
