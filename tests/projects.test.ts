import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectFiles } from './projects.ts';

const ROOT = new URL('..', import.meta.url);

/** Vitest's meaning of the globs used in projects.ts: `**\/` any folders, `*` any part of a name. */
const globRegExp = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('**/', '\0').replaceAll('*', '[^/]*').replaceAll('\0', '(?:[^/]+/)*')}$`);
const matches = (file: string, globs: readonly string[]) => globs.some((g) => globRegExp(g).test(file));

const testFiles = (readdirSync(new URL('tests', ROOT), { recursive: true }) as string[])
  .map((f) => `tests/${f.replaceAll('\\', '/')}`)
  .filter((f) => f.endsWith('.test.ts'))
  .sort();

const projectsOf = (file: string) =>
  Object.entries(projectFiles)
    .filter(([, p]) => matches(file, p.include) && !matches(file, 'exclude' in p ? p.exclude : []))
    .map(([name]) => name);

/** What makes a test slow or process-bound: child processes, the compiled CLIs, Astro builds, Chromium, git. */
const OUT_OF_PROCESS = /node:child_process|\.build\/cli|build-site\.ts|browser\/chromium\.ts|dev-server\.ts|run-cli\.ts|git-repo\.ts/;

describe('tests/projects.ts', () => {
  it('puts every test file in exactly one project', () => {
    expect(testFiles.length).toBeGreaterThan(50);
    expect(testFiles.filter((f) => projectsOf(f).length !== 1).map((f) => `${f}: ${projectsOf(f).join(', ') || 'none'}`)).toEqual([]);
  });

  it('keeps the unit project in process: no file there starts a process, a build or a browser', () => {
    // This file names those modules in the pattern, so it is left out.
    const unit = testFiles.filter((f) => projectsOf(f)[0] === 'unit' && f !== 'tests/projects.test.ts');
    const outOfProcess = unit.filter((f) => OUT_OF_PROCESS.test(readFileSync(new URL(f, ROOT), 'utf8')));
    // Move such a file to the cli, build or browser list in tests/projects.ts.
    expect(outOfProcess).toEqual([]);
  });
});
