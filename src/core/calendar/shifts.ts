import type { Rotation } from '../model.ts';
import { hoursWithin, type Span, type WeeklyHours } from './hours.ts';
import { localDateTimeMs } from './local-time.ts';
import type { ShiftPart } from './types.ts';

/** A rotation's cover as the engine uses it: its range as instants (ms), in file order. */
export interface CoverSpan extends Span {
  /** Index in the rotation file's `covers`. */
  readonly index: number;
  readonly engineer: string;
  readonly reason: string;
  readonly agreed: boolean;
}

/**
 * The rotation's covers as instants, read in its zone (see rotationZone). A cover that ends before it starts
 * is an error (cover-range) and takes no time here. Sorted by start; ties keep file order.
 */
export function coverSpans(rotation: Pick<Rotation, 'covers'>, timeZone: string): CoverSpan[] {
  return rotation.covers
    .map((c, index) => ({
      start: localDateTimeMs(c.from, timeZone, 'start'),
      end: localDateTimeMs(c.to, timeZone, 'end'),
      index,
      engineer: c.engineer,
      reason: c.reason,
      agreed: c.agreed,
    }))
    .filter((c) => c.end > c.start)
    .sort((a, b) => a.start - b.start || a.index - b.index);
}

/** The week's own part, before covers: who the week's assignment names, and why. */
export interface WeekOwner {
  readonly engineer: string;
  readonly reason: Exclude<ShiftPart['reason'], 'cover'>;
}

/**
 * The shifts of one week [start, end): its on-call time (the whole week, or its hours) in order, each
 * stretch going to the week's engineer, or to a cover's engineer where a cover holds it. Where covers
 * overlap (an error, cover-overlap), the one listed first in the file wins. Neighbouring stretches of
 * the same engineer for the same reason are one shift, except that two covers' stretches stay apart even
 * when they name the same engineer and reason: each shift names its one cover (coverIndex), which rules
 * use to point at it in the file and to read whether it was agreed.
 */
export function weekShifts(start: number, end: number, owner: WeekOwner, hours: WeeklyHours | undefined, covers: readonly CoverSpan[]): ShiftPart[] {
  const base: readonly Span[] = hours ? hoursWithin(hours, start, end) : [{ start, end }];
  const here = covers.filter((c) => c.start < end && c.end > start);
  const parts: ShiftPart[] = [];
  const push = (from: number, to: number, cover: CoverSpan | undefined) => {
    const last = parts[parts.length - 1];
    if (last && last.end.getTime() === from && last.coverIndex === cover?.index && (cover || last.reason !== 'cover')) {
      parts[parts.length - 1] = { ...last, end: new Date(to) };
      return;
    }
    parts.push(
      cover
        ? { start: new Date(from), end: new Date(to), engineer: cover.engineer, reason: 'cover', note: cover.reason, coverIndex: cover.index }
        : { start: new Date(from), end: new Date(to), engineer: owner.engineer, reason: owner.reason },
    );
  };
  for (const span of base) {
    if (here.length === 0) {
      push(span.start, span.end, undefined);
      continue;
    }
    // Cut at every cover boundary inside the span: each piece is then wholly inside or outside each cover.
    const cuts = new Set([span.start, span.end]);
    for (const c of here) {
      if (c.start > span.start && c.start < span.end) cuts.add(c.start);
      if (c.end > span.start && c.end < span.end) cuts.add(c.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      let cover: CoverSpan | undefined;
      for (const c of here) if (c.start <= from && c.end >= to && (!cover || c.index < cover.index)) cover = c;
      push(from, to, cover);
    }
  }
  return parts;
}
