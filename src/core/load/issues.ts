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
    // YAML has no undefined, so an undefined input is an absent key; enums report it as invalid_value.
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined && path.length > 0) {
      const key = String(path[path.length - 1]);
      const parent = path.slice(0, -1);
      const where = parent.length ? ` in ${pathText(parent)}` : '';
      at(parent, 'key', `missing required key "${key}"${where}${isZodDefault(issue) ? '' : `: ${issue.message}`}`, 'missing-key');
      continue;
    }
    at(path, 'value', `${pathText(path)}: ${issueMessage(issue)}`, 'schema');
  }
  return problems;
}

// zod's built-in wording ("Invalid input: expected object, received array") where a schema sets none.
const isZodDefault = (issue: z.core.$ZodIssue) => issue.message.startsWith('Invalid input');

function kindOf(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value === 'number' ? 'the number ' : ''}${String(value)}`;
}

/** The issue's message, in YAML's terms where zod's default would talk about JavaScript types. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && isZodDefault(issue)) {
    const expected = issue.expected === 'object' ? 'a mapping of "key: value" lines' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`;
    return `expected ${expected}, got ${kindOf(issue.input)}`;
  }
  // `name:` with nothing after it is null: say so, since the schema's message alone reads as a type mix-up.
  if (issue.code === 'invalid_type' && issue.input === null) return `the value is empty; ${issue.message}`;
  return issue.message;
}
