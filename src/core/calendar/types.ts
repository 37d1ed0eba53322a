import type { CalendarProblem } from '../rules/weeks.ts';

// The engine's results, apart from its functions, so that its helper modules can share them
// without importing schedule.ts (which imports them).

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

/** A line-up of the rotation and the company week it takes effect. */
export interface LineupInfo {
  /** 0 for the top-level `members` (from the start week), k for `versions[k - 1]`. */
  readonly version: number;
  /** `YYYY-Www` of its first week. */
  readonly from: string;
  readonly members: readonly string[];
}

export interface RotationSchedule {
  /** The rotation id (its file name). */
  readonly rotation: string;
  readonly name: string;
  /** Every line-up of the rotation, in week order, whether or not its weeks are listed. */
  readonly lineups: readonly LineupInfo[];
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
