import type { Shift, ShiftPart } from './types.ts';

/**
 * Who holds an instant, in one rotation or through layers: the one rule every face uses, so the CLI's
 * `oncall --at`, the site's build-time cards and the timelines pages embed cannot disagree.
 */

/** The shift of `weeks` that holds `at`, if any: weeks and their shifts are in order, so a binary search. */
export function shiftAt(weeks: readonly Shift[], at: Date): { week: Shift; shift: ShiftPart } | undefined {
  const t = at.getTime();
  let lo = 0;
  let hi = weeks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = weeks[mid]!;
    if (w.end.getTime() <= t) lo = mid + 1;
    else if (w.start.getTime() > t) hi = mid - 1;
    else {
      const shift = w.shifts.find((s) => s.start.getTime() <= t && t < s.end.getTime());
      return shift ? { week: w, shift } : undefined;
    }
  }
  return undefined;
}

/** The shift holding `at` in the first of `layers` (each a rotation's weeks, in the pipeline's order) with someone on call then. */
export function layerAt(layers: readonly (readonly Shift[])[], at: Date): { layer: number; week: Shift; shift: ShiftPart } | undefined {
  for (const [layer, weeks] of layers.entries()) {
    const found = shiftAt(weeks, at);
    if (found) return { layer, ...found };
  }
  return undefined;
}

/** A stretch of a pipeline's timeline: a part of one layer's shift (all of it, or what the layers above leave). */
export interface LayeredPart {
  readonly start: Date;
  /** Exclusive. */
  readonly end: Date;
  readonly layer: number;
  readonly engineer: string;
  /** The layer's shift this stretch is (part of). */
  readonly shift: ShiftPart;
}

/**
 * Who covers a pipeline from `from` to `to`, in order, with gaps where no layer has anyone: the layers'
 * shifts cut at every boundary of any of them, each piece going to whoever layerAt names at its start
 * (nobody changes inside a piece), and neighbouring pieces of the same shift joined again.
 */
export function layeredParts(layers: readonly (readonly Shift[])[], from: Date, to: Date): LayeredPart[] {
  const lo = from.getTime();
  const hi = to.getTime();
  const cuts = new Set<number>([lo]);
  for (const weeks of layers) {
    for (const week of weeks) {
      if (week.end.getTime() <= lo || week.start.getTime() >= hi) continue;
      for (const s of week.shifts) {
        for (const t of [s.start.getTime(), s.end.getTime()]) if (t > lo && t < hi) cuts.add(t);
      }
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: LayeredPart[] = [];
  for (const [i, t] of sorted.entries()) {
    const found = layerAt(layers, new Date(t));
    if (!found) continue;
    const end = Math.min(sorted[i + 1] ?? hi, found.shift.end.getTime());
    const last = out.at(-1);
    if (last && last.shift === found.shift && last.end.getTime() === t) out[out.length - 1] = { ...last, end: new Date(end) };
    else out.push({ start: new Date(t), end: new Date(end), layer: found.layer, engineer: found.shift.engineer, shift: found.shift });
  }
  return out;
}
