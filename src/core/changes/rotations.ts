import type { Override, Rotation } from '../model.ts';
import { clip, diffFields, scalarChange, setChanges, type FieldDiffs } from './fields.ts';
import type { Names } from './names.ts';
import type { Change } from './types.ts';

/** "4 members: Engineer A, Engineer B, …; week-number". */
export function rotationSummary(r: Rotation, names: Names): string {
  return `${r.members.length} members: ${r.members.map(names.person).join(', ')}; ${r.assignment}, from ${r.start}`;
}

/** "Engineer B, agreed back to back — reason". */
function overrideInWords(o: Override, names: Names): string {
  return `${names.person(o.engineer)}${o.agreed ? ', agreed back to back' : ''} — ${clip(o.reason)}`;
}

/** "mon–fri 09:00–17:00 (Europe/Berlin)", window by window. */
function hoursInWords(r: Rotation): string | undefined {
  if (!r.hours) return undefined;
  const windows = r.hours.windows.map((w) => `${w.days.join(', ')} ${w.from}–${w.to}`).join('; ');
  return r.hours.timezone ? `${windows} (${r.hours.timezone})` : windows;
}

/** Membership and order: who came and went, then the order when the people kept are in a different one (it decides who gets which week). */
function memberChanges(before: Rotation, after: Rotation, names: Names): Change[] {
  const changes = setChanges('members', 'member', before.members, after.members, names.person);
  const kept = (list: readonly string[], other: readonly string[]) => list.filter((m) => other.includes(m));
  if (kept(before.members, after.members).join() !== kept(after.members, before.members).join()) {
    changes.push({ kind: 'changed', key: 'members', field: 'rotation order', before: before.members.map(names.person).join(', '), after: after.members.map(names.person).join(', ') });
  }
  return changes;
}

/** Overrides matched by week. */
function overrideChanges(before: Rotation, after: Rotation, names: Names): Change[] {
  const old = new Map(before.overrides.map((o) => [o.week, o]));
  const current = new Map(after.overrides.map((o) => [o.week, o]));
  const weeks = [...new Set([...before.overrides, ...after.overrides].map((o) => o.week))].sort();
  return weeks.flatMap((week) => {
    const b = old.get(week);
    const a = current.get(week);
    return scalarChange('overrides', `override ${week}`, b && overrideInWords(b, names), a && overrideInWords(a, names));
  });
}

/** Versions matched by their `from` week: each line-up in words. */
function versionChanges(before: Rotation, after: Rotation, names: Names): Change[] {
  const lineups = (r: Rotation) => new Map(r.versions.map((v) => [v.from, v.members.map(names.person).join(', ')]));
  const [was, now] = [lineups(before), lineups(after)];
  return [...new Set([...was.keys(), ...now.keys()])].sort().flatMap((from) => scalarChange('versions', `version from ${from}`, was.get(from), now.get(from)));
}

/** Membership, order, settings and overrides; the weeks these move are reported separately. */
export function rotationChanges(before: Rotation, after: Rotation, names: Names): Change[] {
  return diffFields<Rotation>(
    {
      id: 'rotations are matched by id',
      file: 'follows from the id',
      name: (b, a) => scalarChange('name', 'name', b.name, a.name),
      members: (b, a) => memberChanges(b, a, names),
      versions: (b, a) => versionChanges(b, a, names),
      assignment: (b, a) => scalarChange('assignment', 'assignment', b.assignment, a.assignment),
      start: (b, a) => scalarChange('start', 'start', b.start, a.start),
      handoff: (b, a) => scalarChange('handoff', 'handoff', b.handoff, a.handoff),
      overrides: (b, a) => overrideChanges(b, a, names),
      covers: 'reported with their hours in their own section (covers.ts), matched by range and overlap',
      hours: (b, a) => scalarChange('hours', 'hours', hoursInWords(b) ?? 'around the clock', hoursInWords(a) ?? 'around the clock'),
      pagerduty: (b, a) => scalarChange('pagerduty.schedule', 'PagerDuty schedule', b.pagerduty?.schedule, a.pagerduty?.schedule),
    } satisfies FieldDiffs<Rotation>,
    before,
    after,
  );
}
