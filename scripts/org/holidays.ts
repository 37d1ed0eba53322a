import { addDays, formatDate, mondayOfIsoWeek } from './dates.ts';
import type { Random } from './random.ts';

export interface HolidayData {
  from: string;
  to: string;
  note?: string;
}

const NOTES = ['Family visit', 'Conference', 'Long weekend', 'Parental leave', 'Trip', undefined, undefined] as const;

/**
 * Holidays for the members of one rotation, placed so the on-call engine can always swap around them:
 * each holiday touches at most two company weeks, and at least six untouched weeks separate one member's
 * holiday from the next member's. A swap then needs at most weeks w..w+2 (with 4+ members the next or
 * second-next member takes w), so swaps never interact and never cause a back-to-back week. Holidays stay
 * within ISO weeks 3..50, away from the year boundary, where week-number rotations carry their overrides.
 */
export function rotationHolidays(random: Random, members: readonly string[], years: readonly number[]): Map<string, HolidayData[]> {
  const out = new Map<string, HolidayData[]>(members.map((m) => [m, []]));
  const order = random.shuffle(members);
  let turn = 0;
  for (const year of years) {
    for (let week = 3 + random.int(0, 3); week + 1 <= 49; week += 8 + random.int(0, 4)) {
      const member = order[turn++ % order.length]!;
      // Starts Monday to Friday of `week` and lasts 3 to 9 days: it ends by Sunday of week + 1.
      const from = addDays(mondayOfIsoWeek(year, week), random.int(0, 4));
      const to = addDays(from, random.int(2, 8));
      out.get(member)!.push(holiday(random, from, to));
    }
  }
  return out;
}

/** Holidays of someone on no rotation: any length up to two weeks, never overlapping each other. */
export function freeHolidays(random: Random, years: readonly number[]): HolidayData[] {
  const out: HolidayData[] = [];
  for (const year of years) {
    let week = 1 + random.int(0, 8);
    for (let n = random.int(1, 3); n > 0 && week <= 48; n--) {
      const from = addDays(mondayOfIsoWeek(year, week), random.int(0, 6));
      const to = addDays(from, random.int(1, 13));
      out.push(holiday(random, from, to));
      week += 3 + random.int(4, 14);
    }
  }
  return out;
}

function holiday(random: Random, from: number, to: number): HolidayData {
  const note = random.pick(NOTES);
  return { from: formatDate(from), to: formatDate(to), ...(note ? { note } : {}) };
}
