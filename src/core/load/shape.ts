import { z } from 'zod';

export type Schema = z.ZodType;
export type Shape = Record<string, Schema>;

/** Through `.optional()`, `.default()`, `.prefault()` and pipes to the schema that checks the value, with zod's public API. */
function unwrap(s: Schema | undefined): Schema | undefined {
  while (s) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodPrefault || s instanceof z.ZodNullable) s = s.unwrap() as Schema;
    else if (s instanceof z.ZodPipe) s = s.in as Schema;
    else break;
  }
  return s;
}

/** The shape of the strict object the schema expects at `path`, if it expects one there. */
export function shapeAt(schema: Schema, path: readonly PropertyKey[]): Shape | undefined {
  let node: Schema | undefined = schema;
  for (const segment of path) {
    const inner = unwrap(node);
    if (inner instanceof z.ZodObject && typeof segment === 'string') node = (inner.shape as Shape)[segment];
    else if (inner instanceof z.ZodArray) node = inner.element as Schema;
    else return undefined;
  }
  const inner = unwrap(node);
  return inner instanceof z.ZodObject ? (inner.shape as Shape) : undefined;
}

/** The raw value at a data path, as the YAML has it. */
export function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

