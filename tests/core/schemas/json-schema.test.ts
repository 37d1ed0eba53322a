import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from '../../../src/core/schemas/json-schema.ts';

describe('renderJsonSchemas', () => {
  it('matches the committed schemas/ files (run `npm run schemas` after changing a zod schema)', () => {
    for (const [kind, text] of Object.entries(renderJsonSchemas())) {
      expect(readFileSync(new URL(`../../../schemas/${kind}.schema.json`, import.meta.url), 'utf8'), kind).toBe(text);
    }
  });

  it('rejects unknown keys in editors too, as the validator does', () => {
    const pipeline = JSON.parse(renderJsonSchemas().pipeline);
    expect(pipeline.additionalProperties).toBe(false);
    expect(pipeline.properties.owners.additionalProperties).toBe(false);
  });
});
