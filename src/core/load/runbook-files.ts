import type { Problem } from '../problem.ts';
import type { RunbookText } from '../file-view.ts';
import { decodeUtf8 } from '../yaml/source.ts';
import type { RunbookFile } from './files.ts';
import { readDataFile } from './read.ts';

export type { RunbookText };

/** Reads the long-form runbooks `pipelines/<id>.md`; an unreadable one is a problem at line 1, one not UTF-8 at its first bad byte. */
export function readRunbooks(dataDir: string, runbooks: readonly RunbookFile[]): { texts: RunbookText[]; problems: Problem[] } {
  const texts: RunbookText[] = [];
  const problems: Problem[] = [];
  for (const runbook of runbooks) {
    const read = readDataFile(dataDir, runbook.file, 'Markdown');
    const decoded = 'problem' in read ? read : decodeUtf8(runbook.file, read.bytes);
    if ('problem' in decoded) problems.push(decoded.problem);
    else texts.push({ ...runbook, text: decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') });
  }
  return { texts, problems };
}
