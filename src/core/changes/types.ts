import type { Problem } from '../problem.ts';

/**
 * One difference, already in words: "deadline: 06:00 UTC → 05:00 UTC", "upstream team added: Finance Data Team".
 * Values are display text (names, not ids), so every face words a change the same way; `key` is the
 * changed field's path in the schema (`owners.primary`, `calendar.timezone`), for code that acts on it.
 */
export type Change =
  | { readonly kind: 'changed'; readonly key: string; readonly field: string; readonly before: string; readonly after: string }
  | { readonly kind: 'added' | 'removed'; readonly key: string; readonly field: string; readonly value: string };

/** An entity that exists on one side only. */
export interface Entry {
  readonly id: string;
  readonly name: string;
  /** Path inside the data directory. */
  readonly file: string;
  /** A few words on what it is: "Profit, investors; owners Engineer A and Engineer C". */
  readonly summary?: string;
}

/** An entity on both sides whose meaning differs. */
export interface Changed {
  readonly id: string;
  readonly name: string;
  readonly file: string;
  readonly changes: readonly Change[];
}

export interface EntityChanges {
  readonly added: readonly Entry[];
  readonly removed: readonly Entry[];
  readonly changed: readonly Changed[];
}

export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

/** An on-call week whose engineer differs between the two sides. */
export interface WeekChange {
  /** `YYYY-Www`. */
  readonly week: string;
  /** RFC 3339 UTC instants of the shift (the head's, or the base's when the head has no such week). */
  readonly start: string;
  readonly end: string;
  /** The week's first and last dates, `YYYY-MM-DD` in the calendar's time zone. */
  readonly firstDay: string;
  readonly lastDay: string;
  /** Absent when the week is not on the calendar on that side (the rotation starts later, or is new). */
  readonly before?: PersonRef;
  readonly after?: PersonRef;
  /** Why the engineer changed, in words: "holiday swap: …", "override: …", "override removed". */
  readonly why: string;
}

/** What the changed weeks mean for one person: the weeks they take on and the weeks they give up. */
export interface PersonWeeks extends PersonRef {
  /** Week keys (`YYYY-Www`), in order. */
  readonly gained: readonly string[];
  readonly lost: readonly string[];
}

/** One reason and how many of the changed weeks it explains, so a reason shared by many weeks is read once. */
export interface WeekReason {
  readonly why: string;
  readonly weeks: number;
}

export interface RotationWeekChanges {
  readonly rotation: string;
  readonly name: string;
  /** The compared range, inclusive week keys: the current week through `calendar.futureWeeks`. */
  readonly from: string;
  readonly to: string;
  /** Every changed week, one by one. */
  readonly weeks: readonly WeekChange[];
  /** The same weeks by person, sorted by name: one row per person for a reviewer. */
  readonly people: readonly PersonWeeks[];
  /** The distinct reasons of the weeks, most weeks first. */
  readonly reasons: readonly WeekReason[];
}

/** One cover of a rotation as a reviewer reads it: who, when (instants and local times), for how long, and why. */
export interface CoverEntry {
  /** Its index in the rotation file's `covers` on its side. */
  readonly index: number;
  /** `from` and `to` as written: local date-times in `timezone`, or with an explicit offset. */
  readonly from: string;
  readonly to: string;
  /** RFC 3339 UTC instants of `from` and `to` (`end` exclusive). */
  readonly start: string;
  readonly end: string;
  /** The rotation's zone on its side (`hours.timezone`, else `calendar.timezone`), in which `from` and `to` are read. */
  readonly timezone: string;
  /** The cover's length in hours (two decimals): elapsed time, so a night across a DST change counts its real hours. */
  readonly hours: number;
  /** For a rotation with `hours`: of `hours`, those inside its windows, when someone is on call at all. */
  readonly onCallHours?: number;
  readonly engineer: PersonRef;
  readonly reason: string;
  readonly agreed: boolean;
}

/** What differs in effect between two versions of a cover (a rewritten `from` with the same instant is no change). */
export type CoverField = 'engineer' | 'start' | 'end' | 'reason' | 'agreed';

export interface CoverChange {
  readonly before: CoverEntry;
  readonly after: CoverEntry;
  /** In this order: engineer, start, end, reason, agreed. */
  readonly changes: readonly CoverField[];
}

