import type { z } from 'zod';
import type { Problem } from '../problem.ts';
import { didYouMean, pathText } from '../suggest.ts';
import type { SourceFile } from '../yaml/source.ts';

type Schema = z.core.$ZodType;

/** The keys a strict object accepts at `path`, for "did you mean" on unknown keys. */
function knownKeysAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  let node: Schema | undefined = schema;
  const unwrap = (s: Schema | undefined): Schema | undefined => {
    while (s) {
      const def = s._zod.def as { type: string; innerType?: Schema; in?: Schema };
      if (def.innerType) s = def.innerType;
      else if (def.type === 'pipe' && def.in) s = def.in;
      else break;
    }
    return s;
  };
  for (const segment of path) {
    node = unwrap(node);
    const def = node?._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema } | undefined;
    if (def?.type === 'object' && typeof segment === 'string') node = def.shape?.[segment];
    else if (def?.type === 'array') node = def.element;
    else return [];
  }
  const def = unwrap(node)?._zod.def as { type: string; shape?: Record<string, Schema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** Turns zod's issues into problems located at the offending node, with unknown keys at the key itself. */
export function schemaProblems(source: SourceFile, schema: Schema, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  const at = (path: readonly PropertyKey[], where: 'key' | 'value', message: string, rule: string) => {
    const { line, column } = source.locate(path as (string | number)[], where);
    problems.push({ file: source.file, line, column, message, rule });
  };
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        const hint = didYouMean(key, known);
        const where = path.length ? ` in ${pathText(path)}` : '';
        at([...path, key], 'key', `unknown key "${key}"${where}; ${hint ? `${hint} ` : ''}known keys: ${known.join(', ')}`, 'unknown-key');
      }
      continue;
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      const key = String(path[path.length - 1]);
      const parent = path.slice(0, -1);
      const where = parent.length ? ` in ${pathText(parent)}` : '';
      at(parent, 'key', `missing required key "${key}"${where}: ${issue.message}`, 'missing-key');
      continue;
    }
    at(path, 'value', `${pathText(path)}: ${issue.message}`, 'schema');
  }
  return problems;
}
