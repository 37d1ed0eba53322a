import type { CompanyCalendar, Rotation } from '../model.ts';
import { parseCivilDay, startOfWeekDay } from './civil.ts';
import type { Absence } from './holidays.ts';
import { companyWeeks, startDayOfWeekKey, type CompanyWeek } from './weeks.ts';

/**
 * One week of a rotation while the engine works on it. Mutable only inside the engine:
 * the schedule handed to faces is built from these and frozen.
 */
export interface Slot {
  readonly week: CompanyWeek;
  /** Who the plain rule (week number or turn) of the line-up in effect names. */
  scheduled: string;
  /** The line-up in effect: 0 for the top-level `members`, k for `versions[k - 1]`. */
  version: number;
  engineer: string;
  reason: 'rotation' | 'override' | 'holiday-swap';
  readonly overrideIndex?: number;
  /** An override with `agreed: true`: a back-to-back week next to it is accepted. */
  readonly agreed: boolean;
  /** Set on both weeks of a holiday swap: `away` is the one on holiday, `cover` the one who covered. */
  swap?: { readonly away: string; readonly cover: string; readonly awayWeek: string; readonly returnWeek: string };
  /** Set when the engineer is on holiday and nobody could swap. */
  uncovered?: { readonly absence: Absence; readonly alsoAway: readonly string[]; readonly noWeek: readonly string[] };
}

/** A line-up of a rotation: its members from slot `from` (weeks since the start week) on. */
export interface Lineup {
  /** 0 for the top-level `members`, k for `versions[k - 1]`. */
  readonly version: number;
  readonly from: number;
  /** The `YYYY-Www` of its first week. */
  readonly week: string;
  readonly members: readonly string[];
}

/** The rotation's line-ups in week order, each placed as a slot index from the start week. */
export function lineupsOf(rotation: Rotation, calendar: CompanyCalendar): Lineup[] {
  const first = startOfWeekDay(parseCivilDay(rotation.start), calendar.weekStartsOn);
  const startWeek = companyWeeks(first, 1, calendar)[0]!.key;
  return [
    { version: 0, from: 0, week: startWeek, members: rotation.members },
    // The loader has checked every `from` exists and comes after the start week, in order.
    ...rotation.versions.map((v, i) => ({ version: i + 1, from: (startDayOfWeekKey(v.from, calendar)! - first) / 7, week: v.from, members: v.members })),
  ];
}

/**
 * Hands slots `lineup.from` onwards to `lineup`: week-number by the week's number, continuous by
 * turns restarting at its first member. Overrides and weeks already traded by a holiday swap keep
 * their engineer; only who was scheduled changes.
 */
export function assignLineup(slots: Slot[], lineup: Lineup, assignment: Rotation['assignment']): void {
  const n = lineup.members.length;
  for (let k = lineup.from; k < slots.length; k++) {
    const slot = slots[k]!;
    const scheduled = lineup.members[assignment === 'continuous' ? (k - lineup.from) % n : (slot.week.week - 1) % n]!;
    slot.scheduled = scheduled;
    slot.version = lineup.version;
    if (slot.reason === 'rotation') slot.engineer = scheduled;
  }
}

/**
 * The first `length` weeks of a rotation, from the week containing `start`, before holiday swaps,
 * all by the first line-up: later line-ups take over as the swaps reach them (see applyHolidaySwaps).
 */
export function baseSlots(rotation: Rotation, calendar: CompanyCalendar, length: number): Slot[] {
  const weeks = companyWeeks(parseCivilDay(rotation.start), length, calendar);
  const overrides = new Map(rotation.overrides.map((o, i) => [o.week, i]));
  const slots = weeks.map((week): Slot => {
    const i = overrides.get(week.key);
    if (i === undefined) return { week, scheduled: '', version: 0, engineer: '', reason: 'rotation', agreed: false };
    const o = rotation.overrides[i]!;
    return { week, scheduled: '', version: 0, engineer: o.engineer, reason: 'override', overrideIndex: i, agreed: o.agreed };
  });
  assignLineup(slots, lineupsOf(rotation, calendar)[0]!, rotation.assignment);
  return slots;
}
