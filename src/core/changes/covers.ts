import { toHours } from '../calendar/fairness.ts';
import { hoursWithin, weeklyHours } from '../calendar/hours.ts';
import { localDateTimeMs, rotationZone } from '../calendar/local-time.ts';
import type { CompanyCalendar, PartialModel, Rotation } from '../model.ts';
import type { Names } from './names.ts';
import type { CoverChange, CoverEntry, CoverField, RotationCoverChanges } from './types.ts';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

/** A rotation's covers with their instants and hours, read in its zone on that side, in file order. */
export function coverEntries(rotation: Rotation, calendar: Pick<CompanyCalendar, 'timezone'>, names: Names): CoverEntry[] {
  const timezone = rotationZone(rotation, calendar);
  const hours = weeklyHours(rotation, timezone);
  return rotation.covers.map((c, index) => {
    const start = localDateTimeMs(c.from, timezone, 'start');
    const end = localDateTimeMs(c.to, timezone, 'end');
    const within = hours && end > start ? hoursWithin(hours, start, end).reduce((sum, s) => sum + (s.end - s.start), 0) : 0;
    return {
      index,
      from: c.from,
      to: c.to,
      start: iso(start),
      end: iso(end),
      timezone,
      hours: toHours((end - start) / MINUTE),
      ...(hours ? { onCallHours: toHours(within / MINUTE) } : {}),
      engineer: { id: c.engineer, name: names.person(c.engineer) },
      reason: c.reason,
      agreed: c.agreed,
    };
  });
}

/** What differs in effect between two versions of a cover, in CoverField order. */
export function coverDifferences(before: CoverEntry, after: CoverEntry): CoverField[] {
  const fields: CoverField[] = [];
  if (before.engineer.id !== after.engineer.id) fields.push('engineer');
  if (before.start !== after.start) fields.push('start');
  if (before.end !== after.end) fields.push('end');
  if (before.reason !== after.reason) fields.push('reason');
  if (before.agreed !== after.agreed) fields.push('agreed');
  return fields;
}

const overlapMs = (a: CoverEntry, b: CoverEntry) => Math.min(Date.parse(a.end), Date.parse(b.end)) - Math.max(Date.parse(a.start), Date.parse(b.start));

/**
 * Pairs each cover of the base with its version in the head: first by the range as written, then,
 * among the rest, by the greatest overlap in time (a cover whose end moved is the same cover, changed).
 * Unpaired covers were removed or added. Pairs may be equal in effect.
 */
export function pairCovers(
  before: readonly CoverEntry[],
  after: readonly CoverEntry[],
): { pairs: [CoverEntry, CoverEntry][]; removed: CoverEntry[]; added: CoverEntry[] } {
  const pairs: [CoverEntry, CoverEntry][] = [];
  const left = new Set(before);
  const right = new Set(after);
  for (const b of before) {
    const a = [...right].find((x) => x.from === b.from && x.to === b.to);
    if (!a) continue;
    pairs.push([b, a]);
    left.delete(b);
    right.delete(a);
  }
  const candidates = [...left]
    .flatMap((b) => [...right].map((a) => ({ b, a, overlap: overlapMs(b, a) })))
    .filter((c) => c.overlap > 0)
    .sort((x, y) => y.overlap - x.overlap || x.b.index - y.b.index || x.a.index - y.a.index);
  for (const { b, a } of candidates) {
    if (!left.has(b) || !right.has(a)) continue;
    pairs.push([b, a]);
    left.delete(b);
    right.delete(a);
  }
  return { pairs, removed: [...left], added: [...right] };
}

const byStart = (x: CoverEntry, y: CoverEntry) => (x.start < y.start ? -1 : x.start > y.start ? 1 : x.index - y.index);

/**
 * Covers added, removed or changed, for every rotation on either side whose file loaded on both
 * (a rotation only one side has: all its covers are added or removed). Each side's covers are read in
 * that side's zone; a side without site.yaml borrows the other's. Nothing when neither side has one.
 */
export function coverChanges(base: PartialModel, head: PartialModel, names: Names): RotationCoverChanges[] {
  const calendar = head.site?.calendar ?? base.site?.calendar;
  if (!calendar) return [];
  const uncertain = (r: Rotation) => base.unloaded.includes(r.file) || head.unloaded.includes(r.file);
  const before = new Map(base.rotations.map((r) => [r.id, r]));
  const after = new Map(head.rotations.map((r) => [r.id, r]));
  const result: RotationCoverChanges[] = [];
  for (const id of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(id);
    const a = after.get(id);
    const rotation = (a ?? b)!;
    if (uncertain(rotation)) continue;
    const was = b ? coverEntries(b, base.site?.calendar ?? calendar, names) : [];
    const now = a ? coverEntries(a, calendar, names) : [];
    const { pairs, removed, added } = pairCovers(was, now);
    const changed: CoverChange[] = pairs
      .map(([x, y]) => ({ before: x, after: y, changes: coverDifferences(x, y) }))
      .filter((c) => c.changes.length > 0)
      .sort((x, y) => byStart(x.after, y.after));
    if (!added.length && !removed.length && !changed.length) continue;
    result.push({
      rotation: id,
      name: rotation.name,
      file: rotation.file,
      timezone: rotationZone(rotation, a ? calendar : (base.site?.calendar ?? calendar)),
      added: added.sort(byStart),
      removed: removed.sort(byStart),
      changed,
    });
  }
  return result;
}
