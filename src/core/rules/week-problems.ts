import type { Lineup, Slot } from '../calendar/assign.ts';
import { describeAbsence, type HolidayIndex } from '../calendar/holidays.ts';
import { describe, type CalendarRuleId, type ConsecutiveFix, type Finding, type RuleParams } from './catalogue.ts';

/** The findings of the calendar rules: a rule id and its parameters, each with a week and an engineer. */
export type CalendarFinding = Extract<Finding, { readonly rule: CalendarRuleId }>;

/**
 * A problem of one week of a rotation; `rules/calendar.ts` places it in the rotation's file. `what`, `fix`
 * and `message` name people by id; `describeProblem` names them by display name.
 */
export type CalendarProblem = CalendarFinding & {
  /** The week the problem is reported at (for `consecutive`, the second of the two weeks). */
  readonly week: string;
  /** What is wrong. */
  readonly what: string;
  /** How to fix it: who could take the week, or which override to change. */
  readonly fix: string;
  /** `what; fix`, as printed. */
  readonly message: string;
  /** The engineer concerned: the one covering twice, on holiday, overridden in while away, or on call in two rotations. */
  readonly engineer: string;
  /** The override that causes or is involved in the problem, as an index in `overrides`. */
  readonly overrideIndex?: number;
  /** The cover that causes the problem, as an index in `covers`; the problem is placed there, before any override. */
  readonly coverIndex?: number;
};

export function calendarProblem<R extends CalendarRuleId>(
  rule: R,
  params: RuleParams<R> & { week: string; engineer: string },
  overrideIndex?: number,
  coverIndex?: number,
): CalendarProblem {
  const finding = { rule, params } as CalendarFinding;
  return {
    ...finding,
    ...describe(finding),
    week: params.week,
    engineer: params.engineer,
    ...(overrideIndex !== undefined ? { overrideIndex } : {}),
    ...(coverIndex !== undefined ? { coverIndex } : {}),
  };
}

/**
 * Members of the line-up in effect in week i who could cover it, as the calendar stands, without a
 * back-to-back week, without being away, and without being on call elsewhere (`busyElsewhere`).
 */
export function freeFor(
  slots: readonly Slot[],
  i: number,
  lineups: readonly Lineup[],
  holidays: HolidayIndex,
  busyElsewhere: ReadonlySet<string> = new Set(),
): string[] {
  const busy = new Set([slots[i - 1]?.engineer, slots[i]?.engineer, slots[i + 1]?.engineer]);
  const slot = slots[i]!;
  return lineups[slot.version]!.members.filter((m) => !busy.has(m) && !busyElsewhere.has(m) && !holidays.awayDuring(m, slot.week.startDay));
}

/**
 * The problems of weeks `from` to `to` (exclusive) of a computed rotation. Week `from` is compared
 * with the week before it, so a listing that starts mid-way still catches a back-to-back week.
 */
export function findProblems(
  slots: readonly Slot[],
  from: number,
  to: number,
  lineups: readonly Lineup[],
  holidays: HolidayIndex,
): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  for (let w = from; w < to; w++) {
    const slot = slots[w]!;
    const key = slot.week.key;
    const previous = slots[w - 1];
    if (previous && previous.engineer === slot.engineer && !previous.agreed && !slot.agreed) {
      problems.push(consecutive(slots, w, lineups, holidays));
    }
    if (slot.uncovered) {
      const { absence, alsoAway, noWeek } = slot.uncovered;
      problems.push(
        calendarProblem('uncovered', {
          engineer: slot.engineer,
          week: key,
          absence: describeAbsence(absence),
          alsoAway,
          noWeek,
          searched: 2 * lineups[slot.version]!.members.length,
          free: freeFor(slots, w, lineups, holidays),
        }),
      );
    }
    if (slot.reason === 'override') {
      const absence = holidays.awayDuring(slot.engineer, slot.week.startDay);
      if (absence) {
        const free = freeFor(slots, w, lineups, holidays);
        problems.push(
          calendarProblem('on-holiday', { engineer: slot.engineer, week: key, absence: describeAbsence(absence), free }, slot.overrideIndex!),
        );
      }
    }
  }
  return problems;
}

function consecutive(slots: readonly Slot[], w: number, lineups: readonly Lineup[], holidays: HolidayIndex): CalendarProblem {
  const slot = slots[w]!;
  const previous = slots[w - 1]!;
  const at = { engineer: slot.engineer, previousWeek: previous.week.key, week: slot.week.key };
  // An override that causes it is where the fix goes; prefer the later week's.
  const culprit = slot.reason === 'override' ? w : previous.reason === 'override' ? w - 1 : undefined;
  if (culprit !== undefined) {
    const target = slots[culprit]!;
    const fix = { change: 'override', week: target.week.key, free: freeFor(slots, culprit, lineups, holidays) } as const;
    return calendarProblem('consecutive', { ...at, fix }, target.overrideIndex!);
  }
  // Moving the earlier week is the usual fix (the extra 53rd week at a year's end); fall back to the later one.
  const earlier = freeFor(slots, w - 1, lineups, holidays);
  const later = earlier.length ? [] : freeFor(slots, w, lineups, holidays);
  const fix: ConsecutiveFix = earlier.length
    ? { change: 'add', week: previous.week.key, free: earlier }
    : later.length
      ? { change: 'add', week: slot.week.key, free: later }
      : { change: 'outside' };
  return calendarProblem('consecutive', { ...at, fix });
}
