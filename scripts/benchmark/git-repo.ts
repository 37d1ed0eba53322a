import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A git repository holding a copy of `dataDir` as its base commit, plus a staged edit of people.yaml
 * (a comment: the data stays valid, so the hook validates everything and passes). The change report
 * and the pre-commit hook are measured in it; `.build` links to the project's CLI bundles.
 */
export function benchRepo(dir: string, dataDir: string, root: string): string {
  cpSync(dataDir, join(dir, 'data'), { recursive: true });
  symlinkSync(join(root, '.build'), join(dir, '.build'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('config', 'user.name', 'Bench');
  git('config', 'user.email', 'bench@example.com');
  git('add', 'data');
  git('commit', '-q', '--no-verify', '-m', 'base');
  appendFileSync(join(dir, 'data', 'people.yaml'), '# edited by the benchmark\n');
  git('add', 'data');
  return dir;
}
