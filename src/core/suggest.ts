import { closest, distance } from 'fastest-levenshtein';

/** `did you mean "x"?` when a candidate is close enough to be a likely typo, else ''. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  const best = closest(input, candidates as string[]);
  const limit = Math.max(2, Math.floor(input.length / 3));
  const d = distance(input, best);
  // d < input.length: a candidate that shares nothing with the input ("<<" and "id") is no hint.
  return d <= limit && d < input.length ? `did you mean "${best}"?` : '';
}

/** The known values to show: all of them, or the nearest `max` when there are more. */
export function nearestKnown(input: string, candidates: readonly string[], max = 8): { shown: string[]; total: number } {
  if (candidates.length <= max) return { shown: [...candidates], total: candidates.length };
  const nearest = [...candidates].sort((a, b) => distance(input, a) - distance(input, b) || (a < b ? -1 : 1)).slice(0, max);
  return { shown: nearest, total: candidates.length };
}

/** A short list of the known values, nearest first when there are many. */
export function knownList(input: string, candidates: readonly string[], max = 8): string {
  const { shown, total } = nearestKnown(input, candidates, max);
  return `${shown.join(', ')}${total > shown.length ? `, … (${total} in all)` : ''}`;
}

/** The candidate `didYouMean` would suggest, or undefined. */
export const closestMatch = (input: string, candidates: readonly string[]): string | undefined =>
  /^did you mean "(.*)"\?$/s.exec(didYouMean(input, candidates))?.[1];

export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : `${out ? '.' : ''}${String(segment)}`;
  }
  return out || '(top level)';
}
