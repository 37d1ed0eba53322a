import type { z } from 'zod';
import type { RuleParams } from '../rules/catalogue.ts';
import { pathText } from '../suggest.ts';
import { pathKey, type Path } from '../yaml/positions.ts';
import type { SourceFile } from '../yaml/source.ts';
import { shapeAt, valueAt, type Schema } from './shape.ts';

/** Keys written at the wrong indent: one problem for them, in place of "unknown key" and "missing required key". */
export interface Misindented {
  /** The first of the keys, where the problem is reported. */
  readonly at: Path;
  readonly params: RuleParams<'indentation'>;
  /** The unknown keys it explains (pathKey of each). */
  readonly keys: ReadonlySet<string>;
  /** The other issues it explains (pathKey of their paths): the keys missing where they belong, an empty mapping above them. */
  readonly issues: ReadonlySet<string>;
}

type Mapping = Record<string, unknown>;
const isMapping = (value: unknown): value is Mapping => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep enough for any file kind's nesting (sla.targets[0] is three levels); a bound, so a hostile file costs nothing. */
const MAX_DEPTH = 8;


/** The keys of `run`, from its start, that the mapping at `path` knows and does not have yet. */
function fitting(schema: Schema, value: unknown, path: Path, run: readonly string[]): string[] {
  const shape = shapeAt(schema, path);
  if (!shape || !(value === null || isMapping(value))) return [];
  const fits: string[] = [];
  for (const key of run) {
    if (!(key in shape) || (isMapping(value) && key in value)) break;
    fits.push(key);
  }
  return fits;
}

/**
 * A run of unknown keys right after a mapping (`owners:` and its keys, then `secondary:` at column 1)
 * that belong in it, or in the last mapping nested in it: they were meant to be indented further.
 */
function tooLittle(source: SourceFile, schema: Schema, parent: Path, above: string, run: readonly string[]): Misindented | undefined {
  let node: Path = [...parent, above];
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const value = valueAt(source.value, node);
    const keys = fitting(schema, value, node, run);
    if (keys.length > 0) {
      const first = isMapping(value) ? Object.keys(value)[0] : undefined;
      // Under a mapping with keys, at their column; under an empty one, two spaces further than its key.
      const column = first !== undefined ? source.locate([...node, first], 'key').column : source.locate(node, 'key').column + 2;
      const by = column - source.locate([...parent, keys[0]!], 'key').column;
      if (by <= 0) return undefined;
      return {
        at: [...parent, keys[0]!],
        params: { indent: 'more', keys, ...(parent.length ? { in: pathText(parent) } : {}), under: pathText(node), by },
        keys: new Set(keys.map((key) => pathKey([...parent, key]))),
        issues: new Set([pathKey(node), ...keys.map((key) => pathKey([...node, key]))]),
      };
    }
    if (isMapping(value)) {
      const keysHere = Object.keys(value);
      if (keysHere.length === 0) return undefined;
      node = [...node, keysHere.at(-1)!];
    } else if (Array.isArray(value) && value.length > 0) {
      node = [...node, value.length - 1];
    } else return undefined;
  }
  return undefined;
}

/**
 * A run of unknown keys at the end of a mapping (`audience:` indented under `owners`) that belong to a
 * mapping it is nested in, which lacks them: they were meant to be indented less.
 */
function tooMuch(source: SourceFile, schema: Schema, parent: Path, run: readonly string[]): Misindented | undefined {
  for (let n = parent.length - 1; n >= 0; n--) {
    const step = parent[n];
    if (typeof step !== 'string') continue;
    const ancestor = parent.slice(0, n);
    const value = valueAt(source.value, ancestor);
    // The keys must end the mapping they are in: a key with its own keys after it is not misplaced.
    const keys = fitting(schema, value, ancestor, [...run].reverse()).reverse();
    if (keys.length === 0) continue;
    const by = source.locate([...parent, keys[0]!], 'key').column - source.locate([...ancestor, step], 'key').column;
    if (by <= 0) return undefined;
    return {
      at: [...parent, keys[0]!],
      params: { indent: 'less', keys, under: pathText(parent), ...(ancestor.length ? { in: pathText(ancestor) } : {}), by },
      keys: new Set(keys.map((key) => pathKey([...parent, key]))),
      issues: new Set(keys.map((key) => pathKey([...ancestor, key]))),
    };
  }
  return undefined;
}

/**
 * Unknown keys that are known one level up or down, where the indentation puts them next to the
 * mapping they belong to. Without this, `secondary:` moved to column 1 under `owners:` reads as
 * "missing required key secondary" plus "unknown key secondary", and says nothing of indentation.
 */
export function misindentedKeys(source: SourceFile, schema: Schema, issues: readonly z.core.$ZodIssue[]): Misindented[] {
  const found: Misindented[] = [];
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const parent = issue.path as Path;
    const mapping = valueAt(source.value, parent);
    if (!isMapping(mapping)) continue;
    const unknown = new Set(issue.keys);
    // In the order of the file: JavaScript keeps keys in insertion order, except keys that read as numbers.
    const ordered = Object.keys(mapping)
      .map((key) => ({ key, line: source.locate([...parent, key], 'key').line }))
      .sort((a, b) => a.line - b.line)
      .map((entry) => entry.key);
    for (let i = 0; i < ordered.length; ) {
      if (!unknown.has(ordered[i]!)) {
        i++;
        continue;
      }
      let j = i;
      while (j < ordered.length && unknown.has(ordered[j]!)) j++;
      const run = ordered.slice(i, j);
      const misindented = (i > 0 ? tooLittle(source, schema, parent, ordered[i - 1]!, run) : undefined) ?? (j === ordered.length ? tooMuch(source, schema, parent, run) : undefined);
      if (misindented) found.push(misindented);
      i = j;
    }
  }
  return found;
}
