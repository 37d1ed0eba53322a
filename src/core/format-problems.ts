import { posix } from 'node:path';
import type { Problem } from './problem.ts';

export const PROBLEM_FORMATS = ['text', 'github', 'json'] as const;
export type ProblemFormat = (typeof PROBLEM_FORMATS)[number];

/** PATH is the data directory as the user gave it, joined with the file's path inside it. */
export const displayPath = (dataDir: string, file: string) => posix.join(dataDir.replaceAll('\\', '/'), file);

// GitHub's workflow-command syntax: properties and messages escape these characters.
const escapeData = (s: string) => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** `PATH:LINE:COL: error: MESSAGE`, as compilers write it, so editors and terminals link to the place. */
export const problemLine = (p: Problem, dataDir: string, severity: 'error' | 'warning' = 'error') =>
  `${displayPath(dataDir, p.file)}:${p.line}:${p.column}: ${severity}: ${p.message}`;

/**
 * Problems as the validator prints them, shared by the CLIs, the build and the site: `text` lines and a
 * summary, GitHub workflow commands (annotations on the changed lines), or JSON with every field of a problem.
 */
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
      : problemLine(p, dataDir);
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
