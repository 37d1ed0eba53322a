import type { Slot } from './assign.ts';
import type { FairnessRow } from './types.ts';

/**
 * Per engineer and year (the week-numbering year of the week's key, so 2026-W53 counts in 2026):
 * weeks covered, holiday weeks handed to someone else (given), other people's holiday weeks
 * covered (taken), and weeks covered by override. A swap counts once, at the holiday week;
 * the week traded back shows only in `weeks`. Every member gets a row for every year listed,
 * so a zero is visible rather than missing.
 */
export function fairness(slots: readonly Slot[], members: readonly string[]): FairnessRow[] {
  type Row = { person: string; year: number; weeks: number; swapsGiven: number; swapsTaken: number; overrides: number };
  const years = new Map<number, Map<string, Row>>();
  const row = (person: string, year: number): Row => {
    let people = years.get(year);
    if (!people) {
      years.set(year, (people = new Map()));
      for (const m of members) people.set(m, { person: m, year, weeks: 0, swapsGiven: 0, swapsTaken: 0, overrides: 0 });
    }
    let r = people.get(person);
    if (!r) people.set(person, (r = { person, year, weeks: 0, swapsGiven: 0, swapsTaken: 0, overrides: 0 }));
    return r;
  };
  for (const slot of slots) {
    const year = slot.week.year;
    const covering = row(slot.engineer, year);
    covering.weeks += 1;
    if (slot.reason === 'override') covering.overrides += 1;
    if (slot.swap && slot.swap.awayWeek === slot.week.key) {
      row(slot.swap.away, year).swapsGiven += 1;
      row(slot.swap.cover, year).swapsTaken += 1;
    }
  }
  const order = (p: string) => {
    const i = members.indexOf(p);
    return i < 0 ? members.length : i;
  };
  return [...years.values()].flatMap((people) => [...people.values()]).sort((a, b) => a.year - b.year || order(a.person) - order(b.person) || (a.person < b.person ? -1 : a.person > b.person ? 1 : 0));
}
