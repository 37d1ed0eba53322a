import { posix } from 'node:path';
import type { Problem } from '../core/problem.ts';

export const PROBLEM_FORMATS = ['text', 'github', 'json'] as const;
export type ProblemFormat = (typeof PROBLEM_FORMATS)[number];

/** PATH is the data directory as the user gave it, joined with the file's path inside it. */
export const displayPath = (dataDir: string, file: string) => posix.join(dataDir.replaceAll('\\', '/'), file);

// GitHub's workflow-command syntax: properties and messages escape these characters.
const escapeData = (s: string) => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

export function formatProblems(problems: readonly Problem[], dataDir: string, format: ProblemFormat, fileCount: number): string {
  if (format === 'json') {
    return `${JSON.stringify(
      problems.map((p) => ({ ...p, path: displayPath(dataDir, p.file) })),
      null,
      2,
    )}\n`;
  }
  const lines = problems.map((p) => {
    const path = displayPath(dataDir, p.file);
    return format === 'github'
      ? `::error file=${escapeProperty(path)},line=${p.line},col=${p.column}::${escapeData(p.message)}`
      : `${path}:${p.line}:${p.column}: error: ${p.message}`;
  });
  if (format === 'text') {
    const files = new Set(problems.map((p) => p.file)).size;
    lines.push(
      problems.length === 0
        ? `${dataDir}: ok, ${fileCount} files valid`
        : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}`,
    );
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
