import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURE = new URL('../../fixtures/changes/data', import.meta.url).pathname;

export interface TestRepo {
  /** The repository's root. */
  readonly dir: string;
  /** `<dir>/data`. */
  readonly data: string;
  git(...args: string[]): string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Rewrites a data file; throws when `from` is not in it, so a fixture change cannot silently miss. */
  replace(file: string, from: string, to: string): void;
  commit(message: string): void;
  remove(): void;
}

/**
 * A temporary git repository holding a copy of the fixture data, committed once as the base.
 * Identity is set locally: CI machines have no global git user.
 */
export function repoWithData(): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'runbooks-changes-'));
  const data = join(dir, 'data');
  cpSync(FIXTURE, data, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  git('config', 'commit.gpgsign', 'false');
  const repo: TestRepo = {
    dir,
    data,
    git,
    read: (file) => readFileSync(join(data, file), 'utf8'),
    write: (file, text) => writeFileSync(join(data, file), text),
    replace(file, from, to) {
      const text = repo.read(file);
      if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
      repo.write(file, text.replace(from, to));
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  repo.commit('base data');
  return repo;
}

/** Gives a fixture engineer (who has no holidays yet) one holiday, in block style as a person would write it. */
export function addHoliday(repo: TestRepo, id: string, from: string, to: string, note?: string): void {
  const name = `Engineer ${id.slice(-1).toUpperCase()}`;
  repo.replace(
    'people.yaml',
    `  - id: ${id}\n    name: ${name}\n    holidays: []`,
    `  - id: ${id}\n    name: ${name}\n    holidays:\n      - from: ${from}\n        to: ${to}${note ? `\n        note: ${note}` : ''}`,
  );
}
