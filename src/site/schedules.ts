import { computeSchedules, shownRange, type RotationSchedule, type Shift } from '../core/schedules.ts';
import type { Model } from '../core/model.ts';
import { calendarPages, type CalendarPages } from '../routes/calendar-pages.ts';
import { encodeShifts } from './shift-codec.ts';
import { personName } from './words.ts';

/** The site's calendar: every rotation from `pastWeeks` before the build's week to `futureWeeks` after it. */
export interface SiteOncall {
  readonly schedules: readonly RotationSchedule[];
  readonly byRotation: ReadonlyMap<string, RotationOncall>;
  /** Per person: their shifts from the current week on, across rotations, in time order. */
  readonly upcomingByPerson: ReadonlyMap<string, readonly PersonShift[]>;
  /** Per person: the schedules they have a week in (their feed reads only these, not every rotation's). */
  readonly schedulesByPerson: ReadonlyMap<string, readonly RotationSchedule[]>;
}

export interface RotationOncall {
  readonly schedule: RotationSchedule;
  /** The shift running at build time, and the one after it (either may be missing at the ends). */
  readonly current?: Shift;
  readonly next?: Shift;
  /** Index of `current` in `schedule.weeks`, or -1. */
  readonly currentIndex: number;
  /** Weeks with a problem, for highlighting. */
  readonly problemWeeks: ReadonlySet<string>;
  /** The weeks a now/next card carries for the page script (see encodeShifts), from the current one. */
  readonly embedded: string;
  /**
   * Who is on call in those weeks, members in rotation order, then anyone an override brings in: the
   * only people whose contacts the card can ever show. A runbook carries their contacts, not every
   * member's (a rotation of 30 put 30 hidden contact blocks on each runbook).
   */
  readonly embeddedEngineers: readonly string[];
  /** Which weeks its own page lists, and its year pages when the horizon is longer. */
  readonly pages: CalendarPages;
}

/**
 * A page built weeks ago must still name today's engineer: now/next cards carry the coming weeks
 * and the page script picks the one running. Nine weeks (two months) keep every runbook small.
 */
export const EMBEDDED_WEEKS = 9;

export interface PersonShift {
  readonly rotation: string;
  readonly rotationName: string;
  readonly shift: Shift;
}

/** The engineers of `weeks`, each once: members in rotation order, then the others as they come. */
function onCallInOrder(members: readonly string[], weeks: readonly Shift[]): string[] {
  const onCall = new Set(weeks.map((w) => w.engineer));
  return [...members.filter((id) => onCall.has(id)), ...[...onCall].filter((id) => !members.includes(id))];
}

export function buildOncall(model: Model, now: Date): SiteOncall {
  const schedules = computeSchedules(model, shownRange(model.site.calendar, now));
  const t = now.getTime();
  const byRotation = new Map<string, RotationOncall>();
  const upcoming = new Map<string, PersonShift[]>();
  const byPerson = new Map<string, RotationSchedule[]>();
  for (const schedule of schedules) {
    // Whoever holds any part of a week: a cover puts its engineer in the rotation's feed events too.
    for (const engineer of new Set(schedule.weeks.flatMap((w) => [w.engineer, ...w.shifts.map((part) => part.engineer)]))) {
      const list = byPerson.get(engineer);
      if (list) list.push(schedule);
      else byPerson.set(engineer, [schedule]);
    }
    const currentIndex = schedule.weeks.findIndex((s) => s.start.getTime() <= t && t < s.end.getTime());
    const current = currentIndex >= 0 ? schedule.weeks[currentIndex] : undefined;
    const next = currentIndex >= 0 ? schedule.weeks[currentIndex + 1] : schedule.weeks.find((s) => s.start.getTime() > t);
    const from = currentIndex >= 0 ? currentIndex : next ? schedule.weeks.indexOf(next) : schedule.weeks.length;
    const embeddedWeeks = schedule.weeks.slice(from, from + EMBEDDED_WEEKS);
    const embedded = encodeShifts(embeddedWeeks.map((s) => ({ ...s, name: personName(model, s.engineer) })));
    byRotation.set(schedule.rotation, {
      schedule,
      current,
      next,
      currentIndex,
      problemWeeks: new Set(schedule.problems.map((p) => p.week)),
      embedded,
      embeddedEngineers: onCallInOrder(model.byId.rotations.get(schedule.rotation)?.members ?? [], embeddedWeeks),
      pages: calendarPages(schedule.weeks, now),
    });
    for (const shift of schedule.weeks) {
      if (shift.end.getTime() <= t) continue;
      let list = upcoming.get(shift.engineer);
      if (!list) upcoming.set(shift.engineer, (list = []));
      list.push({ rotation: schedule.rotation, rotationName: schedule.name, shift });
    }
  }
  for (const list of upcoming.values()) list.sort((a, b) => a.shift.start.getTime() - b.shift.start.getTime() || (a.rotation < b.rotation ? -1 : 1));
  return { schedules, byRotation, upcomingByPerson: upcoming, schedulesByPerson: byPerson };
}
