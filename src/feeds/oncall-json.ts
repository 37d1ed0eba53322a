import type { CalendarProblem, FairnessRow, LineupInfo, RotationSchedule, Shift, ShiftPart } from '../core/schedules.ts';

/**
 * The on-call JSON feed (`npm run oncall -- --format json`, the site's `/api/oncall.json`).
 * Its shape is a public contract (issue 3): add fields, never rename or remove them.
 */
export interface OncallJson {
  readonly rotations: readonly {
    readonly id: string;
    readonly name: string;
    /** Every line-up, in week order: version 0 is the top-level `members`, version k is `versions[k - 1]`. */
    readonly lineups: readonly LineupInfo[];
    readonly weeks: readonly OncallJsonWeek[];
    readonly problems: readonly Pick<CalendarProblem, 'week' | 'rule' | 'message'>[];
    readonly fairness: readonly FairnessRow[];
  }[];
}

export interface OncallJsonWeek {
  readonly week: string;
  /** RFC 3339 UTC instant, e.g. "2026-12-28T00:00:00Z". */
  readonly start: string;
  readonly end: string;
  readonly engineer: string;
  readonly scheduled: string;
  /** The line-up the week used: an index into `lineups` (0: the top-level members, k: versions[k - 1]). */
  readonly version: number;
  readonly reason: Shift['reason'];
  readonly note?: string;
  /** Who is on call when within the week, in order, covering exactly its on-call time (its hours, split by covers). */
  readonly shifts: readonly OncallJsonShift[];
}

export interface OncallJsonShift {
  /** RFC 3339 UTC instant. */
  readonly start: string;
  /** Exclusive. */
  readonly end: string;
  readonly engineer: string;
  readonly reason: ShiftPart['reason'];
  /** A cover's reason. */
  readonly note?: string;
}

export const shiftJson = (s: ShiftPart): OncallJsonShift => ({
  start: rfc3339(s.start),
  end: rfc3339(s.end),
  engineer: s.engineer,
  reason: s.reason,
  ...(s.note !== undefined ? { note: s.note } : {}),
});

/** RFC 3339 in UTC, without the milliseconds a shift boundary never has (a cover given to the second keeps them). */
export const rfc3339 = (date: Date) => date.toISOString().replace(/\.000Z$/, 'Z');

export function oncallJson(schedules: readonly RotationSchedule[]): OncallJson {
  return {
    rotations: schedules.map((s) => ({
      id: s.rotation,
      name: s.name,
      lineups: s.lineups,
      weeks: s.weeks.map((w) => ({
        week: w.week,
        start: rfc3339(w.start),
        end: rfc3339(w.end),
        engineer: w.engineer,
        scheduled: w.scheduled,
        version: w.version,
        reason: w.reason,
        ...(w.note !== undefined ? { note: w.note } : {}),
        shifts: w.shifts.map(shiftJson),
      })),
      problems: s.problems.map((p) => ({ week: p.week, rule: p.rule, message: p.message })),
      fairness: s.fairness,
    })),
  };
}

export function renderOncallJson(schedules: readonly RotationSchedule[]): string {
  return `${JSON.stringify(oncallJson(schedules), null, 2)}\n`;
}
