import { ID_PATTERN } from '../schemas/common.ts';
import type { DataFile } from './files.ts';

/** What an id names, as the schema's message says it: "person id must be kebab-case …". */
export type IdKind = 'person' | 'team' | 'rotation' | 'area';

/**
 * Suggests the id for a value that is not one: `engineer: Engineer B` is most likely the display
 * name of the person whose id is engineer-b. Returns undefined when no person, team, rotation or
 * area has that name.
 */
export type IdHint = (message: string, value: string) => { kind: IdKind; id: string } | undefined;

const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** `[{id, name}]` at `key` of a raw value, as written (the file may fail its schema elsewhere). */
function named(value: unknown, key: string): { id: unknown; name: unknown }[] {
  const list = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list.filter((item): item is { id: unknown; name: unknown } => typeof item === 'object' && item !== null) : [];
}

/** From the data files as parsed, before their schemas: a display name is worth suggesting even when its file has another mistake. */
export function idHint(files: readonly { entry: DataFile; value: unknown }[]): IdHint {
  const byName = new Map<string, { kind: IdKind; id: string }[]>();
  const add = (kind: IdKind, id: unknown, name: unknown) => {
    if (typeof id !== 'string' || !ID_PATTERN.test(id) || typeof name !== 'string') return;
    const key = normal(name);
    byName.set(key, [...(byName.get(key) ?? []), { kind, id }]);
  };
  for (const { entry, value } of files) {
    if (entry.kind === 'people') for (const p of named(value, 'people')) add('person', p.id, p.name);
    if (entry.kind === 'teams') for (const t of named(value, 'teams')) add('team', t.id, t.name);
    if (entry.kind === 'site') for (const a of named(value, 'areas')) add('area', a.id, a.name);
    if (entry.kind === 'rotation' && typeof value === 'object' && value !== null) add('rotation', entry.id, (value as Record<string, unknown>).name);
  }
  return (message, value) => {
    const kind = /^(person|team|rotation|area) id\b/.exec(message)?.[1];
    const matches = (byName.get(normal(value)) ?? []).filter((m) => kind === undefined || m.kind === kind);
    return matches.length === 1 ? matches[0] : undefined;
  };
}
