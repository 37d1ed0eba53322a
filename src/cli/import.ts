import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatWallClock } from '../core/format-dates.ts';
import { ID_PATTERN } from '../core/schemas/common.ts';
import { FeedError, feedCalendarName, readFeedEvents } from '../pager/feed-events.ts';
import { feedErrorLine, isFeedUrl, loadFeed } from '../pager/feed-source.ts';
import { importRotation, type ImportResult } from '../pager/import-rotation.ts';
import type { Model } from '../core/model.ts';
import { existingDataDir, fromEnvironment, parseCli, runCli, UsageError } from './args.ts';
import { resolveNow } from '../core/now.ts';
import { loadModelOrReport } from './load-model.ts';
import { redactOutput } from './redact-output.ts';

const USAGE = `usage: npm run import -- --ics FILE|URL --rotation ID [--name NAME] [--data DIR]

Writes rotations/<ID>.yaml from a paging tool's calendar feed covering past and future shifts:
members in order, start, hand-off, line-up versions where the order changes, and overrides for the
weeks that fit no pattern. The calendar computed from the file (holidays in people.yaml included)
is then compared with the feed minute by minute. People the feed names who are not in people.yaml
are listed with the YAML to add. Exit 0 when the file reproduces the feed exactly, 1 when it does
not (the best file is still written, and the report says what could not be represented) or the data
does not load, 2 on a usage error or a feed that cannot be read. A feed URL is never printed.
  --ics FILE|URL   the feed: a file, or its https:// (or webcal://) address
  --rotation ID    the new rotation's id, kebab-case: the file is rotations/ID.yaml
  --name NAME      its display name (default: the feed's calendar name, X-WR-CALNAME)
  --data DIR       the data directory (default: $RUNBOOKS_DATA, then data/)`;

redactOutput(process.argv.slice(2).filter((arg) => /(?:https?|webcal):\/\//i.test(arg)), 'the feed');

await runCli(USAGE, async () => {
  const flags = parseCli(process.argv.slice(2), {
    ics: { type: 'string' },
    rotation: { type: 'string' },
    name: { type: 'string' },
    data: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flags.ics === undefined || flags.ics.trim() === '') throw new UsageError("--ics is required: the paging tool's calendar feed, as a file or its https:// address");
  if (flags.rotation === undefined) throw new UsageError('--rotation is required: the id of the rotation to write, e.g. --rotation data-platform');
  if (!ID_PATTERN.test(flags.rotation)) throw new UsageError(`--rotation must be kebab-case (lowercase words joined by "-"), e.g. data-platform, got "${flags.rotation}"`);
  if (flags.name !== undefined && flags.name.trim() === '') throw new UsageError('--name must not be empty');
  const dataDir = existingDataDir(flags.data, process.env);
  const file = join(dataDir, 'rotations', `${flags.rotation}.yaml`);
  if (existsSync(file)) throw new UsageError(`${file} already exists; the import writes a new rotation: choose another --rotation id, or delete the file first`);
  const now = fromEnvironment(() => resolveNow());
  const model = loadModelOrReport(dataDir);
  if (!model) return 1;

  const url = isFeedUrl(flags.ics);
  let result: ImportResult;
  try {
    const feed = await loadFeed(flags.ics);
    const events = readFeedEvents(feed.text, { timeZone: model.site.calendar.timezone, from: new Date(-8.64e15) });
    if (events.length === 0) throw new FeedError('it has no events to import');
    const name = flags.name?.trim() ?? feedCalendarName(feed.text) ?? flags.rotation;
    result = importRotation(model, events, { id: flags.rotation, name, source: url ? "the paging tool's feed" : feed.name, now });
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    process.stderr.write(feedErrorLine(error, flags.ics));
    return 2;
  }
  mkdirSync(join(dataDir, 'rotations'), { recursive: true });
  writeFileSync(file, result.yaml);
  process.stdout.write(report(model, file, result));
  return result.differences.length === 0 && result.missing.length === 0 ? 0 : 1;
});

function report(model: Model, file: string, result: ImportResult): string {
  const zone = model.site.calendar.timezone;
  const time = (t: number | Date) => formatWallClock(new Date(t), zone);
  const name = (id: string) => model.byId.people.get(id)?.name ?? result.missing.find((m) => m.id === id)?.name ?? id;
  const people = (ids: readonly string[]) => (ids.length ? ids.map((id) => `${name(id)} (${id})`).join(' and ') : 'nobody');
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const { members, versions, overrides, covers } = result.rotation;
  const lines = [
    `wrote ${file}: ${count(members.length, 'member')}, ${count(versions.length, 'version')}, ${count(overrides.length, 'override')}, ${count(covers.length, 'cover')}, from ${count(result.events, 'event')} (${time(result.from)} to ${time(result.to)}, ${zone}).`,
  ];
  if (result.missing.length) {
    lines.push(
      '',
      `${result.missing.length} ${result.missing.length === 1 ? 'person is' : 'people are'} not in people.yaml; the file names them by the id below. Add them to people.yaml (change the id in both files if you prefer another):`,
      '',
      ...result.missing.flatMap((m) => [`  - id: ${m.id}`, `    name: ${JSON.stringify(m.name)}`, ...(m.email ? [`    email: ${m.email}`] : [])]),
    );
  }
  lines.push('');
  if (result.differences.length === 0) {
    lines.push(`Fidelity: exact. The calendar computed from the file names the same engineer as the feed at every minute from ${time(result.from)} to ${time(result.to)}.`);
  } else {
    lines.push(`Fidelity: not exact. The file is the closest a rotation can be; it differs from the feed in ${result.differences.length} stretch${result.differences.length === 1 ? '' : 'es'}:`);
    for (const d of result.differences) lines.push(`  ${time(d.start)} – ${time(d.end)}: the file names ${people(d.site)}, the feed ${people(d.feed)}`);
    for (const note of result.notes) lines.push(`  - ${note}`);
  }
  if (result.problems.length) {
    const weeks = [...new Set(result.problems.map((p) => p.week))];
    lines.push(
      '',
      `The file's calendar has ${result.problems.length} on-call problem${result.problems.length === 1 ? '' : 's'} (${weeks.slice(0, 4).join(', ')}${weeks.length > 4 ? ', …' : ''}), some perhaps after the feed's last week; \`npm run validate\` lists them with their fixes.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
