import type { FileKind } from '../schemas/index.ts';
import { pathKey, type Path } from '../yaml/positions.ts';

/**
 * One data file as the cross-file rules see it. A file that failed its schema still takes part:
 * the rules read only the values zod accepted, so one bad date does not hide an unknown owner,
 * and nothing zod already reported is reported twice.
 */
export interface FileView {
  /** Path inside the data directory. */
  readonly file: string;
  readonly kind: FileKind;
  /** For rotations and pipelines: the id, taken from the file name. */
  readonly id?: string;
  /**
   * The value as written in YAML (no defaults applied, so an absent key reads as absent); undefined
   * when the YAML did not parse.
   */
  readonly value: unknown;
  /** Data paths (`pathKey`) at which zod reported an issue; empty when the file passed. */
  readonly rejected: ReadonlySet<string>;
  /** The file's text, to find a link inside a Markdown value again; undefined when the YAML did not parse. */
  readonly text?: string;
}

const NONE: ReadonlySet<string> = new Set();

export function fileView(base: { file: string; kind: FileKind; id?: string }, value: unknown, issuePaths: readonly Path[] = [], text?: string): FileView {
  const rejected = issuePaths.length ? new Set(issuePaths.map(pathKey)) : NONE;
  return { ...base, value, rejected, ...(text !== undefined ? { text } : {}) };
}

function at(value: unknown, path: Path): unknown {
  let node = value;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/** The raw value at `path`, whatever its type; for checks that only ask whether something is there. */
export const rawAt = (view: FileView, path: Path): unknown => at(view.value, path);

/** The text at `path` if zod accepted it there, else undefined. */
export function textAt(view: FileView, path: Path): string | undefined {
  const value = at(view.value, path);
  // Most files pass their schema: then no path key needs building.
  return typeof value === 'string' && (view.rejected.size === 0 || !view.rejected.has(pathKey(path))) ? value : undefined;
}

/** The number of items of the list at `path`; 0 when the key is absent, undefined when it is not a list. */
export function lengthAt(view: FileView, path: Path): number | undefined {
  const value = at(view.value, path);
  if (value === undefined || value === null) return 0;
  return Array.isArray(value) ? value.length : undefined;
}

/** The list at `path`, as indices, so that callers build item paths; empty when it is not a list. */
export function indicesAt(view: FileView, path: Path): number[] {
  const value = at(view.value, path);
  return Array.isArray(value) ? value.map((_, i) => i) : [];
}

/** The accepted ids of a list of `{id}` items, and whether every item's id could be read. */
export interface IdList {
  readonly items: readonly { id: string; index: number }[];
  readonly ids: ReadonlySet<string>;
  /**
   * False when the list or an item's id was unreadable: then an id that does not resolve may be
   * the unreadable one, and "unknown id" would be a second, misleading report of the same mistake.
   */
  readonly complete: boolean;
}

export function idList(view: FileView | undefined, listKey: string, required: boolean): IdList {
  // No file: an optional list is simply empty. A file whose YAML did not parse hides all its ids.
  if (!view || view.value === undefined) return { items: [], ids: new Set(), complete: !view && !required };
  const list = rawAt(view, [listKey]);
  const items: { id: string; index: number }[] = [];
  let complete = Array.isArray(list) || (!required && list === undefined);
  for (const index of indicesAt(view, [listKey])) {
    const id = textAt(view, [listKey, index, 'id']);
    if (id === undefined) complete = false;
    else items.push({ id, index });
  }
  return { items, ids: new Set(items.map((item) => item.id)), complete };
}
