// Writes schemas/<kind>.schema.json, the field tables of docs/data-format.md from the zod schemas, and the rule
// table and rule parameters of docs/rules.md from the rule catalogue. tests/core/schemas/json-schema.test.ts,
// tests/core/rules/catalogue.test.ts and tests/scripts/rule-params.test.ts fail when any of them is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderRuleTable } from '../src/core/rules/rule-table.ts';
import { renderRuleParams } from './rule-params.ts';
import { withDataFormat, withSection } from '../src/core/schemas/data-format.ts';
import { renderJsonSchemas } from '../src/core/schemas/json-schema.ts';

for (const [kind, text] of Object.entries(renderJsonSchemas())) {
  writeFileSync(new URL(`../schemas/${kind}.schema.json`, import.meta.url), text);
  console.log(`schemas/${kind}.schema.json`);
}

const dataFormat = new URL('../docs/data-format.md', import.meta.url);
writeFileSync(dataFormat, withDataFormat(readFileSync(dataFormat, 'utf8')));
console.log('docs/data-format.md (field tables)');

const rules = new URL('../docs/rules.md', import.meta.url);
writeFileSync(rules, withSection(withSection(readFileSync(rules, 'utf8'), 'rules', renderRuleTable()), 'params', renderRuleParams()));
console.log('docs/rules.md (rule table and parameters)');
