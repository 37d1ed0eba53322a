import type { Model, Rotation } from '../model.ts';
import { baseSlots, lineupsOf, type Lineup, type Slot } from './assign.ts';
import { doubleBookings, type ComputedRotation } from '../rules/double-booked.ts';
import { instantAt, localDay, parseCivilDay, parseClock, startOfWeekDay } from './civil.ts';
import { fairness } from './fairness.ts';
import { HolidayIndex } from './holidays.ts';
import { swapNote } from './notes.ts';
import { findProblems } from '../rules/weeks.ts';
import { applyHolidaySwaps } from './swaps.ts';
import type { RotationSchedule, ScheduleRange, Shift } from './types.ts';

// The standard windows (the site's pastWeeks..futureWeeks, the validator's now..futureWeeks).
export { checkedRange, shownRange } from './ranges.ts';
export type { FairnessRow, LineupInfo, RotationSchedule, ScheduleRange, Shift } from './types.ts';
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
 * The weeks of one rotation in `range`, with their problems and fairness counts. Double-booking
 * involves the other rotations, so they are computed too; with many rotations, call
 * computeSchedules once rather than this for each.
 */
export function computeSchedule(model: Model, rotationId: string, range: ScheduleRange): RotationSchedule {
  if (!model.byId.rotations.has(rotationId)) throw new RangeError(`unknown rotation "${rotationId}"`);
  return computeSchedules(model, range).find((s) => s.rotation === rotationId)!;
}

/**
 * Every rotation, in the model's order (sorted by id). Holiday swaps depend on every earlier week,
 * so each rotation is computed from its start week and the range is sliced out afterwards.
 */
export function computeSchedules(model: Model, range: ScheduleRange): RotationSchedule[] {
  if (!Number.isInteger(range.weeks) || range.weeks < 0) throw new RangeError(`weeks must be a whole number ≥ 0, got ${range.weeks}`);
  if (Number.isNaN(range.from.getTime())) throw new RangeError('from must be a valid date');
  const holidays = holidaysOf(model);
  const computed = model.rotations.map((rotation) => computeSlots(model, rotation, range, holidays));
  const booked = doubleBookings(computed, holidays);
  return computed.map((c) => {
    const rotation = model.byId.rotations.get(c.id)!;
    const listed = c.slots.slice(c.listFrom, c.listTo);
    const own = c.listTo > c.listFrom ? findProblems(c.slots, c.listFrom, c.listTo, c.lineups, holidays) : [];
    const handoff = parseClock(rotation.handoff);
    // Each list is in week order already; a stable sort merges them by week.
    const problems = [...own, ...(booked.get(c.id) ?? [])].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
    return {
      rotation: rotation.id,
      name: rotation.name,
      lineups: c.lineups.map(({ version, week, members }) => ({ version, from: week, members })),
      weeks: listed.map((slot) => toShift(slot, handoff, model.site.calendar.timezone, rotation.overrides)),
      problems,
      fairness: fairness(listed, [...new Set(c.lineups.flatMap((l) => l.members))]),
    };
  });
}

function computeSlots(model: Model, rotation: Rotation, range: ScheduleRange, holidays: HolidayIndex): ComputedRotation & { lineups: Lineup[] } {
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
  return { id: rotation.id, slots, lineups, listFrom, listTo };
}

function toShift(slot: Slot, handoff: number, timeZone: string, overrides: Rotation['overrides']): Shift {
  const { week, swap } = slot;
  const note = swap ? swapNote(week.key, swap, undefined, slot.scheduled) : slot.overrideIndex !== undefined ? overrides[slot.overrideIndex]?.reason : undefined;
  return {
    week: week.key,
    start: instantAt(week.startDay, handoff, timeZone),
    end: instantAt(week.startDay + 7, handoff, timeZone),
    engineer: slot.engineer,
    scheduled: slot.scheduled,
    version: slot.version,
    reason: slot.reason,
    ...(note !== undefined ? { note } : {}),
    agreed: slot.agreed,
    ...(slot.overrideIndex !== undefined ? { overrideIndex: slot.overrideIndex } : {}),
    ...(swap ? { swap } : {}),
  };
}
