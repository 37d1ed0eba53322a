import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/core/load/load.ts';
import { isWarning, type Problem } from '../../src/core/problem.ts';
import { TEAM_FIXTURE } from '../helpers/data-dir.ts';
import { applyMutation, mutationArb, type Mutation } from './mutations.ts';

const FIXTURE = TEAM_FIXTURE;
// PROPERTY_SEED and PROPERTY_RUNS explore further by hand, e.g. PROPERTY_RUNS=5000.
const SEED = Number(process.env.PROPERTY_SEED ?? 20261123);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const dir = mkdtempSync(join(tmpdir(), 'runbooks-property-'));

function yamlFiles(base: string, prefix = ''): string[] {
  return readdirSync(join(base, prefix))
    .sort()
    .flatMap((name) => {
      const path = `${prefix}${name}`;
      if (statSync(join(base, path)).isDirectory()) return yamlFiles(base, `${path}/`);
      return /\.(yaml|md)$/.test(path) ? [path] : [];
    });
}
const files = yamlFiles(FIXTURE);
const original = new Map(files.map((f) => [f, readFileSync(join(FIXTURE, f), 'utf8')]));

// Mon 23 Nov 2026: the on-call rules run too, from this week on, without reading the clock.
const NOW = new Date(Date.UTC(2026, 10, 23));

beforeAll(() => cpSync(FIXTURE, dir, { recursive: true }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lines as YAML counts them (LF, CRLF or a lone CR), so a position's line and column can be checked. */
const linesOf = (text: string) => text.split(/\r\n?|\n/);

/** What must hold for any problem: it points into an existing file, at a line and column that exist. */
function checkProblem(p: Problem, texts: ReadonlyMap<string, string>) {
  const text = texts.get(p.file);
  expect(text, `problem in a file that does not exist: ${JSON.stringify(p)}`).toBeDefined();
  const lines = linesOf(text!);
  expect(p.line, JSON.stringify(p)).toBeGreaterThanOrEqual(1);
  expect(p.line, JSON.stringify(p)).toBeLessThanOrEqual(lines.length);
  expect(p.column, JSON.stringify(p)).toBeGreaterThanOrEqual(1);
  // Columns count UTF-16 code units, as LSP and VS Code do. One past the end of the line is where
  // "missing" things are reported; further is nowhere.
  expect(p.column, JSON.stringify(p)).toBeLessThanOrEqual(lines[p.line - 1]!.replace(/^\uFEFF/, '').length + 1);
  expect(p.message.length, JSON.stringify(p)).toBeGreaterThan(10);
  expect(p.message, JSON.stringify(p)).not.toMatch(/\bundefined\b|\[object Object\]|\bNaN\b/);
}

describe('loadData on randomly mutated team data', () => {
  it('validates or reports problems at lines and columns that exist, and never throws', () => {
    expect(files.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations: Mutation[]) => {
        const texts = new Map(original);
        for (const m of mutations) {
          const file = files[m.file % files.length]!;
          texts.set(file, applyMutation(texts.get(file)!, m));
        }
        const changed = files.filter((f) => texts.get(f) !== original.get(f));
        for (const f of changed) writeFileSync(join(dir, f), texts.get(f)!);
        try {
          const result = loadData(dir, { now: NOW });
          // Warnings (a review date mutated away) never cost the model; errors always do.
          if (!result.problems.some((p) => !isWarning(p))) expect(result.model).toBeDefined();
          else expect(result.model).toBeUndefined();
          for (const p of result.problems) checkProblem(p, texts);
        } finally {
          for (const f of changed) writeFileSync(join(dir, f), original.get(f)!);
        }
      }),
      // Seeded, so a failure reproduces; fast-check prints the seed and the shrunk counterexample.
      { seed: SEED, numRuns: RUNS },
    );
  }, Math.max(60_000, RUNS * 200));

  it('accepts the team data unchanged, so the mutations start from a valid state', () => {
    expect(loadData(dir, { now: NOW }).problems).toEqual([]);
  });
});
