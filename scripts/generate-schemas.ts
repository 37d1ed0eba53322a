// Writes schemas/<kind>.schema.json from the zod schemas. tests/core/schemas/json-schema.test.ts keeps them in sync.
import { writeFileSync } from 'node:fs';
import { renderJsonSchemas } from '../src/core/schemas/json-schema.ts';

for (const [kind, text] of Object.entries(renderJsonSchemas())) {
  writeFileSync(new URL(`../schemas/${kind}.schema.json`, import.meta.url), text);
  console.log(`schemas/${kind}.schema.json`);
}
