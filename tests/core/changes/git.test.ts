import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataAtRef, GitError } from '../../../src/core/changes/git.ts';
import { TEAM_FIXTURE } from '../../helpers/data-dir.ts';
import { repoWithData, type TestRepo } from './git-repo.ts';

let repo: TestRepo;
beforeEach(() => {
  repo = repoWithData();
});
afterEach(() => repo.remove());

describe('dataAtRef', () => {
  it('copies the data as committed, without touching the working tree or the index', () => {
    repo.replace('people.yaml', 'name: Engineer A', 'name: Engineer Alpha');
    repo.git('add', 'data/people.yaml');
    repo.replace('teams.yaml', 'name: Sales Systems Team', 'name: Sales');
    const status = repo.git('status', '--porcelain');

    const at = dataAtRef('HEAD', repo.data);
    try {
      expect(at.path).toBe('data');
      expect(at.commit).toBe(repo.git('rev-parse', 'HEAD').trim());
      expect(readFileSync(join(at.dir!, 'people.yaml'), 'utf8')).toContain('name: Engineer A\n');
      expect(readFileSync(join(at.dir!, 'teams.yaml'), 'utf8')).toContain('name: Sales Systems Team\n');
      expect(readFileSync(join(at.dir!, 'pipelines/aggregate-profit.yaml'), 'utf8')).toBe(
        readFileSync(join(TEAM_FIXTURE, 'pipelines/aggregate-profit.yaml'), 'utf8'),
      );
    } finally {
      at.cleanup();
    }
    expect(existsSync(at.dir!)).toBe(false);
    expect(repo.git('status', '--porcelain')).toBe(status);
    expect(repo.read('people.yaml')).toContain('Engineer Alpha');
  });

  it('finds the data directory when it is given from a subdirectory or deleted in the working tree', () => {
    mkdirSync(join(repo.dir, 'docs'));
    const viaSubdir = dataAtRef('HEAD', join(repo.dir, 'docs', '..', 'data'));
    expect(viaSubdir.path).toBe('data');
    viaSubdir.cleanup();

    repo.git('rm', '-rq', 'data');
    const deleted = dataAtRef('HEAD', repo.data);
    try {
      expect(existsSync(join(deleted.dir!, 'site.yaml'))).toBe(true);
    } finally {
      deleted.cleanup();
    }
  });

  it('returns no directory when the ref has no data directory', () => {
    repo.git('mv', 'data', 'old-data');
    repo.commit('move');
    repo.git('mv', 'old-data', 'data');
    expect(dataAtRef('HEAD', repo.data).dir).toBeUndefined();
  });

  it('throws a GitError naming the ref, with a fetch hint for origin/ refs', () => {
    expect(() => dataAtRef('origin/main', repo.data)).toThrowError(
      new GitError('unknown git ref "origin/main"; fetch it first (git fetch origin main), or check out with fetch-depth: 0 in GitHub Actions'),
    );
    expect(() => dataAtRef('--output=x', repo.data)).toThrowError(GitError);
  });
});

describe('dataAtRef outside a repository', () => {
  it('throws a GitError saying so', () => {
    const outside = mkdtempSync(join(tmpdir(), 'runbooks-no-git-'));
    try {
      expect(() => dataAtRef('main', join(outside, 'data'))).toThrowError(
        new GitError(`${join(outside, 'data')} is not inside a git repository; run the command from a clone of the data's repository`),
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
