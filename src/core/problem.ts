import { describe, RULES, type Finding, type RuleId, type RuleParams } from './rules/catalogue.ts';
import { ID_NAMES, type Names } from './rules/names.ts';

/**
 * A problem found in the data: a rule id and its parameters at a place in a file. Every face (CLI, build,
 * change report, site) prints these; none of them invents its own wording: the words come from the rule's
 * entry in `rules/catalogue.ts`. `what`, `fix` and `message` are those words naming people by id, as validate
 * prints them; `describeProblem` says them with display names.
 */
export type Problem = Finding & {
  /** The file's path inside the data directory, with forward slashes: `pipelines/aggregate-profit.yaml`. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** What is wrong, in this case: `unknown person "enginer-c" in owners.secondary`. */
  readonly what: string;
  /** How to fix it, in this case. Empty only when `what` itself names the expected form (`handoff: expected a time …; got "9:00"`). */
  readonly fix: string;
  /** The sentence printed: `what; fix`. */
  readonly message: string;
  /**
   * Absent for an error. A warning (an overdue review, owners without contacts; see the catalogue's
   * `severity`) is printed and shown but fails neither validate (unless --strict) nor the build.
   */
  readonly severity?: 'warning';
};

export const isWarning = (p: Pick<Problem, 'severity'>) => p.severity === 'warning';

export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Builds a problem of `rule` with its parameters; the catalogue says it in words. */
export function problem<R extends RuleId>(at: Place, rule: R, params: RuleParams<R>): Problem {
  const finding = { rule, params } as Finding;
  const base = { file: at.file, line: at.line, column: at.column, ...finding, ...describe(finding) };
  const severity: 'warning' | undefined = (RULES[rule] as { severity?: 'warning' }).severity;
  return severity ? { ...base, severity } : base;
}

/** A problem with the file as a whole, reported at its first line. */
export const fileProblem = <R extends RuleId>(file: string, rule: R, params: RuleParams<R>): Problem =>
  problem({ file, line: 1, column: 1 }, rule, params);

/**
 * A problem (or a calendar problem) worded again, naming people as `names` does: by display name on the
 * site, in the change report and in `oncall`'s output (see rules/names.ts).
 */
export const describeProblem = <P extends Finding & Pick<Problem, 'what' | 'fix' | 'message'>>(p: P, names: Names = ID_NAMES): P => ({
  ...p,
  ...describe(p, names),
});

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
