import { instantAt, localDay } from '../core/calendar/civil.ts';
import { computeSchedules, type RotationSchedule, type Shift } from '../core/calendar/schedule.ts';
import type { Model } from '../core/model.ts';

/** The site's calendar: every rotation from `pastWeeks` before the build's week to `futureWeeks` after it. */
export interface SiteOncall {
  readonly schedules: readonly RotationSchedule[];
  readonly byRotation: ReadonlyMap<string, RotationOncall>;
  /** Per person: their shifts from the current week on, across rotations, in time order. */
  readonly upcomingByPerson: ReadonlyMap<string, readonly PersonShift[]>;
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
}

export interface PersonShift {
  readonly rotation: string;
  readonly rotationName: string;
  readonly shift: Shift;
}

/** The first listed week: `pastWeeks` before the one containing `now`; noon is inside it whatever DST does. */
export function calendarRange(model: Model, now: Date) {
  const { timezone, pastWeeks, futureWeeks } = model.site.calendar;
  return { from: instantAt(localDay(now, timezone) - 7 * pastWeeks, 12 * 60, timezone), weeks: pastWeeks + 1 + futureWeeks };
}

export function buildOncall(model: Model, now: Date): SiteOncall {
  const schedules = computeSchedules(model, calendarRange(model, now));
  const t = now.getTime();
  const byRotation = new Map<string, RotationOncall>();
  const upcoming = new Map<string, PersonShift[]>();
  for (const schedule of schedules) {
    const currentIndex = schedule.weeks.findIndex((s) => s.start.getTime() <= t && t < s.end.getTime());
    const current = currentIndex >= 0 ? schedule.weeks[currentIndex] : undefined;
    const next = currentIndex >= 0 ? schedule.weeks[currentIndex + 1] : schedule.weeks.find((s) => s.start.getTime() > t);
    byRotation.set(schedule.rotation, {
      schedule,
      current,
      next,
      currentIndex,
      problemWeeks: new Set(schedule.problems.map((p) => p.week)),
    });
    for (const shift of schedule.weeks) {
      if (shift.end.getTime() <= t) continue;
      let list = upcoming.get(shift.engineer);
      if (!list) upcoming.set(shift.engineer, (list = []));
      list.push({ rotation: schedule.rotation, rotationName: schedule.name, shift });
    }
  }
  for (const list of upcoming.values()) list.sort((a, b) => a.shift.start.getTime() - b.shift.start.getTime() || (a.rotation < b.rotation ? -1 : 1));
  return { schedules, byRotation, upcomingByPerson: upcoming };
}
