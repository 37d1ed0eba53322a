import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../../../src/core/rules/catalogue.ts';
import { renderRuleTable } from '../../../src/core/rules/rule-table.ts';

const ROOT = join(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('the rule catalogue', () => {
  it("matches the rule table of docs/rules.md (run `npm run schemas` after changing the catalogue)", () => {
    const readme = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
    const start = '<!-- rules:start -->';
    const section = readme.slice(readme.indexOf(start) + start.length, readme.indexOf('<!-- rules:end -->'));
    expect(section).toBe(renderRuleTable());
  });

  it('lists every rule id once in the rule table, with what it requires and the usual fix', () => {
    const ids = renderRuleTable()
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => /^\| `([^`]+)`/.exec(line)![1]);
    expect(ids).toEqual(RULE_IDS);
    for (const id of RULE_IDS) {
      expect(RULES[id].what, id).not.toBe('');
      expect(RULES[id].fix, id).not.toBe('');
    }
  });

  it('returns only rules that some check in src/ reports, so the table lists no dead rule', () => {
    // The rule ids appear in src/ as string literals where the problem is made (outside the catalogue).
    const code = sources(join(ROOT, 'src'))
      .filter((text) => !text.includes('export const RULES = {'))
      .join('\n');
    for (const id of RULE_IDS) expect(code, id).toContain(`'${id}'`);
  });
});
