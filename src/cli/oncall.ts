import { computeSchedule, computeSchedules } from '../core/schedules.ts';
import { resolveNow } from '../core/now.ts';
import { rotationIcs, rotationsIcs } from '../feeds/ics.ts';
import { feedStamp } from '../feeds/stamp.ts';
import { renderOncallJson } from '../feeds/oncall-json.ts';
import { existingDataDir, fromEnvironment, oneOf, parseCli, runCli, UsageError } from './args.ts';
import { checkFromFlag, fromFlag, weeksFlag } from './range-flags.ts';
import { formatOncallText } from './format-oncall.ts';
import { renderHandoff } from './handoff-message.ts';
import { checkRotationFlag, loadModelOrReport } from './load-model.ts';
import { atFlag, checkPipelineFlag, renderOncallAt } from './oncall-at.ts';
import { NO_SITE_URL, siteUrlsFrom } from './site-url.ts';

const USAGE = `usage: npm run oncall -- [--data DIR] [--rotation ID] [--from YYYY-MM-DD] [--weeks N] [--format text|json|ics|slack|markdown] [--site-url URL]
       npm run oncall -- --at INSTANT [--pipeline ID] [--rotation ID] [--format text|json] [--data DIR]

Lists who is on call, week by week, with back-to-back weeks, uncovered holidays and fairness counts;
or, with --format slack or markdown, the handoff message of the current week for a chat channel.
Exit 0 when the data loads, 1 when it does not (the validator's messages follow), 2 on a usage error.
  --data DIR       the data directory (default: $RUNBOOKS_DATA, then data/)
  --rotation ID    only this rotation (default: all)
  --from DATE      list from the company week containing DATE (default: today, or SOURCE_DATE_EPOCH's date)
  --weeks N        how many weeks (default 12, at most 5200)
  --format FMT     text (default), json, ics (RFC 5545), slack (Block Kit JSON) or markdown: slack and
                   markdown give the handoff of the week (who is on call now and until when, who is
                   next, problems in the next calendar.futureWeeks weeks), as of --from's date if given
  --site-url URL   where the site is published, for the handoff's links (default: $RUNBOOKS_SITE_URL, then url in site.yaml)
  --at INSTANT     who is on call at that instant (e.g. 2026-12-09T19:00Z or 2026-12-09T20:00+01:00),
                   following hours, covers, overrides and swaps: per rotation, and with --pipeline ID
                   for that pipeline through its layers (the first of its rotations on call then)`;

const FORMATS = ['text', 'json', 'ics', 'slack', 'markdown'] as const;

await runCli(USAGE, () => {
  const flags = parseCli(process.argv.slice(2), {
    data: { type: 'string' },
    rotation: { type: 'string' },
    from: { type: 'string' },
    weeks: { type: 'string' },
    format: { type: 'string' },
    'site-url': { type: 'string' },
    at: { type: 'string' },
    pipeline: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const format = oneOf('format', flags.format, FORMATS, 'text');
  const at = flags.at !== undefined ? atFlag(flags.at) : undefined;
  if (at) {
    for (const flag of ['from', 'weeks', 'site-url'] as const) if (flags[flag] !== undefined) throw new UsageError(`--${flag} does not apply with --at`);
    if (format !== 'text' && format !== 'json') throw new UsageError(`--at prints text or json, not ${format}`);
    if (flags.pipeline !== undefined && flags.rotation !== undefined) throw new UsageError('give --pipeline or --rotation with --at, not both: a pipeline lists its own rotations');
  } else if (flags.pipeline !== undefined) throw new UsageError('--pipeline applies only with --at');
  checkFromFlag(flags.from);
  const weeks = weeksFlag(flags.weeks, 12);
  const now = fromEnvironment(() => resolveNow());
  const handoff = format === 'slack' || format === 'markdown';
  if (handoff && flags.weeks !== undefined) {
    throw new UsageError(`--weeks does not apply to --format ${format}: the handoff covers this week and calendar.futureWeeks more`);
  }
  if (!handoff && flags['site-url'] !== undefined) throw new UsageError('--site-url applies only to --format slack or markdown');
  if (handoff) siteUrlsFrom(flags['site-url'], process.env);
  const dataDir = existingDataDir(flags.data, process.env);
  const stamp = fromEnvironment(() => feedStamp(dataDir));
  const model = loadModelOrReport(dataDir);
  if (!model) return 1;
  checkRotationFlag(model, flags.rotation);
  if (at) {
    if (flags.pipeline !== undefined) checkPipelineFlag(model, flags.pipeline);
    process.stdout.write(renderOncallAt(model, at, format === 'json' ? 'json' : 'text', { rotation: flags.rotation, pipeline: flags.pipeline }));
    return 0;
  }

  const from = fromFlag(flags.from, now, model);
  if (handoff) {
    const urls = siteUrlsFrom(flags['site-url'], process.env, model.site.url);
    if (!urls) process.stderr.write(`note: the message has no links; ${NO_SITE_URL}\n`);
    process.stdout.write(renderHandoff(model, format, { now: from, urls, rotation: flags.rotation }));
    return 0;
  }
  const range = { from, weeks };
  const schedules = flags.rotation !== undefined ? [computeSchedule(model, flags.rotation, range)] : computeSchedules(model, range);

  if (format === 'json') process.stdout.write(renderOncallJson(schedules));
  else if (format === 'ics') {
    process.stdout.write(schedules.length === 1 ? rotationIcs(model, schedules[0]!, { stamp }) : rotationsIcs(model, schedules, { stamp }));
  } else process.stdout.write(formatOncallText(model, schedules));
  return 0;
});
