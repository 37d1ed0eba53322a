import type { z } from 'zod';
import type { FILE_SCHEMAS, FileKind } from './schemas/index.ts';
import { pathKey, type Path } from './yaml/positions.ts';

/** What a kind of file holds as written (z.input: before defaults), the type its data paths are checked against. */
export type FileInput<K extends FileKind> = z.input<(typeof FILE_SCHEMAS)[K]>;

/**
 * Every path into a value of type T, as a tuple: keys of objects, indices of lists. Rules address fields
 * through it, so renaming a field in a schema fails compilation at each rule that reads the old name
 * instead of quietly switching the rule off. An untyped value (unknown) takes any Path.
 */
export type DataPath<T, Depth extends unknown[] = []> = unknown extends T
  ? Path
  : Depth['length'] extends 8
    ? Path
    : T extends readonly (infer E)[]
      ? readonly [] | readonly [number, ...DataPath<E, [...Depth, 0]>]
      : T extends object
        ? readonly [] | { [K in keyof T & string]-?: readonly [K, ...DataPath<NonNullable<T[K]>, [...Depth, 0]>] }[keyof T & string]
        : readonly [];

/** A path into a file of kind K. */
export type PathIn<K extends FileKind> = DataPath<FileInput<K>>;

// What load/ hands the rules, apart from load/ itself, so that the rules never import the loader
// (load/ -> rules/ -> file-view.ts, one way).

/** A long-form runbook `pipelines/<id>.md` as read, for the rules' link check. */
export interface RunbookText {
  readonly file: string;
  readonly id: string;
  /** The Markdown, decoded, without a byte order mark, with LF line endings. */
  readonly text: string;
}

/**
 * One data file as the cross-file rules see it. A file that failed its schema still takes part:
 * the rules read only the values zod accepted, so one bad date does not hide an unknown owner,
 * and nothing zod already reported is reported twice.
 */
export interface FileView<K extends FileKind = FileKind> {
  /** Path inside the data directory. */
  readonly file: string;
  readonly kind: K;
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

/** A view of any kind of file; checking `kind` narrows it, and with it the paths the rules may read. */
export type AnyFileView = { [K in FileKind]: FileView<K> }[FileKind];

const NONE: ReadonlySet<string> = new Set();

export function fileView<K extends FileKind>(base: { file: string; kind: K; id?: string }, value: unknown, issuePaths: readonly Path[] = [], text?: string): FileView<K> {
  const rejected = issuePaths.length ? new Set(issuePaths.map(pathKey)) : NONE;
  return { ...base, value, rejected, ...(text !== undefined ? { text } : {}) };
}

/** The view of the file of kind K among `views`, if any (site.yaml, people.yaml, teams.yaml are one each). */
export const viewOfKind = <K extends FileKind>(views: readonly AnyFileView[], kind: K): FileView<K> | undefined =>
  views.find((v): v is Extract<AnyFileView, FileView<K>> => v.kind === kind) as FileView<K> | undefined;

function at(value: unknown, path: Path): unknown {
  let node = value;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/** The raw value at `path`, whatever its type; for checks that only ask whether something is there. */
export const rawAt = <K extends FileKind>(view: FileView<K>, path: PathIn<K>): unknown => at(view.value, path as Path);

/** textAt on an unchecked path: only for the list helpers below, whose keys are checked where they are named. */
function textAtPath(view: FileView, path: Path): string | undefined {
  const value = at(view.value, path);
  // Most files pass their schema: then no path key needs building.
  return typeof value === 'string' && (view.rejected.size === 0 || !view.rejected.has(pathKey(path))) ? value : undefined;
}

/** The text at `path` if zod accepted it there, else undefined. */
export const textAt = <K extends FileKind>(view: FileView<K>, path: PathIn<K>): string | undefined => textAtPath(view, path as Path);

/** The number of items of the list at `path`; 0 when the key is absent, undefined when it is not a list. */
export function lengthAt<K extends FileKind>(view: FileView<K>, path: PathIn<K>): number | undefined {
  const value = at(view.value, path as Path);
  if (value === undefined || value === null) return 0;
  return Array.isArray(value) ? value.length : undefined;
}

/** The list at `path`, as indices, so that callers build item paths; empty when it is not a list. */
export function indicesAt<K extends FileKind>(view: FileView<K>, path: PathIn<K>): number[] {
  const value = at(view.value, path as Path);
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

/** The lists of `{id}` items: a key renamed in its schema fails compilation at the call that names the old one. */
type IdListOf<K extends 'site' | 'people' | 'teams'> = K extends unknown ? { site: 'areas'; people: 'people'; teams: 'teams' }[K] & keyof FileInput<K> : never;

export function idList<K extends 'site' | 'people' | 'teams'>(view: FileView<K> | undefined, listKey: IdListOf<K>, required: boolean): IdList {
  // No file: an optional list is simply empty. A file whose YAML did not parse hides all its ids.
  if (!view || view.value === undefined) return { items: [], ids: new Set(), complete: !view && !required };
  const list = at(view.value, [listKey]);
  const items: { id: string; index: number }[] = [];
  let complete = Array.isArray(list) || (!required && list === undefined);
  for (const index of Array.isArray(list) ? list.keys() : []) {
    const id = textAtPath(view, [listKey, index, 'id']);
    if (id === undefined) complete = false;
    else items.push({ id, index });
  }
  return { items, ids: new Set(items.map((item) => item.id)), complete };
}
