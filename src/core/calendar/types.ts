import type { Lineup, Slot } from './assign.ts';

// The engine's results, apart from its functions, so that its helper modules can share them
// without importing engine.ts (which imports them).

/**
 * A stretch of on-call time within a week and who holds it. A week's shifts are in order and cover exactly
 * its on-call time: the whole week, or its `hours`; a cover takes over whatever part of that it spans.
 */
export interface ShiftPart {
  readonly start: Date;
  /** Exclusive. */
  readonly end: Date;
  readonly engineer: string;
  /** Why this engineer: the week's plain rotation, an override, a holiday swap, or a cover. */
  readonly reason: 'rotation' | 'override' | 'swap' | 'cover';
  /** For a cover: its reason. */
  readonly note?: string;
  /** For a cover: its index in the rotation file's `covers`. */
  readonly coverIndex?: number;
}

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
  /** The line-up in effect that week: 0 for the rotation's top-level `members`, k for `versions[k - 1]`. */
  readonly version: number;
  readonly reason: 'rotation' | 'override' | 'holiday-swap';
  /** The override's reason, or what a holiday swap traded. */
  readonly note?: string;
  /** True for an override marked `agreed: true`, which accepts a back-to-back week next to it. */
  readonly agreed: boolean;
  /** Index in the rotation file's `overrides`, for `reason: 'override'`. */
  readonly overrideIndex?: number;
  /** For `reason: 'holiday-swap'`: `away` was on holiday in `awayWeek`, which `cover` took; `away` covers `returnWeek` instead. */
  readonly swap?: { readonly away: string; readonly cover: string; readonly awayWeek: string; readonly returnWeek: string };
  /**
   * Who is on call when within the week, in order: one shift from `start` to `end` for a rotation on call
   * around the clock with no cover that week; with `hours`, only the windows; covers split it further.
   */
  readonly shifts: readonly ShiftPart[];
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
  /** Hours on call (two decimals): the week's windows only when the rotation has `hours`, covers counted for the one covering. */
  readonly hours: number;
  /** Of `hours`, those on a Saturday or Sunday in the rotation's zone (`hours.timezone`, default `calendar.timezone`). */
  readonly weekendHours: number;
}

/** A line-up of the rotation and the company week it takes effect. */
export interface LineupInfo {
  /** 0 for the top-level `members` (from the start week), k for `versions[k - 1]`. */
  readonly version: number;
  /** `YYYY-Www` of its first week. */
  readonly from: string;
  readonly members: readonly string[];
}

/** What the engine computes for a rotation: its weeks and fairness counts. The rules add the problems (see core/schedules.ts). */
export interface EngineSchedule {
  /** The rotation id (its file name). */
  readonly rotation: string;
  readonly name: string;
  /** Every line-up of the rotation, in week order, whether or not its weeks are listed. */
  readonly lineups: readonly LineupInfo[];
  /** The listed weeks in order; weeks before the rotation's start are left out. */
  readonly weeks: readonly Shift[];
  readonly fairness: readonly FairnessRow[];
}

export interface ScheduleRange {
  /** Any instant in the first listed week (the week is reckoned in `calendar.timezone`). */
  readonly from: Date;
  /** How many company weeks to list. */
  readonly weeks: number;
}

/** One rotation's weeks as the engine worked on them, for the rules: every slot from the start week, and the listed ones presented. */
export interface ComputedRotation {
  readonly id: string;
  readonly slots: readonly Slot[];
  readonly lineups: readonly Lineup[];
  /** The listed weeks: slots[listFrom] to slots[listTo - 1]. */
  readonly listFrom: number;
  readonly listTo: number;
  readonly schedule: EngineSchedule;
}
