import { loadData } from '../core/load/load.ts';
import { resolveNow } from '../core/now.ts';
import { existingDataDir, fromEnvironment, oneOf, parseCli, runCli } from './args.ts';
import { failsValidation, formatProblems, PROBLEM_FORMATS } from '../core/format-problems.ts';

const USAGE = `usage: npm run validate -- [--data DIR] [--format text|github|json] [--strict]

Checks the runbook data. Exit 0 when valid (warnings alone do not fail), 1 when it has problems,
2 on a usage error.
  --data DIR      the data directory (default: $RUNBOOKS_DATA, then data/)
  --format FMT    text (default), github (Actions annotations) or json
  --strict        warnings (overdue reviews, owners without contacts) fail too`;

await runCli(USAGE, () => {
  const flags = parseCli(process.argv.slice(2), {
    data: { type: 'string' },
    format: { type: 'string' },
    strict: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const format = oneOf('format', flags.format, PROBLEM_FORMATS, 'text');
  const dataDir = existingDataDir(flags.data, process.env);
  const now = fromEnvironment(() => resolveNow());
  const result = loadData(dataDir, { now });
  process.stdout.write(formatProblems(result.problems, dataDir, format, result.fileCount));
  return failsValidation(result.problems, flags.strict === true) ? 1 : 0;
});
