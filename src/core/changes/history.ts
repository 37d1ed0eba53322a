import { instantAt, localDay, parseCivilDay, startOfWeekDay } from '../calendar/civil.ts';
import { companyWeeks } from '../calendar/weeks.ts';
import type { Model, Rotation, Version } from '../model.ts';
import { changedWeeks, schedulesOf, weekCauses, type OncallInput } from './week-changes.ts';
import type { HistoryReport, HistoryWeek, KeepHistory } from './types.ts';

/** The model with one rotation replaced: what the data would say with a proposed fix. */
function withRotation(model: Model, rotation: Rotation): Model {
  const rotations = model.rotations.map((r) => (r.id === rotation.id ? rotation : r));
  return { ...model, rotations, byId: { ...model.byId, rotations: new Map(rotations.map((r) => [r.id, r])) } };
}

/** The members in effect in week `week` (`YYYY-Www` sorts in time order within a calendar). */
const lineupAt = (r: Rotation, week: string) => r.versions.filter((v) => v.from <= week).at(-1)?.members ?? r.members;

/**
 * The same line-up change, kept out of the past: the base's members and the versions already in
 * effect, then the head's line-up as a version from next week, then the head's later versions.
 */
function versionFromNextWeek(base: Rotation, head: Rotation, current: string, next: string): Rotation | undefined {
  const lineup = lineupAt(head, next);
  const versions: Version[] = [...base.versions.filter((v) => v.from <= current)];
  if (lineupAt(base, next).join() !== lineup.join()) versions.push({ from: next, members: lineup });
  versions.push(...head.versions.filter((v) => v.from > next));
  const proposal = { ...head, members: base.members, versions };
  const same = (a: Rotation) => a.members.join() === head.members.join() && JSON.stringify(a.versions) === JSON.stringify(head.versions);
  return same(proposal) ? undefined : proposal;
}

const list = (ids: readonly string[]) => `[${ids.join(', ')}]`;

function versionYaml(r: Rotation): string {
  const lines = [`members: ${list(r.members)}`];
  if (r.versions.length) lines.push('versions:', ...r.versions.flatMap((v) => [`  - from: ${v.from}`, `    members: ${list(v.members)}`]));
  return `${lines.join('\n')}\n`;
}

/** Overrides recording who covered each week; JSON strings are valid YAML double-quoted scalars. */
function overridesYaml(weeks: readonly HistoryWeek[]): string {
  const items = weeks
    .filter((w) => w.before)
    .flatMap((w) => [`  - week: ${w.week}`, `    engineer: ${w.before!.id}`, `    reason: ${JSON.stringify(`${w.before!.name} covered this week`)}`]);
  return `overrides:\n${items.join('\n')}\n`;
}

/** The weeks up to and including the current one that change hands, unless the head names them in an override. */
function rewritten(base: Model, head: Model, input: OncallInput, range: { from: Date; weeks: number }, only?: string): HistoryWeek[] {
  const before = schedulesOf(base, range);
  const after = schedulesOf(head, range);
  const timeZone = head.site.calendar.timezone;
  return head.rotations.flatMap((rotation) => {
    const b = before.get(rotation.id);
    const a = after.get(rotation.id)!;
    if (!b || (only !== undefined && rotation.id !== only)) return [];
    // Recording who really covered a past week is what an override is for.
    const overridden = new Set(a.weeks.filter((w) => w.reason === 'override').map((w) => w.week));
    return changedWeeks(b, a, timeZone, input.names, weekCauses(input, rotation.id))
      .filter((w) => !overridden.has(w.week))
      .map((w) => ({ rotation: rotation.id, rotationName: rotation.name, ...w }));
  });
}

/**
 * The history gate: every week before the current one, and the current one, that the change gives
 * to someone else, and how to make the same change keep them. Both sides are computed by the engine
 * from each rotation's start; a proposed fix is computed too, so the advice is known to work.
 */
export function historyChanges(input: OncallInput): HistoryReport {
  const { base, head, now } = input;
  const calendar = head.site.calendar;
  const today = localDay(now, calendar.timezone);
  const [current, next] = companyWeeks(today, 2, calendar);
  const starts = [...base.rotations, ...head.rotations].map((r) => parseCivilDay(r.start));
  const first = starts.length ? startOfWeekDay(Math.min(...starts), calendar.weekStartsOn) : current!.startDay;
  const range = { from: instantAt(first, 12 * 60, calendar.timezone), weeks: Math.max(0, (current!.startDay - first) / 7 + 1) };
  const weeks = rewritten(base, head, input, range);

  const keep: KeepHistory[] = [];
  for (const id of [...new Set(weeks.map((w) => w.rotation))]) {
    const b = base.byId.rotations.get(id)!;
    const h = head.byId.rotations.get(id)!;
    const lineupChanged = (input.rotationChanges.get(id) ?? []).some((c) => c.key === 'members' || c.key === 'versions');
    const proposal = lineupChanged ? versionFromNextWeek(b, h, current!.key, next!.key) : undefined;
    let left = weeks.filter((w) => w.rotation === id);
    if (proposal) {
      keep.push({
        rotation: id,
        file: h.file,
        how: `keep members as they were and put the new line-up in a version from ${next!.key}, next week, so the weeks up to ${current!.key} keep who covered them`,
        yaml: versionYaml(proposal),
      });
      left = rewritten(base, withRotation(head, proposal), input, range, id);
    }
    if (left.some((w) => !w.before)) {
      keep.push({ rotation: id, file: h.file, how: `keep start: ${b.start}, so the rotation does not gain weeks that nobody covered`, yaml: `start: ${b.start}\n` });
    }
    if (left.some((w) => w.before)) {
      keep.push({
        rotation: id,
        file: h.file,
        how: `${proposal ? 'then also ' : ''}record who covered ${left.length === 1 ? 'that week' : 'those weeks'} with overrides (add them to overrides)`,
        yaml: overridesYaml(left),
      });
    }
  }
  return { current: current!.key, next: next!.key, weeks, keep };
}
