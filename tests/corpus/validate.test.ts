import { availableParallelism } from 'node:os';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCases, DEFAULT_LIMIT_MS, materialize, sampleCases, scratchDir, type CorpusCase } from './corpus.ts';
import { expectationText } from './expectation.ts';
import { limiter, problemsAsExpected, runValidate, STACK_FRAME } from './run.ts';

// Every case runs through the core in process (core.test.ts); the compiled CLI runs one case of each
// family, plus what only a whole process shows: the CPU budget of the pathological cases, Node's
// start-up included, a file too big to read, a FIFO that must not block, an accepted BOM + CRLF.
const all = allCases();
const timedNames = all.filter((c) => c.limitMs < DEFAULT_LIMIT_MS).map((c) => c.name);
const cases = sampleCases(all, [...timedNames, 'generated-10mb-file', 'generated-fifo', 'generated-utf16-file', 'generated-valid-bom-crlf', 'many-problems-one-run']);
// Cases with a tighter budget (billion laughs, deep nesting) run one at a time, before the rest.
const timed = cases.filter((c) => c.limitMs < DEFAULT_LIMIT_MS);
const rest = cases.filter((c) => c.limitMs >= DEFAULT_LIMIT_MS);
const slot = limiter(Math.max(1, availableParallelism()));
const HANG_MS = 30_000;
let scratch: string;

// The CLI bundle is built fresh by the global setup (tests/build-cli.global.ts).
beforeAll(() => {
  scratch = scratchDir('corpus');
});
afterAll(() => scratch && rmSync(scratch, { recursive: true, force: true }));

async function check(c: CorpusCase) {
  const dir = materialize(c, join(scratch, c.name));
  // The budget is CPU time, which other jobs on the machine do not inflate; the child is also
  // killed after a generous wall-clock time, so a hang fails here instead of stalling the run.
  const result = await slot(() => runValidate(dir, HANG_MS));
  expect(result.signal, `killed after ${Math.round(result.ms)} ms: it hangs`).toBeNull();
  expect(result.stdout + result.stderr).not.toContain(STACK_FRAME);
  expect(result.stderr).toBe('');
  if (c.expected.length === 0) {
    expect(result.stdout).toMatch(/: ok, \d+ files valid(, \d+ warnings?)?\n$/);
    expect(result.code).toBe(0);
  } else {
    expect(problemsAsExpected(result.stdout, dir, c.expected)).toEqual(c.expected.map(expectationText));
    expect(result.stdout).toMatch(/\n\d+ problems?( and \d+ warnings?)? in \d+ files?\n$/);
    expect(result.code).toBe(1);
  }
  expect(result.cpuMs, 'CPU ms, Node start-up included').toBeLessThan(c.limitMs);
}

const title = (c: CorpusCase) =>
  c.expected.length ? `exits 1 with the expected file:line:col and message, no stack trace, within ${c.limitMs} ms of CPU` : 'accepts the data (exit 0)';

describe('npm run validate on a sample of the bad-input corpus', () => {
  describe.sequential.each(timed)('$name', (c) => {
    it(title(c), () => check(c));
  });

  describe.concurrent.each(rest)('$name', (c) => {
    it(title(c), () => check(c));
  });
});
