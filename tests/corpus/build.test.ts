import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCases, materialize, ROOT, scratchDir } from './corpus.ts';
import { expectationText } from './expectation.ts';
import { limiter, PINNED_ENV, problemsAsExpected, run, STACK_FRAME } from './run.ts';

// `npm run build` on a sample of the bad-input corpus. Every case goes through the core in process
// (core.test.ts), and the integration prints exactly the validator's lines (describeProblems), so
// the build only has to show, for a few kinds of problem and the cases that could crash or hang a
// build (an alias bomb, a FIFO, a 10 MB file), that it stops in astro:config:setup, before any page,
// with those lines and no stack trace. Astro's start-up alone costs about 3 s of CPU per case.
const BUILT = ['yaml-duplicate-key', 'unknown-owner', 'week-does-not-exist', 'javascript-url', 'many-problems-one-run', 'generated-billion-laughs', 'generated-fifo', 'generated-10mb-file'];
const built = allCases().filter((c) => BUILT.includes(c.name));
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

describe('npm run build on a sample of the bad-input corpus', () => {
  it('builds every sampled case', () => {
    expect(built.map((c) => c.name).sort()).toEqual([...BUILT].sort());
  });


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
