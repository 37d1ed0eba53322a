import { parseCivilDay, startOfWeekDay } from '../calendar/civil.ts';
import { companyWeeks, startDayOfWeekKey, startOfWeekKey } from '../calendar/weeks.ts';
import { indicesAt, textAt, type FileView, type PathIn } from '../file-view.ts';
import type { CompanyCalendar } from '../model.ts';
import { pathText } from '../suggest.ts';
import type { Path } from '../yaml/positions.ts';
import type { RuleParams } from './catalogue.ts';
import type { RuleContext } from './context.ts';
import { coverRules } from './covers.ts';

function missingWeek(week: string, calendar: CompanyCalendar): RuleParams<'week'> {
  const weeks = startOfWeekKey(`${week.slice(0, 4)}-W53`, calendar) ? 53 : 52;
  return { week, weeks, weekStartsOn: calendar.weekStartsOnName, firstWeekContains: calendar.firstWeekContainsDate };
}

/** A line-up's members are people, each listed once. */
function lineupMembers(ctx: RuleContext, view: FileView<'rotation'>, path: readonly ['members'] | readonly ['versions', number, 'members']): void {
  const members = new Map<string, number>();
  const where = pathText(path);
  for (const i of indicesAt(view, path)) {
    const member = ctx.personRef(view, [...path, i]);
    if (member === undefined) continue;
    const first = members.get(member);
    if (first === undefined) members.set(member, i);
    else {
      ctx.report(view.file, [...path, i], 'duplicate-member', { path: where, member, first });
    }
  }
}

/**
 * Each version takes effect in a real company week, after the start week and after the version
 * before it, so every week has exactly one line-up and the weeks before a version keep theirs.
 */
function versionWeeks(ctx: RuleContext, view: FileView<'rotation'>, calendar: CompanyCalendar): void {
  const start = textAt(view, ['start']);
  const startDay = start === undefined ? undefined : startOfWeekDay(parseCivilDay(start), calendar.weekStartsOn);
  const startWeek = startDay === undefined ? undefined : companyWeeks(startDay, 1, calendar)[0]!.key;
  let previous: { day: number; week: string; index: number } | undefined;
  for (const i of indicesAt(view, ['versions'])) {
    const path = ['versions', i, 'from'] as const satisfies PathIn<'rotation'>;
    const week = textAt(view, path);
    if (week === undefined) continue;
    const day = startDayOfWeekKey(week, calendar);
    if (day === undefined) {
      ctx.report(view.file, path, 'week', missingWeek(week, calendar));
      continue;
    }
    if (startDay !== undefined && day <= startDay) {
      ctx.report(view.file, path, 'version-order', { after: 'start', index: i, week, startWeek: startWeek! });
    } else if (previous && day <= previous.day) {
      const { line } = ctx.locate(view.file, ['versions', previous.index, 'from']);
      ctx.report(view.file, path, 'version-order', { after: 'previous', index: i, week, previous: previous.week, previousLine: line });
    }
    if (!previous || day > previous.day) previous = { day, week, index: i };
  }
}

/** Members are people, each listed once, in every line-up; versions start in order; overrides name people and real, distinct weeks. */
export function rotationRules(ctx: RuleContext, view: FileView<'rotation'>): void {
  const { file } = view;
  lineupMembers(ctx, view, ['members']);
  for (const i of indicesAt(view, ['versions'])) lineupMembers(ctx, view, ['versions', i, 'members']);
  if (ctx.calendar) versionWeeks(ctx, view, ctx.calendar);
  coverRules(ctx, view);
  for (const i of indicesAt(view, ['covers'])) ctx.personRef(view, ['covers', i, 'engineer']);

  const weeks = new Map<string, number>();
  for (const i of indicesAt(view, ['overrides'])) {
    ctx.personRef(view, ['overrides', i, 'engineer']);
    const week = textAt(view, ['overrides', i, 'week']);
    if (week === undefined) continue;
    if (ctx.calendar && !startOfWeekKey(week, ctx.calendar)) {
      ctx.report(file, ['overrides', i, 'week'], 'week', missingWeek(week, ctx.calendar));
    }
    const first = weeks.get(week);
    if (first === undefined) {
      weeks.set(week, i);
      continue;
    }
    const { line } = ctx.locate(file, ['overrides', first, 'week']);
    ctx.report(file, ['overrides', i, 'week'], 'duplicate-override', { week, otherLine: line });
  }
}
