import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeProblems, loadSite } from '../../src/site/load.ts';
import { allCases, materialize, ROOT, scratchDir, type CorpusCase } from './corpus.ts';
import { expectationText } from './expectation.ts';
import { limiter, PINNED_ENV, problemsAsExpected, run, STACK_FRAME } from './run.ts';

// `npm run build` on the corpus, in two layers, so that the file stays within a few minutes:
// - every invalid case goes through the loader the Astro integration calls (loadSite, then
//   describeProblems), in process: the build prints exactly these lines;
// - a real `astro build` (RUNBOOKS_DATA=DIR) runs for every generated case (the ones that could
//   crash or hang) and one committed case per family (yaml-*, unknown-*, week-*, ...). Each stops
//   in astro:config:setup, before any page, but Astro's start-up alone costs about 3 s of CPU,
//   so building all 90-odd cases would take over 5 minutes on a 2-core machine.
const invalid = allCases().filter((c) => c.expected.length > 0);
const family = (c: CorpusCase) => c.name.split('-')[0]!;
const built = invalid.filter(
  (c, i) => family(c) === 'generated' || ['javascript-url', 'many-problems-one-run'].includes(c.name) || invalid.findIndex((d) => family(d) === family(c)) === i,
);
const slot = limiter(2);
const OUT = join(ROOT, '.build/corpus-builds');
const HANG_MS = 90_000;
let scratch: string;

beforeAll(() => {
  scratch = scratchDir('corpus-build');
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
});

describe("the build's data check on the bad-input corpus", () => {
  it.each(invalid)("prints the validator's problem lines for $name", (c) => {
    const dir = materialize(c, join(scratch, `site-${c.name}`));
    const load = loadSite({ RUNBOOKS_DATA: dir, SOURCE_DATE_EPOCH: PINNED_ENV.SOURCE_DATE_EPOCH });
    expect(load.ok).toBe(false);
    if (load.ok) return;
    expect(problemsAsExpected(describeProblems(load), dir, c.expected)).toEqual(c.expected.map(expectationText));
  });
});

describe('npm run build on the bad-input corpus', () => {
  describe.concurrent.each(built)('$name', (c) => {
    it("fails with the validator's problem lines and no stack trace, before any page", async () => {
      const dir = materialize(c, join(scratch, c.name));
      const outDir = join(OUT, c.name);
      const env = { ...PINNED_ENV, RUNBOOKS_DATA: dir, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
      const result = await slot(() => run(process.execPath, ['node_modules/astro/astro.js', 'build', '--outDir', outDir], { timeoutMs: HANG_MS, env }));
      expect(result.signal, `killed after ${Math.round(result.ms)} ms: the build hangs`).toBeNull();
      expect(result.code).not.toBe(0);
      expect(result.stdout + result.stderr).not.toContain(STACK_FRAME);
      expect(problemsAsExpected(result.stderr, dir, c.expected)).toEqual(c.expected.map(expectationText));
      expect(result.stderr).toContain(`build stopped: fix the data in ${dir}`);
      expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    }, HANG_MS + 30_000);
  });
});
