import type { Slot } from './assign.ts';
import { dayOfWeek, instantAt, localDay } from './civil.ts';
import type { FairnessRow, ShiftPart } from './types.ts';

const MINUTE = 60_000;
/** Hours to two decimals (a cover written to the second counts its fraction of a minute; rounding trims the rest). */
export const toHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** Minutes of [start, end) that fall on a Saturday or Sunday in `timeZone` (local midnights, so DST days count 23 or 25 hours). */
export function weekendMinutes(start: number, end: number, timeZone: string): number {
  let total = 0;
  for (let day = localDay(new Date(start), timeZone); ; day++) {
    const from = instantAt(day, 0, timeZone).getTime();
    if (from >= end) break;
    const dow = dayOfWeek(day);
    if (dow === 0 || dow === 6) {
      const to = instantAt(day + 1, 0, timeZone).getTime();
      total += Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
  }
  return total / MINUTE;
}

/**
 * Per engineer and year (the week-numbering year of the week's key, so 2026-W53 counts in 2026):
 * weeks covered, holiday weeks handed to someone else (given), other people's holiday weeks
 * covered (taken), and weeks covered by override. A swap counts once, at the holiday week;
 * the week traded back shows only in `weeks`. Every member gets a row for every year listed,
 * so a zero is visible rather than missing.
 *
 * Hours: the minutes each person is on call in the week's shift parts (`parts[i]` for `slots[i]`), covers
 * included, so a week limited by `hours` counts only its windows and a cover counts for the one covering.
 * Weekend hours are those on a Saturday or Sunday in the rotation's zone (`timeZone`).
 */
export function fairness(slots: readonly Slot[], members: readonly string[], parts: readonly (readonly ShiftPart[])[], timeZone: string): FairnessRow[] {
  type Row = { person: string; year: number; weeks: number; swapsGiven: number; swapsTaken: number; overrides: number; hours: number; weekendHours: number };
  const years = new Map<number, Map<string, Row>>();
  const row = (person: string, year: number): Row => {
    let people = years.get(year);
    if (!people) {
      years.set(year, (people = new Map()));
      for (const m of members) people.set(m, { person: m, year, weeks: 0, swapsGiven: 0, swapsTaken: 0, overrides: 0, hours: 0, weekendHours: 0 });
    }
    let r = people.get(person);
    if (!r) people.set(person, (r = { person, year, weeks: 0, swapsGiven: 0, swapsTaken: 0, overrides: 0, hours: 0, weekendHours: 0 }));
    return r;
  };
  slots.forEach((slot, i) => {
    const year = slot.week.year;
    for (const part of parts[i] ?? []) {
      const r = row(part.engineer, year);
      // Minutes here, hours once summed (below), so rounding never accumulates.
      r.hours += (part.end.getTime() - part.start.getTime()) / MINUTE;
      r.weekendHours += weekendMinutes(part.start.getTime(), part.end.getTime(), timeZone);
    }
    const covering = row(slot.engineer, year);
    covering.weeks += 1;
    if (slot.reason === 'override') covering.overrides += 1;
    if (slot.swap && slot.swap.awayWeek === slot.week.key) {
      row(slot.swap.away, year).swapsGiven += 1;
      row(slot.swap.cover, year).swapsTaken += 1;
    }
  });
  const order = (p: string) => {
    const i = members.indexOf(p);
    return i < 0 ? members.length : i;
  };
  return [...years.values()]
    .flatMap((people) => [...people.values()])
    .map((r) => ({ ...r, hours: toHours(r.hours), weekendHours: toHours(r.weekendHours) }))
    .sort((a, b) => a.year - b.year || order(a.person) - order(b.person) || (a.person < b.person ? -1 : a.person > b.person ? 1 : 0));
}
