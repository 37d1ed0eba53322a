import { formatDateTime } from '../format-dates.ts';
import type { HolidayIndex } from '../calendar/holidays.ts';
import type { ComputedRotation, Shift, ShiftPart } from '../calendar/types.ts';
import type { Model } from '../model.ts';
import { calendarProblem, freeFor, type CalendarProblem } from './week-problems.ts';

/** One shift of a listed week, as double-booking compares them. */
interface Booking {
  readonly rotation: ComputedRotation;
  /** The week's slot index in the rotation. */
  readonly i: number;
  readonly week: Shift;
  readonly part: ShiftPart;
  /** The override or cover behind this shift says `agreed: true`. */
  readonly agreed: boolean;
}

/**
 * A person on call in two or more rotations at the same moment, through weeks, hours or covers, unless the
 * override or cover behind one of the two shifts says `agreed: true`. Found after every rotation is computed:
 * the swaps of each rotation stay as they are, this only reports. Returns the problems per rotation id, one per
 * week (and cover) of each rotation involved.
 */
export function doubleBookings(model: Model, rotations: readonly ComputedRotation[], holidays: HolidayIndex): Map<string, CalendarProblem[]> {
  const byPerson = new Map<string, Booking[]>();
  for (const rotation of rotations) {
    const covers = model.byId.rotations.get(rotation.id)!.covers;
    rotation.schedule.weeks.forEach((week, k) => {
      for (const part of week.shifts) {
        const agreed = part.coverIndex !== undefined ? covers[part.coverIndex]!.agreed : part.reason === 'override' && week.agreed;
        let list = byPerson.get(part.engineer);
        if (!list) byPerson.set(part.engineer, (list = []));
        list.push({ rotation, i: rotation.listFrom + k, week, part, agreed });
      }
    });
  }
  // Each booking that clashes, with the bookings it clashes with.
  const clashes = new Map<Booking, Booking[]>();
  const note = (a: Booking, b: Booking) => {
    let list = clashes.get(a);
    if (!list) clashes.set(a, (list = []));
    list.push(b);
  };
  for (const bookings of byPerson.values()) {
    if (new Set(bookings.map((b) => b.rotation)).size < 2) continue;
    bookings.sort((a, b) => a.part.start.getTime() - b.part.start.getTime());
    // A sweep: the bookings still running when each one starts.
    let open: Booking[] = [];
    for (const b of bookings) {
      const t = b.part.start.getTime();
      open = open.filter((o) => o.part.end.getTime() > t);
      for (const o of open) {
        if (o.rotation !== b.rotation && !o.agreed && !b.agreed) {
          note(o, b);
          note(b, o);
        }
      }
      open.push(b);
    }
  }

  const found = new Map<string, CalendarProblem[]>();
  // One problem per rotation, week, person and cause (the week, or each cover).
  const seen = new Set<string>();
  const order = new Map(rotations.map((r, k) => [r, k]));
  for (const [b, others] of clashes) {
    const key = `${b.rotation.id} ${b.i} ${b.part.engineer} ${b.part.coverIndex ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const mine = [...clashes.keys()].filter((x) => `${x.rotation.id} ${x.i} ${x.part.engineer} ${x.part.coverIndex ?? ''}` === key);
    const against = [...new Set(mine.flatMap((x) => clashes.get(x)!))];
    const problem = wholeWeeks(b, against) ? weekClash(b, against, rotations, holidays, order) : shiftClash(model, b, mine, against);
    let list = found.get(b.rotation.id);
    if (!list) found.set(b.rotation.id, (list = []));
    list.push(problem);
  }
  for (const list of found.values()) list.sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
  return found;
}

/** The old, week-by-week case: whole weeks around the clock, of the same company week, no cover involved. */
function wholeWeeks(b: Booking, against: readonly Booking[]): boolean {
  const whole = (x: Booking) => x.part.coverIndex === undefined && x.week.shifts.length === 1 && x.part.start.getTime() === x.week.start.getTime() && x.part.end.getTime() === x.week.end.getTime();
  return whole(b) && against.every((x) => whole(x) && x.week.week === b.week.week);
}

function weekClash(
  b: Booking,
  against: readonly Booking[],
  all: readonly ComputedRotation[],
  holidays: HolidayIndex,
  order: ReadonlyMap<ComputedRotation, number>,
): CalendarProblem {
  const person = b.part.engineer;
  const week = b.week.week;
  const involved = [b, ...against].sort((x, y) => order.get(x.rotation)! - order.get(y.rotation)!);
  const rotations = involved.map((e) => e.rotation.id);
  // Everyone on call anywhere that week is busy.
  const busy = new Set(all.flatMap((r) => r.schedule.weeks.filter((w) => w.week === week).map((w) => w.engineer)));
  // Who else could take one of the weeks: free in that rotation and on call nowhere that week.
  const options = involved.flatMap((e) => {
    const free = freeFor(e.rotation.slots, e.i, e.rotation.lineups, holidays, busy);
    return free.length ? [{ rotation: e.rotation.id, free }] : [];
  });
  return calendarProblem('double-booked', { engineer: person, week, rotations, options }, b.rotation.slots[b.i]!.overrideIndex);
}

/** Hours or covers make the clash part of a week: say when, in the calendar's zone. */
function shiftClash(model: Model, b: Booking, mine: readonly Booking[], against: readonly Booking[]): CalendarProblem {
  const person = b.part.engineer;
  const tz = model.site.calendar.timezone;
  let start = Infinity;
  let end = -Infinity;
  for (const x of mine) {
    for (const y of clashesOf(x, against)) {
      start = Math.min(start, Math.max(x.part.start.getTime(), y.part.start.getTime()));
      end = Math.max(end, Math.min(x.part.end.getTime(), y.part.end.getTime()));
    }
  }
  const others = [...new Set(against.map((x) => x.rotation.id))];
  const overlap = { from: formatDateTime(new Date(start), tz), to: formatDateTime(new Date(end), tz), zone: tz };
  const cover = b.part.coverIndex;
  const params = { overlap, engineer: person, week: b.week.week, rotations: [b.rotation.id, ...others], ...(cover !== undefined ? { cover } : {}) };
  return calendarProblem('double-booked', params, b.rotation.slots[b.i]!.overrideIndex, cover);
}

const clashesOf = (x: Booking, against: readonly Booking[]) =>
  against.filter((y) => y.part.start.getTime() < x.part.end.getTime() && x.part.start.getTime() < y.part.end.getTime());
