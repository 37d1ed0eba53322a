import type { Shift } from './types.ts';

/**
 * What a holiday swap traded, in words, naming people through `name`: the CLI and the JSON
 * feed name them by id, the site and the calendar feeds by display name.
 */
export function swapNote(week: string, swap: NonNullable<Shift['swap']>, name: (id: string) => string = (id) => id): string {
  return swap.awayWeek === week
    ? `covers for ${name(swap.away)}, who is on holiday; ${name(swap.away)} takes ${swap.returnWeek} in return`
    : `takes this week from ${name(swap.cover)}, who covered ${swap.awayWeek} while ${name(swap.away)} was on holiday`;
}

/** A shift's note for people to read: the override's reason, or the swap in words with names from `name`. */
export const shiftNote = (shift: Pick<Shift, 'week' | 'swap' | 'note'>, name: (id: string) => string): string | undefined =>
  shift.swap ? swapNote(shift.week, shift.swap, name) : shift.note;
