import { startOfWeekKey } from '../calendar/weeks.ts';
import { indicesAt, textAt, type FileView } from '../load/view.ts';
import type { CompanyCalendar } from '../model.ts';
import type { ProblemText } from '../problem.ts';
import type { RuleContext } from './context.ts';

function missingWeek(week: string, calendar: CompanyCalendar): ProblemText {
  const year = week.slice(0, 4);
  const weeks = startOfWeekKey(`${year}-W53`, calendar) ? 53 : 52;
  const rule = `weeks start on ${calendar.weekStartsOnName}, week 1 contains ${calendar.firstWeekContainsDate} January`;
  return {
    what: `week ${week} does not exist: ${year} has ${weeks} weeks in the company calendar (${rule})`,
    fix: `use ${year}-W01 to ${year}-W${weeks}`,
    subject: week,
  };
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
    else {
      ctx.report(file, ['members', i], 'duplicate-member', {
        what: `"${member}" is listed twice in members (also members[${first}])`,
        fix: 'each person appears once in rotation order, remove one',
        subject: member,
      });
    }
  }

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
    ctx.report(file, ['overrides', i, 'week'], 'duplicate-override', { what: `two overrides for ${week}`, fix: `the other one is on line ${line}, keep one`, subject: week });
  }
}
