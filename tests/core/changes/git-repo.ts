import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEAM_FIXTURE } from '../../helpers/data-dir.ts';
import { editable, type EditableData } from './editable.ts';

export interface TestRepo extends Omit<EditableData, 'dir'> {
  /** The repository's root. */
  readonly dir: string;
  /** `<dir>/data`. */
  readonly data: string;
  git(...args: string[]): string;
  commit(message: string): void;
  remove(): void;
}

/**
 * A temporary git repository holding a copy of the team fixture in data/, committed once as the base.
 * Identity is set locally: CI machines have no global git user.
 */
export function repoWithData(): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'runbooks-changes-'));
  const data = join(dir, 'data');
  cpSync(TEAM_FIXTURE, data, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  git('config', 'commit.gpgsign', 'false');
  const { read, write, replace } = editable(data);
  const repo: TestRepo = {
    dir,
    data,
    git,
    read,
    write,
    replace,
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  repo.commit('base data');
  return repo;
}
