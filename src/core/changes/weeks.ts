import { formatCivilDay, localDay } from '../calendar/civil.ts';
import { checkedRange, computeSchedule, type Shift } from '../calendar/schedule.ts';
import { companyWeeks } from '../calendar/weeks.ts';
import type { Model } from '../model.ts';
import { changeText } from './fields.ts';
import type { Names } from './names.ts';
import type { Change, RotationWeekChanges, WeekChange } from './types.ts';

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

function why(before: Shift | undefined, after: Shift | undefined, names: Names, causes: readonly Change[]): string {
  if (!after) return 'no longer on the calendar: the rotation starts later';
  if (after.reason === 'override') return `override${after.agreed ? ' (agreed back to back)' : ''}: ${after.note ?? ''}`.trimEnd();
  if (after.reason === 'holiday-swap' && after.swap) return swapWords(after, names);
  if (before?.reason === 'override') return `override for ${after.week} removed`;
  if (before?.reason === 'holiday-swap') return 'holiday swap no longer needed';
  if (!before) return 'now on the calendar: the rotation starts earlier';
  return causes.length ? `rotation changed: ${causes.map(changeText).join('; ')}` : 'rotation changed';
}

/**
 * Fields of a rotation or site.yaml, by schema path, that move weeks by themselves (not overrides:
 * those are named per week; nor the handoff time, which moves hours, not weeks).
 */
const MOVES_WEEKS: ReadonlySet<string> = new Set(['members', 'assignment', 'start', 'calendar.weekStartsOn', 'calendar.firstWeekContainsDate', 'calendar.timezone']);

/**
 * Every on-call week, from the current week through `calendar.futureWeeks`, whose engineer differs
 * between the two versions, for rotations in both. The engine computes both sides; this only compares.
 */
export function oncallChanges({ base, head, now, names, rotationChanges, siteChanges }: OncallInput): RotationWeekChanges[] {
  const calendar = head.site.calendar;
  const range = checkedRange(calendar, now);
  const horizon = companyWeeks(localDay(now, calendar.timezone), range.weeks, calendar);
  const result: RotationWeekChanges[] = [];
  for (const rotation of head.rotations) {
    if (!base.byId.rotations.has(rotation.id)) continue;
    const before = new Map(computeSchedule(base, rotation.id, range).weeks.map((s) => [s.week, s]));
    const after = new Map(computeSchedule(head, rotation.id, range).weeks.map((s) => [s.week, s]));
    const causes = [...(rotationChanges.get(rotation.id) ?? []), ...siteChanges].filter((c) => MOVES_WEEKS.has(c.key));
    const weeks: WeekChange[] = [];
    for (const week of [...new Set([...after.keys(), ...before.keys()])].sort()) {
      const b = before.get(week);
      const a = after.get(week);
      if (b?.engineer === a?.engineer) continue;
      const shift = (a ?? b)!;
      const first = localDay(shift.start, calendar.timezone);
      weeks.push({
        week,
        start: shift.start.toISOString().replace('.000Z', 'Z'),
        end: shift.end.toISOString().replace('.000Z', 'Z'),
        firstDay: formatCivilDay(first),
        lastDay: formatCivilDay(first + 6),
        ...(b ? { before: { id: b.engineer, name: names.person(b.engineer) } } : {}),
        ...(a ? { after: { id: a.engineer, name: names.person(a.engineer) } } : {}),
        why: why(b, a, names, causes),
      });
    }
    result.push({ rotation: rotation.id, name: rotation.name, from: horizon[0]!.key, to: horizon.at(-1)!.key, weeks });
  }
  return result;
}
