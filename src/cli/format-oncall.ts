import stringWidth from 'string-width';
import { hoursWords } from '../core/calendar/hours.ts';
import { rotationZone } from '../core/calendar/local-time.ts';
import { shiftNote } from '../core/calendar/notes.ts';
import { describe } from '../core/rules/catalogue.ts';
import { namesOf } from '../core/rules/names.ts';
import { formatWallClock } from '../core/format-dates.ts';
import type { RotationSchedule } from '../core/schedules.ts';
import type { Model } from '../core/model.ts';

/**
 * How many terminal columns `text` takes: display names may hold wide (CJK, emoji) or combining
 * characters, which a count of code points gets wrong. Most cells are ASCII, measured directly.
 */
export const columns = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text.length : stringWidth(text));

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function alignTable(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, columns(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - columns(cell));
        if (rightAligned.has(i)) return pad + cell;
        return i === row.length - 1 ? cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** Why this engineer, for people: a swap's note names people by display name, as the table does. */
const why = (w: RotationSchedule['weeks'][number], name: (id: string) => string) => {
  if (w.reason === 'rotation') return 'rotation';
  const note = shiftNote(w, name);
  return `${w.reason}${w.agreed ? ' (agreed)' : ''}${note ? `: ${note}` : ''}`;
};

/**
 * The terminal view of `npm run oncall`: per rotation a week table, its problems and fairness counts.
 * It is read by people, so it names them by display name, with the id once where a problem's fix is
 * YAML; the JSON (`--format json`) keeps ids for scripts.
 */
export function formatOncallText(model: Model, schedules: readonly RotationSchedule[]): string {
  const { timezone, weekStartsOnName } = model.site.calendar;
  const names = namesOf(model.people);
  const name = names.person;
  const local = (d: Date) => formatWallClock(d, timezone);
  if (schedules.length === 0) return 'No rotations: add one as rotations/<id>.yaml in the data directory.\n';
  const out: string[] = [];
  for (const s of schedules) {
    const rotation = model.byId.rotations.get(s.rotation)!;
    const day = weekStartsOnName[0]!.toUpperCase() + weekStartsOnName.slice(1);
    out.push(`${s.name} (${s.rotation}): hand-off ${day} ${rotation.handoff} ${timezone}`);
    // With hours, the week's engineer is on call only in its windows, as written (in the hours' zone).
    if (rotation.hours) out.push(`On call only in these hours, ${rotationZone(rotation, model.site.calendar)} time: ${hoursWords(rotation.hours)}`);
    out.push('');
    // With versions, which line-up applies from when (the JSON gives each week's `version`).
    if (s.lineups.length > 1) {
      out.push(...alignTable(s.lineups.map((l) => [`  line-up ${l.version}`, `from ${l.from}:`, l.members.map(name).join(', ')])), '');
    }
    if (s.weeks.length === 0) {
      out.push(`No weeks listed: the rotation starts on ${rotation.start}.`, '');
      continue;
    }
    out.push(
      ...alignTable([
        ['WEEK', `FROM (${timezone})`, `UNTIL (${timezone})`, 'ON CALL', 'SCHEDULED', 'WHY'],
        ...s.weeks.flatMap((w) => [
          [w.week, local(w.start), local(w.end), name(w.engineer), w.scheduled === w.engineer ? '' : name(w.scheduled), why(w, name)],
          // A cover's on-call time within the week, under it: who takes it from the week's engineer, and why.
          ...w.shifts
            .filter((part) => part.reason === 'cover')
            .map((part) => ['', local(part.start), local(part.end), name(part.engineer), name(w.engineer), `cover${part.note ? `: ${part.note}` : ''}`]),
        ]),
      ]),
      '',
    );
    if (s.problems.length === 0) out.push('No problems.');
    else {
      out.push(`${s.problems.length} ${s.problems.length === 1 ? 'problem' : 'problems'}:`);
      // People by display name, the id once where the fix is YAML; validate keeps ids.
      out.push(...alignTable(s.problems.map((p) => [`  ${p.week}`, p.rule, describe(p, names).message])));
    }
    out.push('');
    out.push(
      ...alignTable(
        [
          ['YEAR', 'PERSON', 'WEEKS', 'HOURS', 'WEEKEND HOURS', 'SWAPS GIVEN', 'SWAPS TAKEN', 'OVERRIDES'],
          ...s.fairness.map((f) => [
            String(f.year),
            name(f.person),
            String(f.weeks),
            String(f.hours),
            String(f.weekendHours),
            String(f.swapsGiven),
            String(f.swapsTaken),
            String(f.overrides),
          ]),
        ],
        new Set([2, 3, 4, 5, 6, 7]),
      ),
      '',
    );
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
