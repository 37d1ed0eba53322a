import type { CompanyCalendar, Rotation } from '../model.ts';
import { parseCivilDay } from './civil.ts';
import type { Absence } from './holidays.ts';
import { companyWeeks, type CompanyWeek } from './weeks.ts';

/**
 * One week of a rotation while the engine works on it. Mutable only inside the engine:
 * the schedule handed to faces is built from these and frozen.
 */
export interface Slot {
  readonly week: CompanyWeek;
  /** Who the plain rule (week number or turn) names. */
  readonly scheduled: string;
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

/** The first `length` weeks of a rotation, from the week containing `start`, before holiday swaps. */
export function baseSlots(rotation: Rotation, calendar: CompanyCalendar, length: number): Slot[] {
  const weeks = companyWeeks(parseCivilDay(rotation.start), length, calendar);
  const overrides = new Map(rotation.overrides.map((o, i) => [o.week, i]));
  const n = rotation.members.length;
  return weeks.map((week, k) => {
    const scheduled = rotation.members[rotation.assignment === 'continuous' ? k % n : (week.week - 1) % n]!;
    const i = overrides.get(week.key);
    if (i === undefined) return { week, scheduled, engineer: scheduled, reason: 'rotation', agreed: false };
    const o = rotation.overrides[i]!;
    return { week, scheduled, engineer: o.engineer, reason: 'override', overrideIndex: i, agreed: o.agreed };
  });
}
