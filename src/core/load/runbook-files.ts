import { fileProblem, type Problem } from '../problem.ts';
import type { RunbookText } from '../file-view.ts';
import type { RunbookFile } from './files.ts';
import { readDataFile } from './read.ts';

export type { RunbookText };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads the long-form runbooks `pipelines/<id>.md`; an unreadable or non-UTF-8 one is a problem at line 1. */
export function readRunbooks(dataDir: string, runbooks: readonly RunbookFile[]): { texts: RunbookText[]; problems: Problem[] } {
  const texts: RunbookText[] = [];
  const problems: Problem[] = [];
  for (const runbook of runbooks) {
    const read = readDataFile(dataDir, runbook.file);
    if ('problem' in read) {
      problems.push(fileProblem(runbook.file, read.problem.rule, { what: read.problem.what, fix: read.problem.fix.replace('YAML', 'Markdown') }));
      continue;
    }
    try {
      const text = utf8.decode(read.bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      texts.push({ ...runbook, text });
    } catch {
      problems.push(fileProblem(runbook.file, 'encoding', { what: `${runbook.file} is not UTF-8 text`, fix: 'save it as UTF-8' }));
    }
  }
  return { texts, problems };
}
