import { appendFileSync, cpSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/core/load/load.ts';
import { isWarning, type Problem } from '../../src/core/problem.ts';
import { allCases, materialize, scratchDir, type CorpusCase } from './corpus.ts';
import { PINNED_NOW } from './run.ts';

// Issue 13: a file that cannot be read or parsed gets that one problem. Cross-file rules skip what
// they could not read: with two rotations, a pipeline whose YAML is broken must not also be told
// "no rotation given … add rotation:" (its rotation: line may be right there, unread).
let scratch: string;
beforeAll(() => {
  scratch = scratchDir('corpus-two-rotations');
});
afterAll(() => scratch && rmSync(scratch, { recursive: true, force: true }));

const exists = (path: string) => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

/** A problem with reading or parsing one existing data file, as opposed to a rule about its content. */
const isSyntaxLevel = (dir: string, p: Problem) =>
  p.rule === 'yaml' || p.rule === 'encoding' || p.rule === 'size' || (p.rule === 'file' && p.file.endsWith('.yaml') && exists(join(dir, p.file)));

const syntaxCases = allCases().filter((c) => c.name.startsWith('yaml-') || c.name.startsWith('generated-'));

describe('the syntax-level corpus cases with two rotations', () => {
  it.each(syntaxCases)('returns only the problem of the file it could not read, for $name', (c: CorpusCase) => {
    const errors = (dir: string) => loadData(dir, { now: PINNED_NOW }).problems.filter((p) => !isWarning(p));
    const one = materialize(c, join(scratch, `${c.name}-one`));
    const alone = errors(one);
    if (!alone.length || !alone.every((p) => isSyntaxLevel(one, p))) return; // not a syntax-level case
    const two = materialize(c, join(scratch, `${c.name}-two`));
    cpSync(join(two, 'rotations/primary.yaml'), join(two, 'rotations/secondary.yaml'));
    // With two rotations every pipeline must name one: the ones that can be read do.
    const broken = new Set(alone.map((p) => p.file));
    for (const name of readdirSync(join(two, 'pipelines'))) {
      const file = `pipelines/${name}`;
      if (!broken.has(file) && !/^rotation:/m.test(readFileSync(join(two, file), 'utf8'))) appendFileSync(join(two, file), 'rotation: primary\n');
    }
    const problems = errors(two);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual(alone.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`));
    expect(problems).toHaveLength(c.expected.length);
  });

  it('holds the YAML syntax cases', () => {
    expect(syntaxCases.filter((c) => c.name.startsWith('yaml-')).length).toBeGreaterThanOrEqual(20);
  });
});
