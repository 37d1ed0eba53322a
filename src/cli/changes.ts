import { compareData } from '../core/changes/compare.ts';
import { dataAtRef, GitError } from '../core/changes/git.ts';
import { loadData } from '../core/load/load.ts';
import { resolveNow } from '../core/now.ts';
import { dataDirFrom, fromEnvironment, oneOf, parseCli, runCli, UsageError } from './args.ts';
import { changesToMarkdown, historyGateMessage } from './format-changes.ts';
import { displayPath } from '../core/format-problems.ts';

const USAGE = `usage: npm run changes -- --base REF [--data DIR] [--format markdown|json] [--check]

Compares the data at git REF with the working tree, in effect: pipelines, owners, SLAs, runbooks,
people, teams, rotations, the on-call weeks that change hands (and the past weeks, in History) and
the problems introduced or fixed. Writes Markdown for a pull-request comment or a GitHub step
summary. Exit 0 when the report is written, 1 with --check when the change gives a past week or
the current week to someone else (other than by an override naming it), or removes or rewrites a
cover that has started, 2 on a usage error such as an unknown ref.
  --base REF      a branch, tag or commit, e.g. origin/main
  --data DIR      the data directory (default: $RUNBOOKS_DATA, then data/)
  --format FMT    markdown (default) or json
  --check         the history gate: exit 1 when the change rewrites on-call history`;

await runCli(USAGE, () => {
  const flags = parseCli(process.argv.slice(2), {
    base: { type: 'string' },
    data: { type: 'string' },
    format: { type: 'string' },
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  // Before git: a bad SOURCE_DATE_EPOCH is a usage error (exit 2), as in validate and oncall.
  const now = fromEnvironment(() => resolveNow());
  if (flags.base === undefined) throw new UsageError('--base REF is required, e.g. --base origin/main');
  const format = oneOf('format', flags.format, ['markdown', 'json'] as const, 'markdown');
  const dataDir = dataDirFrom(flags.data, process.env);

  let at;
  try {
    at = dataAtRef(flags.base, dataDir);
  } catch (error) {
    // Not a usage mistake: the command was right, the repository lacks the ref. One line, no usage.
    if (!(error instanceof GitError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return 2;
  }
  try {
    const report = compareData({
      ref: flags.base,
      base: at.dir === undefined ? undefined : loadData(at.dir),
      head: loadData(dataDir),
      now,
    });
    if (format === 'json') {
      const path = (p: { file: string }) => ({ ...p, path: displayPath(dataDir, p.file) });
      const problems = report.problems;
      const json = {
        ...report,
        base: { ...report.base, commit: at.commit, problems: report.base.problems.map(path) },
        head: { ...report.head, problems: report.head.problems.map(path) },
        problems: { introduced: problems.introduced.map(path), fixed: problems.fixed.map(path), unchanged: problems.unchanged.map(path) },
      };
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      process.stdout.write(changesToMarkdown(report, { dataDir, commit: at.commit.slice(0, 7) }));
    }
    if (flags.check && report.history && report.history.weeks.length + report.history.covers.length > 0) {
      process.stderr.write(historyGateMessage(report.history));
      return 1;
    }
    return 0;
  } finally {
    at.cleanup();
  }
});
