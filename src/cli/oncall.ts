import { computeSchedule, computeSchedules } from '../core/calendar/schedule.ts';
import { instantAt, parseCivilDay } from '../core/calendar/civil.ts';
import { loadData } from '../core/load/load.ts';
import { resolveNow } from '../core/now.ts';
import { isRealDate } from '../core/schemas/common.ts';
import { didYouMean } from '../core/suggest.ts';
import { rotationIcs, rotationsIcs } from '../feeds/ics.ts';
import { feedStamp } from '../feeds/stamp.ts';
import { renderOncallJson } from '../feeds/oncall-json.ts';
import { existingDataDir, fromEnvironment, oneOf, parseCli, runCli, UsageError } from './args.ts';
import { formatOncallText } from './format-oncall.ts';
import { formatProblems } from './format-problems.ts';

const USAGE = `usage: npm run oncall -- [--data DIR] [--rotation ID] [--from YYYY-MM-DD] [--weeks N] [--format text|json|ics]

Lists who is on call, week by week, with back-to-back weeks, uncovered holidays and fairness counts.
Exit 0 when the data loads, 1 when it does not (the validator's messages follow), 2 on a usage error.
  --data DIR       the data directory (default: $RUNBOOKS_DATA, then data/)
  --rotation ID    only this rotation (default: all)
  --from DATE      list from the company week containing DATE (default: today, or SOURCE_DATE_EPOCH's date)
  --weeks N        how many weeks (default 12, at most 5200)
  --format FMT     text (default), json or ics (RFC 5545)`;

const FORMATS = ['text', 'json', 'ics'] as const;
const MAX_WEEKS = 5200;

await runCli(USAGE, () => {
  const flags = parseCli(process.argv.slice(2), {
    data: { type: 'string' },
    rotation: { type: 'string' },
    from: { type: 'string' },
    weeks: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const format = oneOf('format', flags.format, FORMATS, 'text');
  if (flags.from !== undefined && !isRealDate(flags.from)) throw new UsageError(`--from must be a date as YYYY-MM-DD, e.g. 2026-11-23, got "${flags.from}"`);
  const weeks = flags.weeks === undefined ? 12 : Number(flags.weeks);
  if (!/^\d+$/.test(flags.weeks ?? '12') || weeks < 1 || weeks > MAX_WEEKS) {
    throw new UsageError(`--weeks must be a whole number from 1 to ${MAX_WEEKS}, got "${flags.weeks}"`);
  }
  const now = fromEnvironment(() => resolveNow());
  const dataDir = existingDataDir(flags.data, process.env);
  const stamp = fromEnvironment(() => feedStamp(dataDir));
  const { model, problems, fileCount } = loadData(dataDir);
  if (!model) {
    process.stderr.write(formatProblems(problems, dataDir, 'text', fileCount));
    return 1;
  }
  if (flags.rotation !== undefined && !model.byId.rotations.has(flags.rotation)) {
    const known = [...model.byId.rotations.keys()];
    const hint = didYouMean(flags.rotation, known);
    throw new UsageError(`unknown rotation "${flags.rotation}"${hint ? `; ${hint}` : ''}; known rotations: ${known.join(', ') || '(none)'}`);
  }

  // A --from date is a day in the company's zone; noon is inside it whatever DST does at midnight.
  const from = flags.from !== undefined ? instantAt(parseCivilDay(flags.from), 12 * 60, model.site.calendar.timezone) : now;
  const range = { from, weeks };
  const schedules = flags.rotation !== undefined ? [computeSchedule(model, flags.rotation, range)] : computeSchedules(model, range);

  if (format === 'json') process.stdout.write(renderOncallJson(schedules));
  else if (format === 'ics') {
    process.stdout.write(schedules.length === 1 ? rotationIcs(model, schedules[0]!, { stamp }) : rotationsIcs(model, schedules, { stamp }));
  } else process.stdout.write(formatOncallText(model, schedules));
  return 0;
});
