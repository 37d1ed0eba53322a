import { lstatSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileProblem, type Problem } from '../problem.ts';
import { MAX_FILE_BYTES, tooLarge } from '../yaml/source.ts';

const unreadable = (file: string, why: string): Problem => fileProblem(file, 'file', { what: `${file} cannot be read: ${why}`, fix: 'it must be a YAML file' });

/**
 * Reads a data file's bytes, or says why it cannot. Checked before reading: a directory or a
 * broken link would otherwise throw, a FIFO would block forever, and a huge file would be
 * loaded into memory only to be refused.
 */
export function readDataFile(dataDir: string, file: string): { bytes: Uint8Array } | { problem: Problem } {
  const path = join(dataDir, file);
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
    if (link) return {
        problem: fileProblem(file, 'file', {
          what: `${file} cannot be read: it is a broken symbolic link${code === 'ELOOP' ? ' (a loop)' : ''}`,
          fix: 'point it at a YAML file or delete it',
        }),
      };
    return { problem: unreadable(file, code ?? String(error)) };
  }
  if (stats.isDirectory()) return { problem: unreadable(file, 'it is a directory, not a file') };
  if (!stats.isFile()) return { problem: unreadable(file, 'it is a pipe, socket or device, not a file') };
  if (stats.size > MAX_FILE_BYTES) return { problem: fileProblem(file, 'size', tooLarge(stats.size)) };
  try {
    return { bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: unreadable(file, code === 'EACCES' ? 'permission denied' : (code ?? String(error))) };
  }
}
