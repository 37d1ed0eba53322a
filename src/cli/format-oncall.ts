import { describe } from '../core/rules/catalogue.ts';
import { namesOf } from '../core/rules/names.ts';
import { formatWallClock } from '../core/format-dates.ts';
import type { RotationSchedule } from '../core/schedules.ts';
import type { Model } from '../core/model.ts';

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function alignTable(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
        if (rightAligned.has(i)) return pad + cell;
        return i === row.length - 1 ? cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

const why = (w: RotationSchedule['weeks'][number]) =>
  w.reason === 'rotation' ? 'rotation' : `${w.reason}${w.agreed ? ' (agreed)' : ''}${w.note ? `: ${w.note}` : ''}`;

/** The terminal view of `npm run oncall`: per rotation a week table, its problems and fairness counts. */
export function formatOncallText(model: Model, schedules: readonly RotationSchedule[]): string {
  const { timezone, weekStartsOnName } = model.site.calendar;
  const names = namesOf(model.people);
  const local = (d: Date) => formatWallClock(d, timezone);
  if (schedules.length === 0) return 'No rotations: add one as rotations/<id>.yaml in the data directory.\n';
  const out: string[] = [];
  for (const s of schedules) {
    const rotation = model.byId.rotations.get(s.rotation)!;
    const day = weekStartsOnName[0]!.toUpperCase() + weekStartsOnName.slice(1);
    out.push(`${s.name} (${s.rotation}): hand-off ${day} ${rotation.handoff} ${timezone}`, '');
    // With versions, which line-up applies from when (the JSON gives each week's `version`).
    if (s.lineups.length > 1) {
      out.push(...alignTable(s.lineups.map((l) => [`  line-up ${l.version}`, `from ${l.from}:`, l.members.join(', ')])), '');
    }
    if (s.weeks.length === 0) {
      out.push(`No weeks listed: the rotation starts on ${rotation.start}.`, '');
      continue;
    }
    out.push(
      ...alignTable([
        ['WEEK', `FROM (${timezone})`, `UNTIL (${timezone})`, 'ON CALL', 'SCHEDULED', 'WHY'],
        ...s.weeks.map((w) => [w.week, local(w.start), local(w.end), w.engineer, w.scheduled === w.engineer ? '' : w.scheduled, why(w)]),
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
            f.person,
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
