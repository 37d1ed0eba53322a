import type { HolidayIndex } from '../calendar/holidays.ts';
import type { ComputedRotation } from '../calendar/types.ts';
import { calendarProblem, freeFor, type CalendarProblem } from './weeks.ts';

/**
 * A person on call in two or more rotations in the same company week, unless that week is an
 * override marked `agreed: true` in all but one of them. Found after every rotation is computed:
 * the swaps of each rotation stay as they are, this only reports. Returns the problems per rotation id.
 */
export function doubleBookings(rotations: readonly ComputedRotation[], holidays: HolidayIndex): Map<string, CalendarProblem[]> {
  // Week key → who is on call there, in which rotation and slot.
  const byWeek = new Map<string, { rotation: ComputedRotation; i: number }[]>();
  for (const rotation of rotations) {
    for (let i = rotation.listFrom; i < rotation.listTo; i++) {
      const key = rotation.slots[i]!.week.key;
      let list = byWeek.get(key);
      if (!list) byWeek.set(key, (list = []));
      list.push({ rotation, i });
    }
  }
  const found = new Map<string, CalendarProblem[]>();
  for (const [week, entries] of byWeek) {
    if (entries.length < 2) continue;
    const onCall = new Set(entries.map((e) => e.rotation.slots[e.i]!.engineer));
    for (const person of onCall) {
      // An agreed override accepts this week on top of the others.
      const involved = entries.filter((e) => e.rotation.slots[e.i]!.engineer === person && !e.rotation.slots[e.i]!.agreed);
      if (involved.length < 2) continue;
      const rotations = involved.map((e) => e.rotation.id);
      // Who else could take one of the weeks: free in that rotation and on call nowhere that week.
      const options = involved.flatMap((e) => {
        const free = freeFor(e.rotation.slots, e.i, e.rotation.lineups, holidays, onCall);
        return free.length ? [{ rotation: e.rotation.id, free }] : [];
      });
      for (const e of involved) {
        const slot = e.rotation.slots[e.i]!;
        const problem = calendarProblem('double-booked', { engineer: person, week, rotations, options }, slot.overrideIndex);
        let list = found.get(e.rotation.id);
        if (!list) found.set(e.rotation.id, (list = []));
        list.push(problem);
      }
    }
  }
  return found;
}
