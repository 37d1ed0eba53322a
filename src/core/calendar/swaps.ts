import type { HolidayIndex } from './holidays.ts';
import { assignLineup, type Lineup, type Slot } from './assign.ts';
import type { Rotation } from '../model.ts';

/**
 * Holiday swaps, week by week from the rotation's first week up to (not including) `through`:
 * the swap for a week depends on every swap before it, so no week can be computed alone.
 *
 * Week w's engineer X is on holiday: try each later member Y (wrapping) who is not away in w,
 * and the first week w2 of the 2n after w that Y holds and X can take without anyone covering
 * two weeks in a row. Y covers w, X covers w2. `slots` must reach `through + 2n + 1` so the
 * candidate weeks and their neighbours exist.
 *
 * Members, n and the window are those of the line-up in effect in week w. Until the walk reaches a
 * later line-up's first week, the weeks after it still hold the current line-up: so a swap before
 * a changeover sees exactly what it saw before the new version was added, and adding a version from
 * week W never changes a week before W. A week traded across the changeover stays traded.
 */
export function applyHolidaySwaps(
  slots: Slot[],
  lineups: readonly Lineup[],
  assignment: Rotation['assignment'],
  holidays: HolidayIndex,
  through: number,
): void {
  let current = 0;
  let members = lineups[0]!.members;
  const takeOver = (upTo: number) => {
    while (current + 1 < lineups.length && lineups[current + 1]!.from <= upTo) {
      current += 1;
      assignLineup(slots, lineups[current]!, assignment);
      members = lineups[current]!.members;
    }
  };
  for (let w = 0; w < through; w++) {
    takeOver(w);
    const n = members.length;
    const slot = slots[w]!;
    // Overrides are hand-made and final; a week already swapped was given to someone free.
    if (slot.reason !== 'rotation') continue;
    const x = slot.engineer;
    const absence = holidays.awayDuring(x, slot.week.startDay);
    if (!absence) continue;

    const alsoAway: string[] = [];
    const noWeek: string[] = [];
    const from = members.indexOf(x);
    let swapped = false;
    for (let j = 1; j < n && !swapped; j++) {
      const y = members[(from + j) % n]!;
      if (holidays.awayDuring(y, slot.week.startDay)) {
        alsoAway.push(y);
        continue;
      }
      const w2 = tradeableWeek(slots, w, x, y, n, holidays);
      if (w2 === undefined) {
        noWeek.push(y);
        continue;
      }
      const other = slots[w2]!;
      const swap = { away: x, cover: y, awayWeek: slot.week.key, returnWeek: other.week.key };
      slot.engineer = y;
      slot.reason = 'holiday-swap';
      slot.swap = swap;
      other.engineer = x;
      other.reason = 'holiday-swap';
      other.swap = swap;
      swapped = true;
    }
    if (!swapped) slot.uncovered = { absence, alsoAway, noWeek };
  }
  // The weeks after `through` are only neighbours and swap candidates, but they too follow their line-up.
  takeOver(Number.POSITIVE_INFINITY);
}

function tradeableWeek(slots: readonly Slot[], w: number, x: string, y: string, n: number, holidays: HolidayIndex): number | undefined {
  // Who would cover week i if w went to y and w2 to x.
  const after = (i: number, w2: number) => (i === w ? y : i === w2 ? x : slots[i]?.engineer);
  for (let w2 = w + 1; w2 <= w + 2 * n && w2 < slots.length; w2++) {
    const candidate = slots[w2]!;
    // A week already traded stays traded, so every swap note remains true.
    if (candidate.engineer !== y || candidate.reason !== 'rotation') continue;
    if (holidays.awayDuring(x, candidate.week.startDay)) continue;
    if (after(w - 1, w2) === y || after(w + 1, w2) === y) continue;
    if (after(w2 - 1, w2) === x || after(w2 + 1, w2) === x) continue;
    return w2;
  }
  return undefined;
}
