import { computeRotations, holidaysOf, onCallAt, pipelineOnCallAt } from './calendar/engine.ts';
import { layeredParts, layerAt, shiftAt } from './calendar/layers.ts';
import type { EngineSchedule, ScheduleRange } from './calendar/types.ts';
import type { Model } from './model.ts';
import { doubleBookings } from './rules/double-booked.ts';
import { findProblems, type CalendarProblem } from './rules/week-problems.ts';

/**
 * The on-call calendar as the faces see it, in one place: what the engine computes (core/calendar/),
 * with the problems the calendar rules find in it (core/rules/). The CLI, the site, the change report,
 * the handoff and the feeds present what these functions return and compute nothing of their own.
 */

export { checkedRange, shownRange } from './calendar/ranges.ts';
export { layeredParts, layerAt, onCallAt, pipelineOnCallAt, shiftAt };
export type { LayeredPart } from './calendar/layers.ts';
export type { OnCall, PipelineOnCall } from './calendar/engine.ts';
export type { FairnessRow, LineupInfo, ScheduleRange, Shift, ShiftPart } from './calendar/types.ts';
export type { CalendarProblem } from './rules/week-problems.ts';

export interface RotationSchedule extends EngineSchedule {
  /** Problems of the listed weeks, in week order; the first listed week is compared with the one before it. */
  readonly problems: readonly CalendarProblem[];
}

/**
 * The weeks of one rotation in `range`, with their problems and fairness counts. Double-booking
 * involves the other rotations, so they are computed too; with many rotations, call
 * computeSchedules once rather than this for each.
 */
export function computeSchedule(model: Model, rotationId: string, range: ScheduleRange): RotationSchedule {
  if (!model.byId.rotations.has(rotationId)) throw new RangeError(`unknown rotation "${rotationId}"`);
  return computeSchedules(model, range).find((s) => s.rotation === rotationId)!;
}

/** Every rotation in the model's order (sorted by id), with its problems. */
export function computeSchedules(model: Model, range: ScheduleRange): RotationSchedule[] {
  const computed = computeRotations(model, range);
  const holidays = holidaysOf(model);
  const booked = doubleBookings(model, computed, holidays);
  return computed.map((c) => {
    const own = c.listTo > c.listFrom ? findProblems(c.slots, c.listFrom, c.listTo, c.lineups, holidays) : [];
    // Each list is in week order already; a stable sort merges them by week.
    const problems = [...own, ...(booked.get(c.id) ?? [])].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
    return { ...c.schedule, problems };
  });
}
