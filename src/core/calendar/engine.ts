import type { Model, Rotation } from '../model.ts';
import { baseSlots, lineupsOf, type Slot } from './assign.ts';
import { instantAt, localDay, parseCivilDay, parseClock, startOfWeekDay } from './civil.ts';
import { fairness } from './fairness.ts';
import { HolidayIndex } from './holidays.ts';
import { weeklyHours } from './hours.ts';
import { rotationZone } from './local-time.ts';
import { swapNote } from './notes.ts';
import { coverSpans, weekShifts, type CoverSpan } from './shifts.ts';
import { layerAt, shiftAt } from './layers.ts';
import { applyHolidaySwaps } from './swaps.ts';
import type { ComputedRotation, EngineSchedule, ScheduleRange, Shift, ShiftPart } from './types.ts';

/**
 * The on-call engine: who is on call when, and nothing about whether that is a problem (core/rules/
 * checks its output; core/schedules.ts is the one entry point that gives the faces both).
 *
 * Pure: no I/O, no clock (the range is a parameter), and no dependence on the machine's TZ:
 * weeks are reckoned on calendar dates in `calendar.timezone`, hours and covers in the rotation's
 * zone, and only boundaries are turned into instants.
 */

// The model is frozen, so its holiday index can be built once and shared by every rotation and call.
const holidayIndexes = new WeakMap<Model, HolidayIndex>();
export function holidaysOf(model: Model): HolidayIndex {
  let index = holidayIndexes.get(model);
  if (!index) holidayIndexes.set(model, (index = new HolidayIndex(model.people)));
  return index;
}

export function checkRange(range: ScheduleRange): void {
  if (!Number.isInteger(range.weeks) || range.weeks < 0) throw new RangeError(`weeks must be a whole number ≥ 0, got ${range.weeks}`);
  if (Number.isNaN(range.from.getTime())) throw new RangeError('from must be a valid date');
}

/**
 * Every rotation (or those in `only`), in the model's order (sorted by id). Holiday swaps depend on every
 * earlier week, so each rotation is computed from its start week and the range is sliced out afterwards.
 */
export function computeRotations(model: Model, range: ScheduleRange, only?: ReadonlySet<string>): ComputedRotation[] {
  checkRange(range);
  const holidays = holidaysOf(model);
  return model.rotations.filter((r) => !only || only.has(r.id)).map((rotation) => computeRotation(model, rotation, range, holidays));
}

function computeRotation(model: Model, rotation: Rotation, range: ScheduleRange, holidays: HolidayIndex): ComputedRotation {
  const calendar = model.site.calendar;
  const lineups = lineupsOf(rotation, calendar);
  const n = Math.max(...lineups.map((l) => l.members.length));

  const firstDay = startOfWeekDay(parseCivilDay(rotation.start), calendar.weekStartsOn);
  const fromDay = startOfWeekDay(localDay(range.from, calendar.timezone), calendar.weekStartsOn);
  const offset = (fromDay - firstDay) / 7;
  const listFrom = Math.max(0, offset);
  const listTo = Math.max(0, offset + range.weeks);

  // A swap for the last listed week may trade with one up to 2n weeks later, whose neighbour is checked too.
  const slots = baseSlots(rotation, calendar, listTo > 0 ? listTo + 2 * n + 1 : 0);
  applyHolidaySwaps(slots, lineups, rotation.assignment, holidays, listTo);

  const listed = slots.slice(listFrom, listTo);
  const handoff = parseClock(rotation.handoff);
  const zone = rotationZone(rotation, calendar);
  const hours = weeklyHours(rotation, zone);
  const covers = rotation.covers.length ? coverSpans(rotation, zone) : [];
  const weeks = listed.map((slot) => toShift(slot, handoff, calendar.timezone, rotation.overrides, hours, covers));
  const schedule: EngineSchedule = {
    rotation: rotation.id,
    name: rotation.name,
    lineups: lineups.map(({ version, week, members }) => ({ version, from: week, members })),
    weeks,
    fairness: fairness(
      listed,
      [...new Set(lineups.flatMap((l) => l.members))],
      weeks.map((w) => w.shifts),
      zone,
    ),
  };
  return { id: rotation.id, slots, lineups, listFrom, listTo, schedule };
}

const PART_REASON = { rotation: 'rotation', override: 'override', 'holiday-swap': 'swap' } as const satisfies Record<Slot['reason'], ShiftPart['reason']>;

function toShift(
  slot: Slot,
  handoff: number,
  timeZone: string,
  overrides: Rotation['overrides'],
  hours: ReturnType<typeof weeklyHours>,
  covers: readonly CoverSpan[],
): Shift {
  const { week, swap } = slot;
  const note = swap ? swapNote(week.key, swap, undefined, slot.scheduled) : slot.overrideIndex !== undefined ? overrides[slot.overrideIndex]?.reason : undefined;
  const start = instantAt(week.startDay, handoff, timeZone);
  const end = instantAt(week.startDay + 7, handoff, timeZone);
  const owner = { engineer: slot.engineer, reason: PART_REASON[slot.reason] };
  // Around the clock with no cover (every rotation today): one shift, the week itself, at no extra cost.
  const shifts: ShiftPart[] =
    !hours && covers.length === 0 ? [{ start, end, ...owner }] : weekShifts(start.getTime(), end.getTime(), owner, hours, covers);
  return {
    week: week.key,
    start,
    end,
    engineer: slot.engineer,
    scheduled: slot.scheduled,
    version: slot.version,
    reason: slot.reason,
    ...(note !== undefined ? { note } : {}),
    agreed: slot.agreed,
    ...(slot.overrideIndex !== undefined ? { overrideIndex: slot.overrideIndex } : {}),
    ...(swap ? { swap } : {}),
    shifts,
  };
}

/** Who is on call in one rotation at an instant, and through which week and shift. */
export interface OnCall {
  readonly rotation: string;
  readonly week: Shift;
  readonly shift: ShiftPart;
}

/** The weeks around `at`: the hand-off may fall on either side of the calendar day, so one week either side. */
const rangeAround = (model: Model, at: Date): ScheduleRange => {
  const tz = model.site.calendar.timezone;
  return { from: instantAt(localDay(at, tz) - 7, 12 * 60, tz), weeks: 3 };
};

/**
 * Who is on call in each rotation at instant `at`, in the model's order; a rotation with nobody on call
 * then (outside its hours, or before its start) is left out.
 */
export function onCallAt(model: Model, at: Date, only?: ReadonlySet<string>): OnCall[] {
  return computeRotations(model, rangeAround(model, at), only).flatMap((c) => {
    const found = shiftAt(c.schedule.weeks, at);
    return found ? [{ rotation: c.id, ...found }] : [];
  });
}

/** Who is on call for a pipeline at `at`: the first of its layers (`rotations`) with someone on call then. */
export interface PipelineOnCall extends OnCall {
  /** 0 for the first listed rotation, and so on. */
  readonly layer: number;
}

export function pipelineOnCallAt(model: Model, pipelineId: string, at: Date): PipelineOnCall | undefined {
  const pipeline = model.byId.pipelines.get(pipelineId);
  if (!pipeline) throw new RangeError(`unknown pipeline "${pipelineId}"`);
  const weeks = new Map(computeRotations(model, rangeAround(model, at), new Set(pipeline.rotations)).map((c) => [c.id, c.schedule.weeks]));
  const found = layerAt(pipeline.rotations.map((id) => weeks.get(id) ?? []), at);
  return found ? { rotation: pipeline.rotations[found.layer]!, ...found } : undefined;
}
