import type { Person } from '../model.ts';
import { formatCivilDay, parseCivilDay, type CivilDay } from './civil.ts';
import { lastAtOrBefore } from './search.ts';

/** A stretch of days away: overlapping or touching holidays of one person merged into one. */
export interface Absence {
  readonly from: CivilDay;
  readonly to: CivilDay;
  /** The notes of the merged holidays, in date order. */
  readonly notes: readonly string[];
}

/**
 * Who is away when. Built once per model: each person's holidays become sorted, disjoint
 * ranges, so asking about a week is a binary search rather than a scan of every holiday.
 */
export class HolidayIndex {
  private readonly byPerson = new Map<string, Absence[]>();

  constructor(people: readonly Person[]) {
    for (const person of people) {
      const ranges = person.holidays
        .map((h) => ({ from: parseCivilDay(h.from), to: parseCivilDay(h.to), note: h.note }))
        .sort((a, b) => a.from - b.from || a.to - b.to);
      const merged: { from: number; to: number; notes: string[] }[] = [];
      for (const r of ranges) {
        const last = merged[merged.length - 1];
        if (last && r.from <= last.to + 1) {
          last.to = Math.max(last.to, r.to);
          if (r.note) last.notes.push(r.note);
        } else {
          merged.push({ from: r.from, to: r.to, notes: r.note ? [r.note] : [] });
        }
      }
      if (merged.length) this.byPerson.set(person.id, merged);
    }
  }

  /** The absence that overlaps any of the seven days from `weekStart`, if there is one. */
  awayDuring(person: string, weekStart: CivilDay): Absence | undefined {
    const ranges = this.byPerson.get(person);
    if (!ranges) return undefined;
    const weekEnd = weekStart + 6;
    // The last range starting on or before the week's end is the only one that needs checking:
    // ranges are disjoint and sorted, so if any earlier one overlaps the week, so does this one.
    const found = lastAtOrBefore(ranges, weekEnd, (r) => r.from);
    const range = found >= 0 ? ranges[found]! : undefined;
    return range && range.to >= weekStart ? range : undefined;
  }
}

/** "2026-03-02 to 2026-03-13, skiing" for messages. */
export function describeAbsence(absence: Absence): string {
  const dates = absence.from === absence.to ? formatCivilDay(absence.from) : `${formatCivilDay(absence.from)} to ${formatCivilDay(absence.to)}`;
  return absence.notes.length ? `${dates}, ${absence.notes.join('; ')}` : dates;
}
