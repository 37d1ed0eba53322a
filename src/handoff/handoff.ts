import { instantAt, localDay } from '../core/calendar/civil.ts';
import { toHours } from '../core/calendar/fairness.ts';
import { rotationZone } from '../core/calendar/local-time.ts';
import { coversWholeWeek, hoursWithin, hoursWords, weeklyHours } from '../core/calendar/hours.ts';
import { coverSpans } from '../core/calendar/shifts.ts';
import { computeSchedules, shiftAt, type CalendarProblem, type Shift, type ShiftPart } from '../core/schedules.ts';
import { companyWeeks } from '../core/calendar/weeks.ts';
import type { Model, Person } from '../core/model.ts';
import { describeProblem } from '../core/problem.ts';
import { namesOf } from '../core/rules/names.ts';
import type { SiteUrls } from '../routes/routes.ts';

/**
 * The on-call handoff of the current company week, per rotation: who is on call and until when,
 * who is next, the covers of the coming week, and the problems of the coming `futureWeeks` weeks. What the Slack and Markdown
 * messages present; computed by the engine, so it agrees with the site and `npm run oncall`.
 */
export interface Handoff {
  /** `YYYY-Www`: the company week containing "now". */
  readonly week: string;
  readonly timezone: string;
  /** The last week whose problems are listed: `calendar.futureWeeks` weeks after this one. */
  readonly until: string;
  readonly title: string;
  readonly siteUrl?: string;
  readonly rotations: readonly RotationHandoff[];
}

export interface OnCall {
  readonly person: Pick<Person, 'id' | 'name' | 'chat' | 'slack'>;
  readonly week: string;
  readonly start: Date;
  readonly end: Date;
}

/** A cover in the coming week: who takes over from whom is in its reason; times are shown in `timezone`. */
export interface CoverOnCall {
  readonly person: OnCall['person'];
  readonly start: Date;
  /** Exclusive. */
  readonly end: Date;
  /** The rotation's zone (`hours.timezone`, else `calendar.timezone`), in which the cover was written. */
  readonly timezone: string;
  /** Elapsed hours, two decimals. */
  readonly hours: number;
  /** For a rotation with `hours`: of those, the hours inside its windows, when the cover holds the pager. */
  readonly onCallHours?: number;
  readonly reason: string;
  /** True when it started before "now" and is still running. */
  readonly underWay: boolean;
}

/** The coming week the message lists covers for: from "now", this many days. */
export const COVER_DAYS = 7;

export interface RotationHandoff {
  readonly id: string;
  readonly name: string;
  /** The shift under way at "now"; absent before the rotation's first shift. */
  readonly current?: OnCall;
  /** The shift after it (the first shift, when none is under way). */
  readonly next?: OnCall;
  /** Problems from this company week through `futureWeeks` weeks ahead, in week order. */
  readonly problems: readonly CalendarProblem[];
  /** Covers running at "now" or starting within COVER_DAYS days after it, in order of start. */
  readonly covers: readonly CoverOnCall[];
  /** Who holds the pager through a cover at "now" (the engine's shift then), and until when. */
  readonly covering?: { readonly person: OnCall['person']; readonly end: Date };
  /**
   * For a rotation with `hours`: when the week's engineer is on call, in words with its zone
   * ("Mon–Fri 09:00–17:00 Europe/Berlin"). The message then names the week's engineer for the week, not as on call now.
   */
  readonly hours?: string;
  readonly calendarUrl?: string;
  readonly feedUrl?: string;
}

export function computeHandoff(model: Model, now: Date, urls?: SiteUrls): Handoff {
  const calendar = model.site.calendar;
  const today = localDay(now, calendar.timezone);
  // This company week and the futureWeeks after it: the weeks whose problems the message lists.
  const counted = companyWeeks(today, calendar.futureWeeks + 1, calendar);
  const keys = new Set(counted.map((w) => w.key));
  // Listed from the week before: until this week's hand-off time, last week's engineer is still on call.
  const from = instantAt(counted[0]!.startDay - 7, 12 * 60, calendar.timezone);
  const schedules = computeSchedules(model, { from, weeks: counted.length + 1 });
  // People by display name (with the id after a name two people share); problems too, the id once where the fix is YAML.
  const names = namesOf(model.people);
  const person = (id: string) => {
    const p = model.byId.people.get(id);
    return { id, name: names.person(id), ...(p?.chat ? { chat: p.chat } : {}), ...(p?.slack ? { slack: p.slack } : {}) };
  };
  const onCall = (s: Shift | undefined): OnCall | undefined => s && { person: person(s.engineer), week: s.week, start: s.start, end: s.end };
  const soon = now.getTime() + COVER_DAYS * 86_400_000;
  const coversOf = (id: string): CoverOnCall[] => {
    const rotation = model.byId.rotations.get(id)!;
    const timezone = rotationZone(rotation, calendar);
    const windows = rotation.hours && !coversWholeWeek(rotation.hours) ? weeklyHours(rotation, timezone) : undefined;
    return coverSpans(rotation, timezone)
      .filter((c) => c.end > now.getTime() && c.start < soon)
      .map((c) => ({
        person: person(c.engineer),
        start: new Date(c.start),
        end: new Date(c.end),
        timezone,
        hours: toHours((c.end - c.start) / 60_000),
        // As the change report counts them: the cover holds the pager only inside the rotation's windows.
        ...(windows ? { onCallHours: toHours(hoursWithin(windows, c.start, c.end).reduce((sum, s) => sum + (s.end - s.start), 0) / 60_000) } : {}),
        reason: c.reason,
        underWay: c.start <= now.getTime(),
      }));
  };

  // Who holds the pager now comes from the engine's shifts, as on the site and in `oncall --at`: a cover
  // outside the rotation's hours, or behind an earlier cover, holds nothing.
  const coveringAt = (part: ShiftPart | undefined): { covering?: RotationHandoff['covering'] } =>
    part?.reason === 'cover' ? { covering: { person: person(part.engineer), end: part.end } } : {};
  const hoursOf = (id: string): { hours?: string } => {
    const rotation = model.byId.rotations.get(id)!;
    return rotation.hours && !coversWholeWeek(rotation.hours) ? { hours: `${hoursWords(rotation.hours)} ${rotationZone(rotation, calendar)}` } : {};
  };

  const rotations = schedules.map((schedule): RotationHandoff => {
    const shifts = schedule.weeks;
    const index = shifts.findIndex((s) => s.start <= now && now < s.end);
    const current = onCall(shifts[index]);
    const next = onCall(index >= 0 ? shifts[index + 1] : shifts.find((s) => s.start > now));
    return {
      id: schedule.rotation,
      name: schedule.name,
      ...(current ? { current } : {}),
      ...(next ? { next } : {}),
      problems: schedule.problems.filter((p) => keys.has(p.week)).map((p) => describeProblem(p, names)),
      covers: coversOf(schedule.rotation),
      ...coveringAt(shiftAt(schedule.weeks, now)?.shift),
      ...hoursOf(schedule.rotation),
      ...(urls ? { calendarUrl: urls.rotation(schedule.rotation), feedUrl: urls.rotationFeed(schedule.rotation) } : {}),
    };
  });
  return {
    week: counted[0]!.key,
    timezone: calendar.timezone,
    until: counted[counted.length - 1]!.key,
    title: model.site.title,
    ...(urls ? { siteUrl: urls.home } : {}),
    rotations,
  };
}
