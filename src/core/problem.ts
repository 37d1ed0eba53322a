import { RULES, type RuleId, type RuleInfo } from './rules/catalogue.ts';

/**
 * A problem found in the data. Every face (CLI, build, change report) prints these;
 * none of them invents its own wording. The rules are listed in `rules/catalogue.ts`.
 */
export interface Problem {
  /** The file's path inside the data directory, with forward slashes: `pipelines/aggregate-profit.yaml`. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** The stable id of the rule, for scripts and the change report: `unknown-key`, `reference`, `consecutive`, … */
  readonly rule: RuleId;
  /** What is wrong, in this case: `unknown person "enginer-c" in owners.secondary`. */
  readonly what: string;
  /** How to fix it, in this case. Empty only when `what` itself names the expected form (`handoff: expected a time …; got "9:00"`). */
  readonly fix: string;
  /**
   * What the problem is about, independent of line numbers and of the advice (which changes with
   * the data): with `file` and `rule` it identifies the problem across two versions of the data.
   */
  readonly subject: string;
  /** The sentence printed: `what; fix`. */
  readonly message: string;
  /**
   * Absent for an error. A warning (an overdue review, owners without contacts; see the catalogue's
   * `severity`) is printed and shown but fails neither validate (unless --strict) nor the build.
   */
  readonly severity?: 'warning';
}

export const isWarning = (p: Pick<Problem, 'severity'>) => p.severity === 'warning';

export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface ProblemText {
  readonly what: string;
  readonly fix: string;
  /** Defaults to `what`. */
  readonly subject?: string;
}

/** Builds a problem; the one place that joins `what` and `fix` into the printed sentence. */
export function problem(at: Place, rule: RuleId, { what, fix, subject = what }: ProblemText): Problem {
  const base = { file: at.file, line: at.line, column: at.column, rule, what, fix, subject, message: fix ? `${what}; ${fix}` : what };
  const info: RuleInfo = RULES[rule];
  return info.severity ? { ...base, severity: info.severity } : base;
}

/** A problem with the file as a whole, reported at its first line. */
export const fileProblem = (file: string, rule: RuleId, text: ProblemText): Problem => problem({ file, line: 1, column: 1 }, rule, text);

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
