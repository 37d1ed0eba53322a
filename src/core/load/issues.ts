import { z } from 'zod';
import { problem, type Problem } from '../problem.ts';
import type { RuleId, RuleParams } from '../rules/catalogue.ts';
import { closestMatch, didYouMean, pathText } from '../suggest.ts';
import { pathKey } from '../yaml/positions.ts';
import type { SourceFile } from '../yaml/source.ts';
import type { IdHint } from './id-hints.ts';
import { misindentedKeys } from './indentation.ts';
import { shapeAt, valueAt, type Schema, type Shape } from './shape.ts';

/** A key is required when leaving it out fails: `.optional()` and `.default()` accept undefined. */
const requiredKeys = (shape: Shape) => Object.keys(shape).filter((key) => !shape[key]!.safeParse(undefined).success);
const mappingWith = (shape: Shape | undefined) => {
  const keys = shape ? requiredKeys(shape) : [];
  return `a mapping${keys.length === 0 ? '' : keys.length === 1 ? ` with the key ${keys[0]}` : ` with keys ${keys.join(', ')}`}`;
};

/** `got "24:00"`, `got a list`: what the file holds instead, so the reader need not look it up. */
function got(input: unknown): string {
  if (input === null) return 'got an empty value';
  if (Array.isArray(input)) return 'got a list';
  if (typeof input === 'object') return 'got a mapping';
  if (typeof input === 'string') return `got ${JSON.stringify(input.length > 40 ? `${input.slice(0, 39)}…` : input)}`;
  // In YAML's spelling, as the file has it: JavaScript's "NaN" and "Infinity" appear nowhere in it.
  if (typeof input === 'number' && !Number.isFinite(input)) return `got ${Number.isNaN(input) ? '.nan' : input > 0 ? '.inf' : '-.inf'}`;
  return `got ${String(input)}`;
}

function valueMessage(issue: z.core.$ZodIssue, schema: Schema): string {
  const input = issue.input;
  if (input === undefined) return issue.message;
  // Refinements on dates and time zones already quote the value in their own words.
  if (issue.code === 'custom') {
    const quotes = typeof input === 'string' && (issue.message.startsWith(input) || issue.message.includes(`"${input}"`));
    return quotes ? issue.message : `${issue.message}; ${got(input)}`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object') {
    return `expected ${mappingWith(shapeAt(schema, issue.path))}; ${got(input)}`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'array' && (typeof input === 'string' || typeof input === 'number')) {
    return `${issue.message}; ${got(input)}, write it as a list: [${String(input)}]`;
  }
  if (issue.code === 'invalid_value' && typeof input === 'string') {
    const hint = didYouMean(input, issue.values.filter((v): v is string => typeof v === 'string'));
    return `${issue.message}; ${got(input)}${hint ? `, ${hint}` : ''}`;
  }
  // `percent: "98"`: the quotes make it text, which is easy to miss.
  if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int') && typeof input === 'string' && input.trim() !== '' && !Number.isNaN(Number(input))) {
    return `${issue.message}; ${got(input)}, which is text: remove the quotes`;
  }
  // A list that is too short or an empty text is described by its message; the value itself is on screen.
  if ((issue.code === 'too_small' || issue.code === 'too_big') && (Array.isArray(input) || typeof input === 'string')) return issue.message;
  return `${issue.message}; ${got(input)}`;
}

/** Turns zod's issues into problems located at the offending node, with unknown keys at the key itself. */
export function schemaProblems(source: SourceFile, schema: Schema, issues: readonly z.core.$ZodIssue[], hint?: IdHint): Problem[] {
  const problems: Problem[] = [];
  const at = <R extends RuleId>(path: readonly PropertyKey[], where: 'key' | 'value', rule: R, params: RuleParams<R>) => {
    const { line, column } = source.locate(path as (string | number)[], where);
    problems.push(problem({ file: source.file, line, column }, rule, params));
  };
  // A key at the wrong indent is one problem, in place of "unknown key" here and "missing" (or "empty") there.
  const misindented = misindentedKeys(source, schema, issues);
  const explained = new Set(misindented.flatMap((m) => [...m.keys, ...m.issues]));
  for (const m of misindented) at(m.at, 'key', 'indentation', m.params);
  // A misspelt key already says "did you mean"; "missing required key" for the same key would be noise.
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = Object.keys(shapeAt(schema, issue.path) ?? {});
    for (const key of issue.keys) {
      if (explained.has(pathKey([...issue.path, key] as (string | number)[]))) continue;
      const target = closestMatch(key, known);
      at([...issue.path, key], 'key', 'unknown-key', { key, ...(issue.path.length ? { in: pathText(issue.path) } : {}), ...(target ? { closest: target } : {}), known });
      if (target) suggested.add(pathKey([...issue.path, target] as (string | number)[]));
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = issue.path;
    if (explained.size > 0 && explained.has(pathKey(path as (string | number)[]))) continue;
    const parent = path.slice(0, -1);
    const container = valueAt(source.value, parent);
    const key = path[path.length - 1];
    const missing = typeof key === 'string' && typeof container === 'object' && container !== null && !Array.isArray(container) && !(key in container);
    if (!missing) {
      // The message names the expected form; the identity leaves out the value, which an edit may change.
      // `engineer: Engineer B`: the display name of someone whose id is known.
      const named = hint && issue.code === 'invalid_format' && typeof issue.input === 'string' ? hint(issue.message, issue.input) : undefined;
      const nameOf = named && { value: issue.input as string, ...named, ...(typeof key === 'string' ? { key } : {}) };
      at(path, 'value', 'schema', { path: pathText(path), code: issue.code, expected: valueMessage(issue, schema), ...(nameOf ? { nameOf } : {}) });
      continue;
    }
    if (suggested.has(pathKey(path as (string | number)[]))) continue;
    const shape = shapeAt(schema, path);
    const what = shape ? mappingWith(shape) : issue.message.replace(/^expected /, '');
    at(parent, 'key', 'missing-key', { key, ...(parent.length ? { in: pathText(parent) } : {}), expected: what });
  }
  return problems;
}
