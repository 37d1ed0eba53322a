import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoWithData, type TestRepo } from '../core/changes/git-repo.ts';
import { VALID_FIXTURE } from '../helpers/data-dir.ts';

const HOOK = new URL('../../scripts/pre-commit', import.meta.url).pathname;
const BUILD = new URL('../../.build', import.meta.url).pathname;

let repo: TestRepo;
beforeEach(() => {
  repo = repoWithData();
  // The hook as the README installs it, and the prebuilt CLI bundles (self-contained) it runs.
  mkdirSync(join(repo.dir, 'scripts'));
  copyFileSync(HOOK, join(repo.dir, 'scripts', 'pre-commit'));
  symlinkSync(BUILD, join(repo.dir, '.build'));
  repo.git('add', 'scripts');
  repo.git('commit', '-q', '-m', 'hook');
  symlinkSync('../../scripts/pre-commit', join(repo.dir, '.git', 'hooks', 'pre-commit'));
});
afterEach(() => repo.remove());

/** `git commit` with a bare environment (so RUNBOOKS_DATA is unset unless given). */
function commit(env: Record<string, string> = {}) {
  const run = spawnSync('git', ['commit', '-q', '-m', 'change'], { cwd: repo.dir, encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('scripts/pre-commit', () => {
  it('rejects a commit whose staged data has problems, with data/ paths', () => {
    repo.replace('pipelines/aggregate-growth.yaml', 'secondary: engineer-d', 'secondary: engineer-x');
    repo.git('add', 'data');

    const { code, out } = commit();

    expect(code).toBe(1);
    expect(out).toContain('data/pipelines/aggregate-growth.yaml:7:14: error: unknown person "engineer-x" in owners.secondary;');
    expect(out).toContain('pre-commit: the staged data has problems');
  });

  it('checks the staged version of a partially staged file, not the working tree', () => {
    repo.replace('people.yaml', 'name: Engineer A', 'name: Engineer Alpha');
    repo.git('add', 'data/people.yaml');
    // A broken edit that is not staged does not block the commit...
    repo.replace('people.yaml', 'name: Engineer B', 'nme: Engineer B');
    expect(commit().code).toBe(0);

    // ...and a broken staged edit is not excused by a fix left unstaged.
    repo.git('add', 'data/people.yaml');
    repo.replace('people.yaml', 'nme: Engineer B', 'name: Engineer B');
    const { code, out } = commit();
    expect(code).toBe(1);
    expect(out).toContain('data/people.yaml:7:5: error: unknown key "nme"');
  });

  it('returns 1 for a broken staged data/ when RUNBOOKS_DATA names another valid directory', () => {
    repo.replace('pipelines/aggregate-growth.yaml', 'secondary: engineer-d', 'secondary: engineer-x');
    repo.git('add', 'data');

    const { code, out } = commit({ RUNBOOKS_DATA: VALID_FIXTURE });

    expect(code).toBe(1);
    expect(out).toContain('data/pipelines/aggregate-growth.yaml:7:14: error: unknown person "engineer-x"');
  });

  it('returns 1 for a broken staged data/ fixed only in the working tree when RUNBOOKS_DATA is its absolute path', () => {
    repo.replace('people.yaml', 'name: Engineer B', 'nme: Engineer B');
    repo.git('add', 'data/people.yaml');
    repo.replace('people.yaml', 'nme: Engineer B', 'name: Engineer B');

    const { code, out } = commit({ RUNBOOKS_DATA: repo.data });

    expect(code).toBe(1);
    expect(out).toContain('data/people.yaml:7:5: error: unknown key "nme"');
  });

  it('returns 0 for a valid staged data/ broken only in the working tree when RUNBOOKS_DATA is its absolute path (with a slash)', () => {
    repo.replace('people.yaml', 'name: Engineer A', 'name: Engineer Alpha');
    repo.git('add', 'data/people.yaml');
    repo.replace('people.yaml', 'name: Engineer B', 'nme: Engineer B');

    const { code, out } = commit({ RUNBOOKS_DATA: `${repo.data}/` });

    expect(code).toBe(0);
    expect(out).toBe('data: ok, 10 files valid\n');
  });

  it('checks the staged part of a partially staged file whatever RUNBOOKS_DATA says', () => {
    for (const RUNBOOKS_DATA of [VALID_FIXTURE, repo.data]) {
      // Two edits in one file, the broken one staged and the good one not.
      repo.replace('people.yaml', 'name: Engineer B', 'nme: Engineer B');
      repo.git('add', 'data/people.yaml');
      repo.replace('people.yaml', 'name: Engineer A', 'name: Engineer Alpha');
      repo.replace('people.yaml', 'nme: Engineer B', 'name: Engineer B');

      const { code, out } = commit({ RUNBOOKS_DATA });
      expect(code, RUNBOOKS_DATA).toBe(1);
      expect(out).toContain('data/people.yaml:7:5: error: unknown key "nme"');
      repo.git('checkout', '--', '.');
      repo.git('reset', '-q', '--hard');
    }
  });

  it('does nothing when the commit does not touch data/', () => {
    // Without the bundle the hook would fail loudly, so a pass proves it did not try to validate.
    rmSync(join(repo.dir, '.build'));
    writeFileSync(join(repo.dir, 'README.md'), '# Runbooks\n');
    repo.git('add', 'README.md');

    const { code, out } = commit();

    expect(code).toBe(0);
    expect(out).toBe('');
  });
});
