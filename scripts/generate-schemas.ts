// Writes schemas/<kind>.schema.json and the README's "Data format" tables from the zod schemas, and its rule table from the rule catalogue.
// tests/core/schemas/json-schema.test.ts fails when either is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderRuleTable } from '../src/core/rules/rule-table.ts';
import { withDataFormat, withSection } from '../src/core/schemas/data-format.ts';
import { renderJsonSchemas } from '../src/core/schemas/json-schema.ts';

for (const [kind, text] of Object.entries(renderJsonSchemas())) {
  writeFileSync(new URL(`../schemas/${kind}.schema.json`, import.meta.url), text);
  console.log(`schemas/${kind}.schema.json`);
}

const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withSection(withDataFormat(readFileSync(readme, 'utf8')), 'rules', renderRuleTable()));
console.log('README.md (Data format, Rules)');
