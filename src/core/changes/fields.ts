import type { Change, Changed, Entry, EntityChanges } from './types.ts';

/** A scalar field, by its schema path `key` and its words `field`: nothing when equal, added/removed when one side lacks it. */
export function scalarChange(key: string, field: string, before: string | undefined, after: string | undefined): Change[] {
  if (before === after) return [];
  if (before === undefined) return [{ kind: 'added', key, field, value: after! }];
  if (after === undefined) return [{ kind: 'removed', key, field, value: before }];
  return [{ kind: 'changed', key, field, before, after }];
}

/** Members of an unordered list (upstream teams, rotation members): what came and went, in words. */
export function setChanges(key: string, field: string, before: readonly string[], after: readonly string[], word: (id: string) => string): Change[] {
  const b = new Set(before);
  const a = new Set(after);
  return [
    ...after.filter((x) => !b.has(x)).map((x): Change => ({ kind: 'added', key, field, value: word(x) })),
    ...before.filter((x) => !a.has(x)).map((x): Change => ({ kind: 'removed', key, field, value: word(x) })),
  ];
}

/**
 * How the change report treats one field of an entity: a function that lists its changes, or, as
 * text, why the field is not compared. Each entity declares this for every key of its type
 * (`satisfies FieldDiffs<Pipeline>`), so a new schema field fails to compile until it is decided.
 */
export type FieldDiff<T> = ((before: T, after: T) => Change[]) | string;
export type FieldDiffs<T> = { readonly [K in keyof T]-?: FieldDiff<T> };

/** The changes of every compared field, in the order the fields are declared. */
export function diffFields<T>(fields: FieldDiffs<T>, before: T, after: T): Change[] {
  return Object.values<FieldDiff<T>>(fields).flatMap((diff) => (typeof diff === 'function' ? diff(before, after) : []));
}

/** One line of prose from free text: whitespace collapsed, long text cut with an ellipsis. */
export function clip(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

export interface EntityDiffOptions<T> {
  readonly file: (item: T) => string;
  readonly name: (item: T) => string;
  readonly summary?: (item: T) => string | undefined;
  readonly compare: (before: T, after: T) => Change[];
  /** Items whose file did not load on the other side: neither added nor removed can be claimed. */
  readonly uncertain?: (item: T) => boolean;
}

/** Matches items by id: added, removed and changed, each sorted by id so the report is stable. */
export function diffEntities<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
  options: EntityDiffOptions<T>,
): EntityChanges {
  const byId = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const entry = (item: T): Entry => {
    const summary = options.summary?.(item);
    return { id: item.id, name: options.name(item), file: options.file(item), ...(summary ? { summary } : {}) };
  };
  const certain = (item: T) => !options.uncertain?.(item);
  const added = after.filter((item) => !byId.has(item.id) && certain(item)).map(entry);
  const removed = before.filter((item) => !afterIds.has(item.id) && certain(item)).map(entry);
  const changed: Changed[] = [];
  for (const item of after) {
    const old = byId.get(item.id);
    if (!old) continue;
    const changes = options.compare(old, item);
    if (changes.length) changed.push({ id: item.id, name: options.name(item), file: options.file(item), changes });
  }
  const byKey = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  return { added: added.sort(byKey), removed: removed.sort(byKey), changed: changed.sort(byKey) };
}

export const NO_ENTITY_CHANGES: EntityChanges = { added: [], removed: [], changed: [] };

/** "deadline: 06:00 UTC → 05:00 UTC", "upstream team added: Finance Data Team". */
export function changeText(c: Change): string {
  return c.kind === 'changed' ? `${c.field}: ${c.before} → ${c.after}` : `${c.field} ${c.kind}: ${c.value}`;
}
