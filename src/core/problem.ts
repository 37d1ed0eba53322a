/**
 * A problem found in the data. Every face (CLI, build, change report) prints these;
 * none of them invents its own wording.
 */
export interface Problem {
  /** The file's path inside the data directory, with forward slashes: `pipelines/aggregate-profit.yaml`. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** What is wrong and how to fix it, in one sentence. */
  readonly message: string;
  /** A stable identifier of the rule, for scripts: `schema`, `unknown-key`, `reference`, `consecutive`, … */
  readonly rule: string;
  /**
   * Absent for an error. A warning (an overdue review, owners without contacts) is printed and shown
   * but does not fail validate (unless --strict) nor stop the build.
   */
  readonly severity?: 'warning';
}

export const isWarning = (p: Problem) => p.severity === 'warning';

/** Sorts by file, then line, then column, then message, so output is stable run to run. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
