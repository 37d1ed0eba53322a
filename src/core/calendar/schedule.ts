import type { Model, Rotation } from '../model.ts';
import { baseSlots, type Slot } from './assign.ts';
import { instantAt, localDay, parseCivilDay, parseClock, startOfWeekDay } from './civil.ts';
import { fairness } from './fairness.ts';
import { HolidayIndex } from './holidays.ts';
import { swapNote } from './notes.ts';
import { findProblems } from './problems.ts';
import { applyHolidaySwaps } from './swaps.ts';

// The standard windows (the site's pastWeeks..futureWeeks, the validator's now..futureWeeks).
export { checkedRange, shownRange } from './ranges.ts';

/**
 * The on-call engine's public API. The CLI, the site, the change report and the ICS/JSON feeds
 * all present what these functions return and compute nothing of their own.
 *
 * Pure: no I/O, no clock (the range is a parameter), and no dependence on the machine's TZ:
 * weeks are reckoned on calendar dates in `calendar.timezone`, and only shift boundaries are
 * turned into instants.
 */

/** One company week of a rotation and who covers it. */
export interface Shift {
  /** `YYYY-Www`: week-numbering year and two-digit week of the company calendar. */
  readonly week: string;
  /** The hand-off that starts the shift: `handoff` on the week's first day, in `calendar.timezone`. */
  readonly start: Date;
  /** The next week's hand-off. Across a DST change the shift is an hour shorter or longer. */
  readonly end: Date;
  /** Who is on call. */
  readonly engineer: string;
  /** Who the plain rule (week number, or turn since the start) names; differs from `engineer` after an override or swap. */
  readonly scheduled: string;
  readonly reason: 'rotation' | 'override' | 'holiday-swap';
  /** The override's reason, or what a holiday swap traded. */
  readonly note?: string;
  /** True for an override marked `agreed: true`, which accepts a back-to-back week next to it. */
  readonly agreed: boolean;
  /** Index in the rotation file's `overrides`, for `reason: 'override'`. */
  readonly overrideIndex?: number;
  /** For `reason: 'holiday-swap'`: `away` was on holiday in `awayWeek`, which `cover` took; `away` covers `returnWeek` instead. */
  readonly swap?: { readonly away: string; readonly cover: string; readonly awayWeek: string; readonly returnWeek: string };
}

export interface CalendarProblem {
  /** The week the problem is reported at (for `consecutive`, the second of the two weeks). */
  readonly week: string;
  readonly rule: 'consecutive' | 'uncovered' | 'on-holiday';
  /** What is wrong and how to fix it, in one sentence. */
  readonly message: string;
  /** The engineer concerned: the one covering twice, on holiday, or overridden in while away. */
  readonly engineer: string;
  /** The override that causes or is involved in the problem, as an index in `overrides`. */
  readonly overrideIndex?: number;
}

/** Counts per engineer and week-numbering year over the listed weeks; see fairness.ts. */
export interface FairnessRow {
  readonly person: string;
  readonly year: number;
  readonly weeks: number;
  /** Holiday weeks handed to someone else through a swap. */
  readonly swapsGiven: number;
  /** Someone else's holiday weeks covered through a swap. */
  readonly swapsTaken: number;
  /** Weeks covered by an override. */
  readonly overrides: number;
}

export interface RotationSchedule {
  /** The rotation id (its file name). */
  readonly rotation: string;
  readonly name: string;
  /** The listed weeks in order; weeks before the rotation's start are left out. */
  readonly weeks: readonly Shift[];
  /** Problems of the listed weeks, in week order; the first listed week is compared with the one before it. */
  readonly problems: readonly CalendarProblem[];
  readonly fairness: readonly FairnessRow[];
}

export interface ScheduleRange {
  /** Any instant in the first listed week (the week is reckoned in `calendar.timezone`). */
  readonly from: Date;
  /** How many company weeks to list. */
  readonly weeks: number;
}

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
