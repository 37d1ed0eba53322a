import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** A git failure worded for the person running the command (unknown ref, not a repository). */
export class GitError extends Error {}

export interface DataAtRef {
  /** The full commit id REF resolved to. */
  readonly commit: string;
  /** The data directory's path inside the repository, with forward slashes ('' for the root). */
  readonly path: string;
  /** A temporary copy of the data directory at REF, or undefined when REF has no such directory. */
  readonly dir: string | undefined;
  /** Deletes the temporary copy. */
  cleanup(): void;
}

const git = (cwd: string, args: string[], input?: string): Buffer =>
  execFileSync('git', args, { cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });

/** The nearest existing directory at or above `path`, so a data directory deleted in the working tree still maps into the repository. */
function existingAncestor(path: string): { dir: string; rest: string } {
  let dir = resolve(path);
  let rest = '';
  while (!existsSync(dir)) {
    rest = rest ? join(basename(dir), rest) : basename(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return { dir, rest };
}

/**
 * Copies the data directory as it is at git REF into a temporary directory, with git's own plumbing
 * (`ls-tree`, `cat-file --batch`): nothing in the working tree or the index is touched.
 */
export function dataAtRef(ref: string, dataDir: string): DataAtRef {
  if (ref.startsWith('-') || ref.trim() === '') throw new GitError(`"${ref}" is not a git ref; pass a branch, tag or commit, e.g. --base origin/main`);
  const { dir: existing, rest } = existingAncestor(dataDir);
  let top: string;
  try {
    top = git(existing, ['rev-parse', '--show-toplevel']).toString().trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new GitError('git is not installed or not on PATH; the change report reads the base with git');
    throw new GitError(`${dataDir} is not inside a git repository; run the command from a clone of the data's repository`);
  }
  const path = relative(realpathSync(top), join(realpathSync(existing), rest)).split(sep).join('/');
  if (path.startsWith('..')) throw new GitError(`${dataDir} is outside the git repository at ${top}`);

  let commit: string;
  try {
    commit = git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).toString().trim();
  } catch {
    const hint = ref.startsWith('origin/')
      ? `; fetch it first (git fetch origin ${ref.slice('origin/'.length)}), or check out with fetch-depth: 0 in GitHub Actions`
      : '; pass a branch, tag or commit that exists, e.g. --base main';
    throw new GitError(`unknown git ref "${ref}"${hint}`);
  }

  const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...(path ? [path] : [])]).toString();
  const prefix = path ? `${path}/` : '';
  const blobs: { oid: string; file: string }[] = [];
  for (const record of listing.split('\0')) {
    // "<mode> <type> <oid>\t<path>"; symlinks (120000) and submodules are not data files.
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
    if (!m || m[2] !== 'blob' || m[1] === '120000' || !m[4]!.startsWith(prefix)) continue;
    blobs.push({ oid: m[3]!, file: m[4]!.slice(prefix.length) });
  }
  if (blobs.length === 0) return { commit, path, dir: undefined, cleanup: () => {} };

  const dir = mkdtempSync(join(tmpdir(), 'runbooks-base-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    // One cat-file process for every file: "<oid> blob <size>\n<bytes>\n" per object.
    const out = git(top, ['cat-file', '--batch'], blobs.map((b) => b.oid).join('\n') + '\n');
    let at = 0;
    for (const blob of blobs) {
      const eol = out.indexOf(0x0a, at);
      const size = Number(out.subarray(at, eol).toString().split(' ')[2]);
      const target = join(dir, ...blob.file.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, out.subarray(eol + 1, eol + 1 + size));
      at = eol + 1 + size + 1;
    }
  } catch (error) {
    cleanup();
    throw error;
  }
  return { commit, path, dir, cleanup };
}

/**
 * When the data directory last changed in git: the committer time of the newest commit touching it, or
 * undefined outside a repository (or with no commit yet). The same commit always gives the same time,
 * so a build stays reproducible, and every later change to the data gives a later time. In a shallow
 * clone (CI checks out one commit) it is the time of that commit, which is never earlier.
 */
export function dataCommitTime(dataDir: string): Date | undefined {
  try {
    const seconds = git(dataDir, ['log', '-1', '--format=%ct', '--', '.']).toString().trim();
    return /^\d+$/.test(seconds) ? new Date(Number(seconds) * 1000) : undefined;
  } catch {
    return undefined;
  }
}
