import { posix } from 'node:path';
import { isWarning, type Problem } from './problem.ts';

export const PROBLEM_FORMATS = ['text', 'github', 'json'] as const;
export type ProblemFormat = (typeof PROBLEM_FORMATS)[number];

/** PATH is the data directory as the user gave it, joined with the file's path inside it. */
export const displayPath = (dataDir: string, file: string) => posix.join(dataDir.replaceAll('\\', '/'), file);

// GitHub's workflow-command syntax: properties and messages escape these characters.
const escapeData = (s: string) => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** `PATH:LINE:COL: error: MESSAGE`, as compilers write it, so editors and terminals link to the place. */
export const problemLine = (p: Problem, dataDir: string, severity: 'error' | 'warning' = isWarning(p) ? 'warning' : 'error') =>
  `${displayPath(dataDir, p.file)}:${p.line}:${p.column}: ${severity}: ${p.message}`;

/**
 * Problems as the validator prints them, shared by the CLIs, the build and the site: `text` lines and a
 * summary, GitHub workflow commands (annotations on the changed lines), or JSON with every field of a problem.
 */
export function formatProblems(problems: readonly Problem[], dataDir: string, format: ProblemFormat, fileCount: number): string {
  if (format === 'json') {
    return `${JSON.stringify(
      problems.map((p) => ({ ...p, severity: isWarning(p) ? 'warning' : 'error', path: displayPath(dataDir, p.file) })),
      null,
      2,
    )}\n`;
  }
  const lines = problems.map((p) => {
    const path = displayPath(dataDir, p.file);
    const severity = isWarning(p) ? 'warning' : 'error';
    return format === 'github'
      ? `::${severity} file=${escapeProperty(path)},line=${p.line},col=${p.column}::${escapeData(p.message)}`
      : problemLine(p, dataDir, severity);
  });
  if (format === 'text') lines.push(problemSummary(problems, dataDir, fileCount));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 problems in 1 file", "2 problems and 1 warning in 2 files", "data: ok, 12 files valid, 1 warning". */
export function problemSummary(problems: readonly Problem[], dataDir: string, fileCount: number): string {
  const warnings = problems.filter(isWarning).length;
  const errors = problems.length - warnings;
  const files = new Set(problems.map((p) => p.file)).size;
  if (errors === 0) return `${dataDir}: ok, ${fileCount} files valid${warnings ? `, ${count(warnings, 'warning', 'warnings')}` : ''}`;
  const what = warnings ? `${count(errors, 'problem', 'problems')} and ${count(warnings, 'warning', 'warnings')}` : count(errors, 'problem', 'problems');
  return `${what} in ${count(files, 'file', 'files')}`;
}

/** Exit status of validate: 1 with any error, or with any warning under --strict; else 0. */
export const failsValidation = (problems: readonly Problem[], strict: boolean) => problems.some((p) => strict || !isWarning(p));
