import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/core/rules/catalogue.ts';
import { renderRuleParams, ruleParamShapes } from '../../scripts/rule-params.ts';

// One TypeScript program over the catalogue (a few seconds), shared by the tests.
const shapes = new Map(ruleParamShapes());

describe('the rule parameters of docs/rules.md', () => {
  it('match the catalogue (run `npm run schemas` after changing a rule\'s parameters)', () => {
    const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    const start = '<!-- params:start -->';
    expect(doc.slice(doc.indexOf(start) + start.length, doc.indexOf('<!-- params:end -->'))).toBe(renderRuleParams());
  });

  it('returns every rule of the catalogue, in its order', () => {
    expect([...shapes.keys()]).toEqual(RULE_IDS);
  });

  it('returns each case of a union as a shape, with optional keys marked and nested objects written out', () => {
    expect(shapes.get('markdown-link')).toEqual([
      '{ link: "scheme", url: string, scheme: string }',
      '{ link: "no-scheme", url: string }',
      '{ link: "relative", url: string }',
      '{ link: "no-page", url: string, closest?: string }',
    ]);
    expect(shapes.get('encoding')).toEqual(['{ problem: "utf-16" }', '{ problem: "byte", byte: number }']);
    expect(shapes.get('yaml')).toContain('{ problem: "duplicate-key", key?: string, firstLine?: number }');
    expect(shapes.get('yaml')).toContain('{ problem: "star", value: string, key?: string, item?: boolean }');
    expect(shapes.get('size')).toEqual(['{ bytes: number, limitBytes: number }']);
  });

  it("returns a rule's declared parameters even when its message reads none of them", () => {
    // review-missing's message is `() => …`; only its hint reads `today`.
    expect(shapes.get('review-missing')).toEqual(['{ today: string }']);
  });
});
