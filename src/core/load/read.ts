import { lstatSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileProblem, type Problem } from '../problem.ts';
import { MAX_FILE_BYTES, tooLarge } from '../yaml/source.ts';

/**
 * Reads a data file's bytes, or says why it cannot. Checked before reading: a directory or a
 * broken link would otherwise throw, a FIFO would block forever, and a huge file would be
 * loaded into memory only to be refused.
 */
export function readDataFile(dataDir: string, file: string, format: 'YAML' | 'Markdown' = 'YAML'): { bytes: Uint8Array } | { problem: Problem } {
  const path = join(dataDir, file);
  const unreadable = (why: { why: 'directory' | 'special' | 'permission' } | { why: 'error'; error: string }) => ({
    problem: fileProblem(file, 'file', { problem: 'unreadable', file, format, ...why }),
  });
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    let link = false;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      // Gone between listing and reading: reported below like any unreadable file.
    }
    if (link) return { problem: fileProblem(file, 'file', { problem: 'broken-link', file, format, loop: code === 'ELOOP' }) };
    return unreadable({ why: 'error', error: code ?? String(error) });
  }
  if (stats.isDirectory()) return unreadable({ why: 'directory' });
  if (!stats.isFile()) return unreadable({ why: 'special' });
  if (stats.size > MAX_FILE_BYTES) return { problem: fileProblem(file, 'size', tooLarge(stats.size)) };
  try {
    return { bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return unreadable(code === 'EACCES' ? { why: 'permission' } : { why: 'error', error: code ?? String(error) });
  }
}
