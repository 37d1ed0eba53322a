import { startOfWeekKey } from '../calendar/weeks.ts';
import type { CompanyCalendar } from '../model.ts';
import type { RuleContext } from './references.ts';
import { indicesAt, textAt, type FileView } from './view.ts';

function missingWeekMessage(week: string, calendar: CompanyCalendar): string {
  const year = week.slice(0, 4);
  const weeks = startOfWeekKey(`${year}-W53`, calendar) ? 53 : 52;
  const rule = `weeks start on ${calendar.weekStartsOnName}, week 1 contains ${calendar.firstWeekContainsDate} January`;
  return `week ${week} does not exist: ${year} has ${weeks} weeks in the company calendar (${rule}); use ${year}-W01 to ${year}-W${weeks}`;
}

/** Members are people, each listed once; overrides name people and real, distinct weeks. */
export function rotationRules(ctx: RuleContext, view: FileView): void {
  const { file } = view;
  const members = new Map<string, number>();
  for (const i of indicesAt(view, ['members'])) {
    const member = ctx.personRef(view, ['members', i]);
    if (member === undefined) continue;
    const first = members.get(member);
    if (first === undefined) members.set(member, i);
    else ctx.report(file, ['members', i], `"${member}" is listed twice in members (also members[${first}]); each person appears once in rotation order, remove one`, 'duplicate-member');
  }

  const weeks = new Map<string, number>();
  for (const i of indicesAt(view, ['overrides'])) {
    ctx.personRef(view, ['overrides', i, 'engineer']);
    const week = textAt(view, ['overrides', i, 'week']);
    if (week === undefined) continue;
    if (ctx.calendar && !startOfWeekKey(week, ctx.calendar)) {
      ctx.report(file, ['overrides', i, 'week'], missingWeekMessage(week, ctx.calendar), 'week');
    }
    const first = weeks.get(week);
    if (first === undefined) {
      weeks.set(week, i);
      continue;
    }
    const { line } = ctx.locate(file, ['overrides', first, 'week']);
    ctx.report(file, ['overrides', i, 'week'], `two overrides for ${week}; the other one is on line ${line}, keep one`, 'duplicate-override');
  }
}
