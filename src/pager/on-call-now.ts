import { computeSchedules } from '../core/calendar/schedule.ts';
import type { Model } from '../core/model.ts';
import { scheduleIntervals } from './intervals.ts';

/** Who is on call at `now` in one rotation. */
export interface OnCallNow {
  readonly rotation: string;
  readonly name: string;
  /** Person id, or undefined when nobody is on call then (outside the rotation's hours, before its start). */
  readonly person?: string;
}

/**
 * Who each rotation (or the one asked for) has on call at `now`, as the engine computes it: the week's
 * parts when it splits the week (covers, hours), else the whole week.
 */
export function onCallNow(model: Model, now: Date, rotation?: string): OnCallNow[] {
  // From a week back: the shift holding `now` may have started in last week's company week, before today's hand-off.
  const schedules = computeSchedules(model, { from: new Date(now.getTime() - 7 * 86_400_000), weeks: 2 });
  return schedules
    .filter((s) => rotation === undefined || s.rotation === rotation)
    .map((s) => {
      const t = now.getTime();
      const person = scheduleIntervals(s).find((i) => i.start <= t && t < i.end)?.who;
      return { rotation: s.rotation, name: s.name, ...(person !== undefined ? { person } : {}) };
    });
}
