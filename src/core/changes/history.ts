import { instantAt, localDay, parseCivilDay, startOfWeekDay } from '../calendar/civil.ts';
import { mergeSpans } from '../calendar/hours.ts';
import { rotationZone } from '../calendar/local-time.ts';
import { zoneOffsetMs } from '../calendar/offsets.ts';
import { companyWeeks } from '../calendar/weeks.ts';
import type { Model, Rotation, Version } from '../model.ts';
import { coverEntries, pairCovers } from './covers.ts';
import { changedWeeks, schedulesOf, weekCauses, type OncallInput } from './week-changes.ts';
import type { CoverEntry, HistoryCover, HistoryReport, HistoryWeek, KeepHistory } from './types.ts';

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
 * What the head does to the record of a started cover `b` (paired with `a`, its version in the head, if any),
 * or undefined when the record stands. The record is its past: `b.engineer` on call from `b.start` until
 * its end or now, whichever comes first. It stands while covers of the same engineer in the head still
 * hold all of it; hours added around it (an earlier start, a later end) record more and rewrite nothing.
 */
function coverRecordChange(b: CoverEntry, a: CoverEntry | undefined, head: readonly CoverEntry[], now: number): string | undefined {
  const from = Date.parse(b.start);
  const to = Math.min(Date.parse(b.end), now);
  const held = mergeSpans(head.filter((c) => c.engineer.id === b.engineer.id).map((c) => ({ start: Date.parse(c.start), end: Date.parse(c.end) })));
  if (held.some((s) => s.start <= from && s.end >= to)) return undefined;
  if (!a) return 'removed';
  const what: string[] = [];
  if (a.engineer.id !== b.engineer.id) what.push(`${a.engineer.name} instead of ${b.engineer.name}`);
  if (Date.parse(a.start) > from) what.push('starts later, after it had started');
  if (Date.parse(a.end) < to) what.push(Date.parse(a.end) < from ? 'moved to before it started' : 'ends earlier, before now');
  return what.length ? what.join('; ') : `${b.engineer.name} no longer holds all of its hours up to now`;
}

/** `2026-12-09T18:00+01:00`: an instant as a local date-time in `timeZone` with its offset, exact whatever the zone says later. */
function withOffset(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  const offset = zoneOffsetMs(timeZone, ms);
  const wall = new Date(ms + offset).toISOString();
  const minutes = Math.abs(offset) / 60_000;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${wall.slice(0, wall.endsWith(':00.000Z') ? 16 : 19)}${offset < 0 ? '-' : '+'}${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** A rotation's `covers` as YAML; JSON strings are valid YAML double-quoted scalars. */
function coversYaml(covers: readonly { from: string; to: string; engineer: string; reason: string; agreed: boolean }[]): string {
  const items = covers.flatMap((c) => [
    `  - from: ${c.from}`,
    `    to: ${c.to}`,
    `    engineer: ${c.engineer}`,
    `    reason: ${JSON.stringify(c.reason)}`,
    ...(c.agreed ? ['    agreed: true'] : []),
  ]);
  return items.length ? `covers:\n${items.join('\n')}\n` : 'covers: []\n';
}

/**
 * The covers that had started by `now` whose record the change rewrites, and per rotation the `covers`
 * that keep them: the head's, with each rewritten cover put back as it was (with explicit offsets when
 * the rotation's zone changed, so it keeps its instants), in order of start.
 */
function rewrittenCovers(input: OncallInput): { covers: HistoryCover[]; keep: KeepHistory[] } {
  const { base, head, now, names } = input;
  const covers: HistoryCover[] = [];
  const keep: KeepHistory[] = [];
  for (const rotation of head.rotations) {
    const b = base.byId.rotations.get(rotation.id);
    if (!b?.covers.length) continue;
    const was = coverEntries(b, base.site.calendar, names);
    const is = coverEntries(rotation, head.site.calendar, names);
    const { pairs, removed } = pairCovers(was, is);
    const counterpart = new Map<CoverEntry, CoverEntry | undefined>([...pairs, ...removed.map((x) => [x, undefined] as const)]);
    const rewritten: HistoryCover[] = [];
    for (const before of was) {
      if (Date.parse(before.start) > now.getTime()) continue;
      const after = counterpart.get(before);
      const what = coverRecordChange(before, after, is, now.getTime());
      if (what) rewritten.push({ rotation: rotation.id, rotationName: rotation.name, file: rotation.file, before, ...(after ? { after } : {}), what });
    }
    if (!rewritten.length) continue;
    covers.push(...rewritten);
    const replaced = new Set(rewritten.flatMap((r) => (r.after ? [r.after.index] : [])));
    const zone = rotationZone(rotation, head.site.calendar);
    const restored = rewritten.map(({ before: c }) => ({
      start: c.start,
      from: c.timezone === zone ? c.from : withOffset(c.start, zone),
      to: c.timezone === zone ? c.to : withOffset(c.end, zone),
      engineer: c.engineer.id,
      reason: c.reason,
      agreed: c.agreed,
    }));
    const kept = rotation.covers.flatMap((c, i) => (replaced.has(i) ? [] : [{ ...c, start: is[i]!.start }]));
    const list = [...kept, ...restored].sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
    const n = rewritten.length;
    keep.push({
      rotation: rotation.id,
      file: rotation.file,
      how:
        `put back ${n === 1 ? 'the cover that had started' : `the ${n} covers that had started`} as ${n === 1 ? 'it was' : 'they were'}. ` +
        'To end a running cover early, move its end to a time from now on; to hand the rest of it to someone else, end it so and add a new cover for the rest',
      yaml: coversYaml(list),
    });
  }
  return { covers, keep };
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
  const started = rewrittenCovers(input);
  return { current: current!.key, next: next!.key, weeks, now: now.toISOString().replace(/\.000Z$/, 'Z'), covers: started.covers, keep: [...keep, ...started.keep] };
}
