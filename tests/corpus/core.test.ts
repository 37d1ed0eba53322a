import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedCases, scratchDir } from './corpus.ts';
import { checkThroughCore } from './through-core.ts';

// Every case of the bad-input corpus, once, through the core in process: what `validate` prints,
// without starting a process per case. The CLI (validate.test.ts) and `astro build` (build.test.ts)
// run a sample, plus what only a whole process shows: CPU time with Node's start-up, no stack trace.
// The generated cases run in core-generated.test.ts, so that the two halves use both workers.
const cases = committedCases();
let scratch: string;

beforeAll(() => {
  scratch = scratchDir('corpus-core');
});
afterAll(() => scratch && rmSync(scratch, { recursive: true, force: true }));

describe('loadData on the committed bad-input corpus', () => {
  it('holds at least 40 invalid data directories', () => {
    expect(cases.filter((c) => c.expected.length > 0).length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('returns the expected file:line:col and message for $name', (c) => checkThroughCore(c, scratch));
});
