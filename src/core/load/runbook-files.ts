import type { Problem } from '../problem.ts';
import type { RunbookFile } from './files.ts';
import { readDataFile } from './read.ts';

export interface RunbookText extends RunbookFile {
  /** The Markdown, decoded, without a byte order mark, with LF line endings. */
  readonly text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads the long-form runbooks `pipelines/<id>.md`; an unreadable or non-UTF-8 one is a problem at line 1. */
export function readRunbooks(dataDir: string, runbooks: readonly RunbookFile[]): { texts: RunbookText[]; problems: Problem[] } {
  const texts: RunbookText[] = [];
  const problems: Problem[] = [];
  for (const runbook of runbooks) {
    const read = readDataFile(dataDir, runbook.file);
    if ('problem' in read) {
      problems.push({ ...read.problem, message: read.problem.message.replace('it must be a YAML file', 'it must be a Markdown file') });
      continue;
    }
    try {
      const text = utf8.decode(read.bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      texts.push({ ...runbook, text });
    } catch {
      problems.push({ file: runbook.file, line: 1, column: 1, message: `${runbook.file} is not UTF-8 text; save it as UTF-8`, rule: 'encoding' });
    }
  }
  return { texts, problems };
}
