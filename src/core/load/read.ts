import { lstatSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problem.ts';
import { MAX_FILE_BYTES, tooLargeMessage } from '../yaml/source.ts';

const problem = (file: string, message: string, rule = 'file'): Problem => ({ file, line: 1, column: 1, message, rule });

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
    if (link) return { problem: problem(file, `${file} cannot be read: it is a broken symbolic link${code === 'ELOOP' ? ' (a loop)' : ''}; point it at a YAML file or delete it`) };
    return { problem: problem(file, `${file} cannot be read: ${code ?? String(error)}; it must be a YAML file`) };
  }
  if (stats.isDirectory()) return { problem: problem(file, `${file} cannot be read: it is a directory, not a file; it must be a YAML file`) };
  if (!stats.isFile()) return { problem: problem(file, `${file} cannot be read: it is a pipe, socket or device, not a file; it must be a YAML file`) };
  if (stats.size > MAX_FILE_BYTES) return { problem: problem(file, tooLargeMessage(stats.size), 'size') };
  try {
    return { bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: problem(file, `${file} cannot be read: ${code === 'EACCES' ? 'permission denied' : (code ?? String(error))}; it must be a YAML file`) };
  }
}
