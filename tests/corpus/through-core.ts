import { join } from 'node:path';
import { expect } from 'vitest';
import { formatProblems } from '../../src/core/format-problems.ts';
import { loadData } from '../../src/core/load/load.ts';
import { materialize, type CorpusCase } from './corpus.ts';
import { expectationText } from './expectation.ts';
import { PINNED_NOW, problemsAsExpected } from './run.ts';

/**
 * Runs one corpus case through the core in process and checks what `validate` would print: the
 * expected problem lines and summary, or the "ok" line for a case that must be accepted.
 */
export function checkThroughCore(c: CorpusCase, scratch: string): void {
  const dir = materialize(c, join(scratch, c.name));
  const result = loadData(dir, { now: PINNED_NOW });
  const printed = formatProblems(result.problems, dir, 'text', result.fileCount);
  if (c.expected.length === 0) {
    expect(printed).toMatch(/: ok, \d+ files valid(, \d+ warnings?)?\n$/);
    expect(result.model).toBeDefined();
  } else {
    expect(problemsAsExpected(printed, dir, c.expected)).toEqual(c.expected.map(expectationText));
    expect(printed).toMatch(/\n\d+ problems?( and \d+ warnings?)? in \d+ files?\n$/);
    expect(result.model).toBeUndefined();
  }
}
