import type { Model, Rotation } from '../model.ts';
import { baseSlots, type Slot } from './assign.ts';
import { instantAt, localDay, parseCivilDay, parseClock, startOfWeekDay } from './civil.ts';
import { fairness } from './fairness.ts';
import { HolidayIndex } from './holidays.ts';
import { swapNote } from './notes.ts';
import { findProblems } from '../rules/weeks.ts';
import { applyHolidaySwaps } from './swaps.ts';
import type { RotationSchedule, ScheduleRange, Shift } from './types.ts';

// The standard windows (the site's pastWeeks..futureWeeks, the validator's now..futureWeeks).
export { checkedRange, shownRange } from './ranges.ts';
export type { FairnessRow, RotationSchedule, ScheduleRange, Shift } from './types.ts';
export type { CalendarProblem } from '../rules/weeks.ts';

/**
 * The on-call engine's public API. The CLI, the site, the change report and the ICS/JSON feeds
 * all present what these functions return and compute nothing of their own.
 *
 * Pure: no I/O, no clock (the range is a parameter), and no dependence on the machine's TZ:
 * weeks are reckoned on calendar dates in `calendar.timezone`, and only shift boundaries are
 * turned into instants.
 */

// The model is frozen, so its holiday index can be built once and shared by every rotation and call.
const holidayIndexes = new WeakMap<Model, HolidayIndex>();
function holidaysOf(model: Model): HolidayIndex {
  let index = holidayIndexes.get(model);
  if (!index) holidayIndexes.set(model, (index = new HolidayIndex(model.people)));
  return index;
}

/**
 * The weeks of one rotation in `range`, with their problems and fairness counts.
 * Holiday swaps depend on every earlier week, so the rotation is computed from its start week
 * and the range is sliced out afterwards.
 */
export function computeSchedule(model: Model, rotationId: string, range: ScheduleRange): RotationSchedule {
  const rotation = model.byId.rotations.get(rotationId);
  if (!rotation) throw new RangeError(`unknown rotation "${rotationId}"`);
  if (!Number.isInteger(range.weeks) || range.weeks < 0) throw new RangeError(`weeks must be a whole number ≥ 0, got ${range.weeks}`);
  if (Number.isNaN(range.from.getTime())) throw new RangeError('from must be a valid date');
  const calendar = model.site.calendar;
  const holidays = holidaysOf(model);
  const n = rotation.members.length;

  const firstDay = startOfWeekDay(parseCivilDay(rotation.start), calendar.weekStartsOn);
  const fromDay = startOfWeekDay(localDay(range.from, calendar.timezone), calendar.weekStartsOn);
  const offset = (fromDay - firstDay) / 7;
  const listFrom = Math.max(0, offset);
  const listTo = Math.max(0, offset + range.weeks);

  // A swap for the last listed week may trade with one up to 2n weeks later, whose neighbour is checked too.
  const slots = baseSlots(rotation, calendar, listTo > 0 ? listTo + 2 * n + 1 : 0);
  applyHolidaySwaps(slots, rotation.members, holidays, listTo);
  const listed = slots.slice(listFrom, listTo);

  const handoff = parseClock(rotation.handoff);
  const weeks = listed.map((slot) => toShift(slot, handoff, calendar.timezone, rotation.overrides));
  return {
    rotation: rotation.id,
    name: rotation.name,
    weeks,
    problems: listTo > listFrom ? findProblems(slots, listFrom, listTo, rotation.members, holidays) : [],
    fairness: fairness(listed, rotation.members),
  };
}

/** Every rotation, in the model's order (sorted by id). */
export function computeSchedules(model: Model, range: ScheduleRange): RotationSchedule[] {
  return model.rotations.map((r) => computeSchedule(model, r.id, range));
}

function toShift(slot: Slot, handoff: number, timeZone: string, overrides: Rotation['overrides']): Shift {
  const { week, swap } = slot;
  const note = swap ? swapNote(week.key, swap) : slot.overrideIndex !== undefined ? overrides[slot.overrideIndex]?.reason : undefined;
  return {
    week: week.key,
    start: instantAt(week.startDay, handoff, timeZone),
    end: instantAt(week.startDay + 7, handoff, timeZone),
    engineer: slot.engineer,
    scheduled: slot.scheduled,
    reason: slot.reason,
    ...(note !== undefined ? { note } : {}),
    agreed: slot.agreed,
    ...(slot.overrideIndex !== undefined ? { overrideIndex: slot.overrideIndex } : {}),
    ...(swap ? { swap } : {}),
  };
}
