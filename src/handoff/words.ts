import { formatTimeRange, formatWallClock } from '../core/format-dates.ts';
import type { CalendarProblem } from '../core/schedules.ts';
import type { CalendarRuleId } from '../core/rules/catalogue.ts';
import { COVER_DAYS, type CoverOnCall, type Handoff, type OnCall } from './handoff.ts';

/** The calendar rules as people say them; a new calendar rule without a label here does not compile. */
const RULE_LABELS: Readonly<Record<CalendarRuleId, string>> = {
  consecutive: 'back-to-back',
  uncovered: 'uncovered holiday',
  'on-holiday': 'override on holiday',
  'double-booked': 'double-booked',
  'cover-on-holiday': 'cover on holiday',
  'cover-whole-week': 'cover over a whole week',
  'cover-outside-hours': 'cover outside the hours',
  'coverage-gap': 'coverage gap',
};

export const ruleLabel = (p: Pick<CalendarProblem, 'rule'>) => RULE_LABELS[p.rule];

/** How many problems a message lists per rotation; the calendar link has the rest. */
export const MAX_PROBLEMS = 5;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The weeks whose problems are listed: this one through calendar.futureWeeks ahead. */
export const horizon = (h: Handoff) => `from ${h.week} to ${h.until}`;

export const when = (h: Handoff, date: Date) => formatWallClock(date, h.timezone);

/** The lines both message formats say about one rotation's shifts, with names already escaped by `name`. */
export function shiftLines(
  h: Handoff,
  r: { current?: OnCall; next?: OnCall; covering?: Pick<OnCall, 'person' | 'end'>; hours?: string },
  name: (o: Pick<OnCall, 'person'>) => string,
  bold: (s: string) => string,
  text: (s: string) => string = (s) => s,
): string[] {
  const lines: string[] = [];
  // The engine's shift at "now" says whether a cover holds the pager (not merely whether one has started).
  const covering = r.covering;
  if (r.current && r.hours) {
    // With hours the week's engineer is on call only in its windows: "on call now" would be wrong at night.
    if (covering) lines.push(`${bold('On call now:')} ${name(covering)}, covering until ${when(h, covering.end)}`);
    lines.push(`${bold('This week:')} ${name(r.current)} until ${when(h, r.current.end)}, on call ${text(r.hours)}`);
  } else if (r.current && covering) {
    const then = covering.end < r.current.end ? `; then ${name(r.current)} until ${when(h, r.current.end)}` : '';
    lines.push(`${bold('On call now:')} ${name(covering)}, covering until ${when(h, covering.end)}${then}`);
  } else if (r.current) lines.push(`${bold('On call now:')} ${name(r.current)} until ${when(h, r.current.end)}`);
  else lines.push(`${bold('On call now:')} nobody: the rotation has not started`);
  if (r.next) lines.push(`${bold('Next:')} ${name(r.next)} from ${when(h, r.next.start)} (${r.next.week})`);
  return lines;
}

/** How many covers a message lists per rotation; the calendar has the rest. */
export const MAX_COVERS = 5;

/**
 * The covers of the coming week in words both formats share: a title, then one item per cover, "Wed 4 Mar
 * 2026 18:00 – Thu 5 Mar 09:00, 15 h: Bob (…) covers (reason)", in the rotation's zone (named when it is not
 * the message's). `name` escapes and may mention the person; `text` escapes text from the data. Nothing without covers.
 */
export function coverLines(h: Handoff, covers: readonly CoverOnCall[], name: (c: CoverOnCall) => string, text: (s: string) => string): { title: string; items: string[] } | undefined {
  if (covers.length === 0) return undefined;
  const items = covers.slice(0, MAX_COVERS).map((c) => {
    const zone = c.timezone === h.timezone ? '' : ` (${text(c.timezone)})`;
    return `${formatTimeRange(c.start, c.end, c.timezone)}${zone}, ${c.hours} h${c.onCallHours === undefined ? '' : ` (${c.onCallHours} on call)`}${c.underWay ? ', under way' : ''}: ${name(c)} covers (${text(c.reason)})`;
  });
  if (covers.length > MAX_COVERS) items.push(`…and ${covers.length - MAX_COVERS} more`);
  return { title: `Covers in the next ${COVER_DAYS} days:`, items };
}
