import { z } from 'zod';
import { FILE_SCHEMAS, type FileKind } from './index.ts';

/** The editor JSON Schema for each file kind, as committed in schemas/<kind>.schema.json. */
export function renderJsonSchemas(): Record<FileKind, string> {
  const out = {} as Record<FileKind, string>;
  for (const [kind, schema] of Object.entries(FILE_SCHEMAS) as [FileKind, z.ZodType][]) {
    // io: 'input' describes what people write (defaults optional), not what the loader returns.
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    // Editors accept the comment line at the top of each file; a `$schema` key would be an unknown key.
    out[kind] = `${JSON.stringify({ ...json, $id: `${kind}.schema.json` }, null, 2)}\n`;
  }
  return out;
}
