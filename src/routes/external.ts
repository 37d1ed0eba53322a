/** Links out of the site that its pages and exports write: checked schemes, and "Edit this page". */
import { isAbsolute, posix, relative } from 'node:path';

const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

/**
 * The schema already rejects other schemes; this is the second lock on the door, so a
 * `javascript:` URL never reaches an href even if a face is fed data some other way.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return SAFE_SCHEMES.has(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "Edit this page" for a data file. `repository` is the repo's https URL, optionally with
 * `/tree/<branch>` (GitHub and Gitea style; default branch `main`); the data directory's
 * path inside the repo is its path relative to the working directory (usually `data`).
 */
export function editUrl(repository: string | undefined, dataDir: string, file: string, cwd = process.cwd()): string | undefined {
  if (!repository || !safeHref(repository)) return undefined;
  const m = /^(.*?)(?:\/(?:tree|blob)\/([^/]+))?\/*$/.exec(repository)!;
  const repo = m[1]!;
  const branch = m[2] ?? 'main';
  const rel = isAbsolute(dataDir) ? relative(cwd, dataDir) : posix.normalize(dataDir.replaceAll('\\', '/'));
  const dir = !rel || rel.startsWith('..') ? 'data' : rel.replaceAll('\\', '/').replace(/\/+$/, '');
  return `${repo}/edit/${encodeURIComponent(branch)}/${dir === '.' ? '' : `${dir}/`}${file}`;
}
