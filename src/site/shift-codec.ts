// The shifts a page embeds for the page script (calendar rows, now/next cards), as compact text.
/** A shift as the page script reads it back: [start ms, end ms, person id, name]. */
export type EmbeddedShift = [number, number, string, string];

/**
 * The weeks a now/next card carries, compact enough to repeat on every runbook:
 * `start,id,name;…;end` with instants in seconds (weeks are back to back, so each ends where
 * the next starts) and names URI-encoded so that no separator can appear in them.
 */
export function encodeShifts(shifts: readonly { start: Date; end: Date; engineer: string; name: string }[]): string {
  if (shifts.length === 0) return '';
  const parts = shifts.map((s) => `${s.start.getTime() / 1000},${s.engineer},${encodeURIComponent(s.name)}`);
  parts.push(String(shifts[shifts.length - 1]!.end.getTime() / 1000));
  return parts.join(';');
}

export function decodeShifts(text: string): EmbeddedShift[] {
  const parts = text ? text.split(';') : [];
  const out: EmbeddedShift[] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    const [start, id, name] = parts[i]!.split(',') as [string, string, string];
    out.push([Number(start) * 1000, Number(parts[i + 1]!.split(',')[0]) * 1000, id, decodeURIComponent(name)]);
  }
  return out;
}
