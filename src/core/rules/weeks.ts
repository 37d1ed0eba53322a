import type { Lineup, Slot } from '../calendar/assign.ts';
import { describeAbsence, type HolidayIndex } from '../calendar/holidays.ts';
import type { CalendarRuleId } from './catalogue.ts';

/** A problem of one week of a rotation; `rules/calendar.ts` places it in the rotation's file. */
export interface CalendarProblem {
  /** The week the problem is reported at (for `consecutive`, the second of the two weeks). */
  readonly week: string;
  readonly rule: CalendarRuleId;
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
  /** The cover that causes the problem, as an index in `covers`; where the problem is placed before any override. */
  readonly coverIndex?: number;
}

export function calendarProblem(
  week: string,
  rule: CalendarRuleId,
  engineer: string,
  what: string,
  fix: string,
  overrideIndex?: number,
): CalendarProblem {
  return { week, rule, what, fix, message: `${what}; ${fix}`, engineer, ...(overrideIndex !== undefined ? { overrideIndex } : {}) };
}

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const canTake = (who: readonly string[]) => `${orList(who)} can take it without a back-to-back week`;

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
      const why = [
        alsoAway.length ? `${orList(alsoAway).replace(/ or /, ' and ')} ${alsoAway.length === 1 ? 'is' : 'are'} away too` : '',
        noWeek.length
          ? `${orList(noWeek).replace(/ or /, ' and ')} ${noWeek.length === 1 ? 'has' : 'have'} no week in the next ${2 * lineups[slot.version]!.members.length} that ${slot.engineer} could take in return without a holiday or a back-to-back week`
          : '',
      ].filter(Boolean);
      const free = freeFor(slots, w, lineups, holidays);
      problems.push(
        calendarProblem(
          key,
          'uncovered',
          slot.engineer,
          `${slot.engineer} is on holiday during ${key} (${describeAbsence(absence)}) and nobody can swap: ${why.join('; ')}`,
          `add an override for ${key} ${free.length ? `(${canTake(free)})` : 'naming who covers it'}`,
        ),
      );
    }
    if (slot.reason === 'override') {
      const absence = holidays.awayDuring(slot.engineer, slot.week.startDay);
      if (absence) {
        const free = freeFor(slots, w, lineups, holidays);
        problems.push(
          calendarProblem(
            key,
            'on-holiday',
            slot.engineer,
            `the override for ${key} assigns ${slot.engineer}, who is on holiday then (${describeAbsence(absence)})`,
            free.length
              ? `give the week to ${orList(free)} (free that week, no back-to-back week)`
              : 'nobody else in the rotation is free that week without a back-to-back week, so ask someone outside it',
            slot.overrideIndex!,
          ),
        );
      }
    }
  }
  return problems;
}

function consecutive(slots: readonly Slot[], w: number, lineups: readonly Lineup[], holidays: HolidayIndex): CalendarProblem {
  const slot = slots[w]!;
  const previous = slots[w - 1]!;
  const who = slot.engineer;
  const head = `${who} covers ${previous.week.key} and ${slot.week.key} back to back`;
  // An override that causes it is where the fix goes; prefer the later week's.
  const culprit = slot.reason === 'override' ? w : previous.reason === 'override' ? w - 1 : undefined;
  if (culprit !== undefined) {
    const target = slots[culprit]!;
    const free = freeFor(slots, culprit, lineups, holidays);
    const change = free.length
      ? `change the override for ${target.week.key} to ${orList(free)} (no back-to-back week for them)`
      : `no other member is free for ${target.week.key} without a back-to-back week, so change the override for it to someone outside the rotation`;
    return calendarProblem(slot.week.key, 'consecutive', who, head, `${change}, or mark it agreed: true`, target.overrideIndex!);
  }
  // Moving the earlier week is the usual fix (the extra 53rd week at a year's end); fall back to the later one.
  const earlier = freeFor(slots, w - 1, lineups, holidays);
  const later = earlier.length ? [] : freeFor(slots, w, lineups, holidays);
  const fix = earlier.length
    ? `add an override for ${previous.week.key} (${canTake(earlier)})`
    : later.length
      ? `add an override for ${slot.week.key} (${canTake(later)})`
      : `no other member is free for either week without a back-to-back week, so add an override naming someone outside the rotation`;
  return calendarProblem(slot.week.key, 'consecutive', who, head, `${fix}, or mark one of the weeks agreed: true`);
}
