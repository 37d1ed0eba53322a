import { computeSchedule } from '../core/schedules.ts';
import { resolveNow } from '../core/now.ts';
import { checkDrift, hasDrift } from '../pager/drift.ts';
import { FeedError, readFeedEvents } from '../pager/feed-events.ts';
import { feedErrorLine, isFeedUrl, loadFeed } from '../pager/feed-source.ts';
import { formatDrift } from '../pager/format-drift.ts';
import { existingDataDir, fromEnvironment, oneOf, parseCli, runCli, UsageError } from './args.ts';
import { checkRotationFlag, loadModelOrReport } from './load-model.ts';
import { fromFlag, weeksFlag } from './range-flags.ts';
import { redactOutput } from './redact-output.ts';

const USAGE = `usage: npm run drift -- [--ics FILE|URL] [--data DIR] [--rotation ID] [--from YYYY-MM-DD] [--weeks N] [--format text|markdown|json|github]

Compares a paging tool's calendar feed (PagerDuty, Opsgenie, Grafana OnCall, incident.io, or this
site's own) with the on-call this repository computes, minute by minute, and prints every stretch
where they name different people. Each event is matched to a person by its attendee or organiser
email, then an email in its text, then a display name (or id) in its summary; an event that matches
nobody is reported. Exit 0 when they agree, 1 on drift (or when the data does not load), 2 on a
usage error or a feed that cannot be read. A feed URL is a secret: it is never printed.
  --ics FILE|URL   the feed: a file, or its https:// (or webcal://) address (default: $PAGER_ICS_URL,
                   which keeps the address out of the process list)
  --data DIR       the data directory (default: $RUNBOOKS_DATA, then data/)
  --rotation ID    the rotation the feed is the schedule of (needed when the data has several)
  --from DATE      compare from the company week containing DATE (default: today, or SOURCE_DATE_EPOCH's date)
  --weeks N        how many weeks (default 12, at most 5200)
  --format FMT     text (default), markdown (a table for a job summary), json, or github (annotations)`;

const FORMATS = ['text', 'markdown', 'json', 'github'] as const;

// Installed before anything is parsed: a URL given anywhere on the command line (even by mistake,
// as a positional argument) is replaced by "the feed" in everything this process writes.
redactOutput([...process.argv.slice(2), process.env.PAGER_ICS_URL ?? ''].filter((arg) => /(?:https?|webcal):\/\//i.test(arg)), 'the feed');

await runCli(USAGE, async () => {
  const flags = parseCli(process.argv.slice(2), {
    ics: { type: 'string' },
    data: { type: 'string' },
    rotation: { type: 'string' },
    from: { type: 'string' },
    weeks: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const ics = flags.ics ?? process.env.PAGER_ICS_URL;
  if (ics === undefined || ics.trim() === '') {
    throw new UsageError("--ics is required (or $PAGER_ICS_URL): the paging tool's calendar feed, as a file or its https:// address");
  }
  const format = oneOf('format', flags.format, FORMATS, 'text');
  const weeks = weeksFlag(flags.weeks, 12);
  const now = fromEnvironment(() => resolveNow());
  const dataDir = existingDataDir(flags.data, process.env);
  const model = loadModelOrReport(dataDir);
  if (!model) return 1;
  checkRotationFlag(model, flags.rotation);
  const rotation = flags.rotation ?? onlyRotation(model.rotations.map((r) => r.id));

  const schedule = computeSchedule(model, rotation, { from: fromFlag(flags.from, now, model), weeks });
  const first = schedule.weeks[0];
  const last = schedule.weeks.at(-1);
  if (!first || !last) {
    throw new UsageError(`rotation ${rotation} starts on ${model.byId.rotations.get(rotation)!.start}, after the ${weeks} weeks asked for; pass a later --from`);
  }
  let events;
  let feedName;
  try {
    const feed = await loadFeed(ics);
    feedName = feed.name;
    events = readFeedEvents(feed.text, { timeZone: model.site.calendar.timezone, from: first.start, to: last.end });
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    process.stderr.write(feedErrorLine(error, ics));
    return 2;
  }
  const report = checkDrift(model, schedule, events);
  process.stdout.write(formatDrift(report, format, { model, feedName }));
  return hasDrift(report) ? 1 : 0;
});

function onlyRotation(ids: readonly string[]): string {
  if (ids.length === 1) return ids[0]!;
  throw new UsageError(
    ids.length === 0
      ? 'the data has no rotation to compare the feed with; add one in rotations/'
      : `the data has ${ids.length} rotations; pass --rotation with the one the feed is the schedule of: ${ids.join(', ')}`,
  );
}
