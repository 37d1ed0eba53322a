import type { Override, Rotation } from '../model.ts';
import { clip, scalarChange, setChanges } from './fields.ts';
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

/** Membership, order, settings and overrides; the weeks these move are reported separately. */
export function rotationChanges(before: Rotation, after: Rotation, names: Names): Change[] {
  const changes: Change[] = [
    ...scalarChange('name', 'name', before.name, after.name),
    ...setChanges('members', 'member', before.members, after.members, names.person),
  ];
  // Order decides who gets which week; report it when the people kept are in a different order.
  const kept = (list: readonly string[], other: readonly string[]) => list.filter((m) => other.includes(m));
  if (kept(before.members, after.members).join() !== kept(after.members, before.members).join()) {
    changes.push({ kind: 'changed', key: 'members', field: 'rotation order', before: before.members.map(names.person).join(', '), after: after.members.map(names.person).join(', ') });
  }
  changes.push(
    ...scalarChange('assignment', 'assignment', before.assignment, after.assignment),
    ...scalarChange('start', 'start', before.start, after.start),
    ...scalarChange('handoff', 'handoff', before.handoff, after.handoff),
  );
  const old = new Map(before.overrides.map((o) => [o.week, o]));
  const weeks = [...new Set([...before.overrides, ...after.overrides].map((o) => o.week))].sort();
  const current = new Map(after.overrides.map((o) => [o.week, o]));
  for (const week of weeks) {
    const b = old.get(week);
    const a = current.get(week);
    changes.push(...scalarChange('overrides', `override ${week}`, b && overrideInWords(b, names), a && overrideInWords(a, names)));
  }
  return changes;
}
