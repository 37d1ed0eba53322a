import type { Shift } from './types.ts';

/**
 * What a holiday swap traded, in words, naming people through `name`: the CLI and the JSON
 * feed name them by id, the site and the calendar feeds by display name.
 */
export function swapNote(week: string, swap: NonNullable<Shift['swap']>, name: (id: string) => string = (id) => id, scheduled = swap.cover): string {
  if (swap.awayWeek === week) return `covers for ${name(swap.away)}, who is on holiday; ${name(swap.away)} takes ${swap.returnWeek} in return`;
  return scheduled === swap.cover
    ? `takes this week from ${name(swap.cover)}, who covered ${swap.awayWeek} while ${name(swap.away)} was on holiday`
    : // Traded before the line-up changed: the week was the cover's under the line-up then in effect, not the new one.
      `takes this week in return for ${swap.awayWeek}, which ${name(swap.cover)} covered while ${name(swap.away)} was on holiday`;
}

/** A shift's note for people to read: the override's reason, or the swap in words with names from `name`. */
export const shiftNote = (shift: Pick<Shift, 'week' | 'swap' | 'note' | 'scheduled'>, name: (id: string) => string): string | undefined =>
  shift.swap ? swapNote(shift.week, shift.swap, name, shift.scheduled) : shift.note;