/**
 * A rotation's covers added, removed or changed. A cover is matched by its range as written, then,
 * among the rest, with the cover of the other side it overlaps most: moving a cover's end is a change,
 * not a removal and an addition.
 */
export interface RotationCoverChanges {
  readonly rotation: string;
  readonly name: string;
  /** Path inside the data directory. */
  readonly file: string;
  /** The rotation's zone (the head's; the base's for a removed rotation): local times in the report are in it. */
  readonly timezone: string;
  /** Each list in order of start. */
  readonly added: readonly CoverEntry[];
  readonly removed: readonly CoverEntry[];
  readonly changed: readonly CoverChange[];
}

/** A week up to and including the current one that the change gives to someone else. */
export interface HistoryWeek extends WeekChange {
  readonly rotation: string;
  readonly rotationName: string;
}

/**
 * A cover that had started by now (its start ≤ now) and that the change removes, or changes in what it
 * records: who covered, from when, or until when (an end moved while both ends are still ahead is no
 * change to history). Its reason and `agreed` may be edited.
 */
export interface HistoryCover {
  readonly rotation: string;
  readonly rotationName: string;
  /** Path inside the data directory. */
  readonly file: string;
  readonly before: CoverEntry;
  /** Its version in the head; absent when the head has no cover in its place. */
  readonly after?: CoverEntry;
  /** What the change does to it, in words: "removed", "engineer changed", "starts at another time", "ends earlier, before now". */
  readonly what: string;
}

/** One way to make the same change keep history: what to do in a rotation file, and the YAML to write. */
export interface KeepHistory {
  readonly rotation: string;
  /** Path inside the data directory. */
  readonly file: string;
  readonly how: string;
  /** The keys to write in the rotation file, replacing theirs. */
  readonly yaml: string;
}

/**
 * The history gate (`changes --check`): past weeks, and the current week, are a record of who
 * carried the pager; a change that gives one to someone else, other than by an override naming
 * that week, rewrites it. So does a change to a cover that has started. A cover added in the past
 * does not count: like an override naming a past week, it records who really covered those hours.
 */
export interface HistoryReport {
  /** The current company week (`YYYY-Www`): it and every week before it are history. */
  readonly current: string;
  /** The week after it, the earliest a new line-up can take effect without rewriting history. */
  readonly next: string;
  readonly weeks: readonly HistoryWeek[];
  /** The instant the covers are compared at (RFC 3339 UTC): a cover that starts at or before it has started. */
  readonly now: string;
  readonly covers: readonly HistoryCover[];
  /** For the weeks, then for the covers. */
  readonly keep: readonly KeepHistory[];
}

export interface SideSummary {
  /** False when the data directory does not exist on that side (a pull request that adds it). */
  readonly found: boolean;
  /** True when the data loads without problems. */
  readonly loaded: boolean;
  readonly problems: readonly Problem[];
  /** Data files that exist but did not load, so their entities were not compared. */
  readonly unloaded: readonly string[];
}

export interface ChangeReport {
  readonly base: SideSummary & { readonly ref: string };
  readonly head: SideSummary;
  /** site.yaml: title, repository, calendar, areas. */
  readonly site: readonly Change[];
  readonly pipelines: EntityChanges;
  readonly people: EntityChanges;
  readonly teams: EntityChanges;
  readonly rotations: EntityChanges;
  readonly oncall: readonly RotationWeekChanges[];
  /** Covers added, removed or changed, per rotation with any; rotations in order of id. */
  readonly covers: readonly RotationCoverChanges[];
  /** Weeks up to the current one that change hands; null when the on-call weeks were not compared (a side does not load). */
  readonly history: HistoryReport | null;
  /** Problems in the head that the base does not have, and the other way round; compared without line numbers. */
  readonly problems: {
    readonly introduced: readonly Problem[];
    readonly fixed: readonly Problem[];
    /** In both: the change neither causes nor fixes them. */
    readonly unchanged: readonly Problem[];
  };
  /** What could not be compared, and why: "pipelines/x.yaml does not load at origin/main". */
  readonly notCompared: readonly string[];
  /** False when nothing differs in effect: a reformat, comments, key order. */
  readonly hasChanges: boolean;
}
