import { formatCivilDay, localDay } from '../calendar/civil.ts';
import { checkedRange, computeSchedules, type RotationSchedule, type ScheduleRange, type Shift } from '../schedules.ts';
import { companyWeeks } from '../calendar/weeks.ts';
import type { Model } from '../model.ts';
import { describe } from '../rules/catalogue.ts';
import { changeText } from './fields.ts';
import type { Names } from './names.ts';
import type { Change, PersonRef, PersonWeeks, RotationWeekChanges, WeekChange, WeekReason } from './types.ts';

export interface OncallInput {
  readonly base: Model;
  readonly head: Model;
  /** Any instant in the current week. */
  readonly now: Date;
  readonly names: Names;
  /** The rotation's own changes (members, order, start…), by rotation id: the "why" of weeks that move without an override or swap. */
  readonly rotationChanges: ReadonlyMap<string, readonly Change[]>;
  /** site.yaml changes: a new week start or time zone moves weeks too. */
  readonly siteChanges: readonly Change[];
}

/** Why a holiday swap put this engineer here, with names: "Engineer A is away; Engineer C covers, Engineer A takes 2027-W02 in return". */
function swapWords(shift: Shift, names: Names): string {
  const swap = shift.swap!;
  const away = names.person(swap.away);
  const cover = names.person(swap.cover);
  return swap.awayWeek === shift.week
    ? `holiday swap: ${away} is on holiday; ${cover} covers, ${away} takes ${swap.returnWeek} in return`
    : `holiday swap: ${away} takes this week in return for ${swap.awayWeek}, which ${cover} covers`;
}

function why(before: Shift | undefined, after: Shift | undefined, names: Names, causes: readonly Change[], uncovered: string | undefined): string {
  if (!after) return 'no longer on the calendar: the rotation starts later';
  if (after.reason === 'override') return `override${after.agreed ? ' (agreed back to back)' : ''}: ${after.note ?? ''}`.trimEnd();
  if (after.reason === 'holiday-swap' && after.swap) return swapWords(after, names);
  // The engine's own reason: the engineer is still away, and nobody can swap any more.
  if (uncovered) return `holiday not covered: ${uncovered}`;
  if (before?.reason === 'override') return `override for ${after.week} removed`;
  if (before?.reason === 'holiday-swap') return 'holiday swap no longer needed';
  if (!before) return 'now on the calendar: the rotation starts earlier';
  return causes.length ? `rotation changed: ${causes.map(changeText).join('; ')}` : 'rotation changed';
}

/**
 * Fields of a rotation or site.yaml, by schema path, that move weeks by themselves (not overrides:
 * those are named per week; nor the handoff time, which moves hours, not weeks).
 */
const MOVES_WEEKS: ReadonlySet<string> = new Set(['members', 'versions', 'assignment', 'start', 'calendar.weekStartsOn', 'calendar.firstWeekContainsDate', 'calendar.timezone']);

/** Both sides' schedules over one range, by rotation id. */
export function schedulesOf(model: Model, range: ScheduleRange): Map<string, RotationSchedule> {
  return new Map(computeSchedules(model, range).map((s) => [s.rotation, s]));
}

/**
 * The weeks of one rotation whose engineer differs between two computed schedules (of the same
 * range), with why in words; weeks only one side lists count too.
 */
export function changedWeeks(
  before: RotationSchedule,
  after: RotationSchedule,
  timeZone: string,
  names: Names,
  causes: readonly Change[],
): WeekChange[] {
  const b = new Map(before.weeks.map((s) => [s.week, s]));
  const a = new Map(after.weeks.map((s) => [s.week, s]));
  // The rule's words, naming people as the rest of the report does.
  const uncovered = new Map(after.problems.filter((p) => p.rule === 'uncovered').map((p) => [p.week, describe(p, names.inProblems).what]));
  const weeks: WeekChange[] = [];
  for (const week of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = b.get(week);
    const y = a.get(week);
    if (x?.engineer === y?.engineer) continue;
    const shift = (y ?? x)!;
    const first = localDay(shift.start, timeZone);
    weeks.push({
      week,
      start: shift.start.toISOString().replace('.000Z', 'Z'),
      end: shift.end.toISOString().replace('.000Z', 'Z'),
      firstDay: formatCivilDay(first),
      lastDay: formatCivilDay(first + 6),
      ...(x ? { before: { id: x.engineer, name: names.person(x.engineer) } } : {}),
      ...(y ? { after: { id: y.engineer, name: names.person(y.engineer) } } : {}),
      why: why(x, y, names, causes, uncovered.get(week)),
    });
  }
  return weeks;
}

/**
 * The changed weeks by person: a version adding a fifth member moves dozens of weeks, and a reviewer
 * asks who gains and who loses how many, and when.
 */
export function weeksByPerson(weeks: readonly WeekChange[]): PersonWeeks[] {
  const people = new Map<string, { id: string; name: string; gained: string[]; lost: string[] }>();
  const of = (ref: PersonRef) => people.get(ref.id) ?? people.set(ref.id, { ...ref, gained: [], lost: [] }).get(ref.id)!;
  for (const w of weeks) {
    if (w.after) of(w.after).gained.push(w.week);
    if (w.before) of(w.before).lost.push(w.week);
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The distinct reasons, most weeks first, then in order of first appearance. */
export function weekReasons(weeks: readonly WeekChange[]): WeekReason[] {
  const counts = new Map<string, number>();
  for (const w of weeks) counts.set(w.why, (counts.get(w.why) ?? 0) + 1);
  return [...counts].map(([why, n]) => ({ why, weeks: n })).sort((a, b) => b.weeks - a.weeks);
}

/** The changes of a rotation and of the site that move its weeks by themselves. */
export const weekCauses = (input: Pick<OncallInput, 'rotationChanges' | 'siteChanges'>, rotation: string) =>
  [...(input.rotationChanges.get(rotation) ?? []), ...input.siteChanges].filter((c) => MOVES_WEEKS.has(c.key));

/**
 * Every on-call week, from the current week through `calendar.futureWeeks`, whose engineer differs
 * between the two versions, for rotations in both. The engine computes both sides; this only compares.
 */
export function oncallChanges(input: OncallInput): RotationWeekChanges[] {
  const { base, head, now, names } = input;
  const calendar = head.site.calendar;
  const range = checkedRange(calendar, now);
  const horizon = companyWeeks(localDay(now, calendar.timezone), range.weeks, calendar);
  const before = schedulesOf(base, range);
  const after = schedulesOf(head, range);
  const result: RotationWeekChanges[] = [];
  for (const rotation of head.rotations) {
    const b = before.get(rotation.id);
    if (!b) continue;
    const weeks = changedWeeks(b, after.get(rotation.id)!, calendar.timezone, names, weekCauses(input, rotation.id));
    result.push({ rotation: rotation.id, name: rotation.name, from: horizon[0]!.key, to: horizon.at(-1)!.key, weeks, people: weeksByPerson(weeks), reasons: weekReasons(weeks) });
  }
  return result;
}
