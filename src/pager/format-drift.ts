import { formatWallClock } from '../core/format-dates.ts';
import type { Model } from '../core/model.ts';
import { hasDrift, UNMATCHED_PREFIX, type DriftReport } from './drift.ts';

/**
 * The drift check's report in four forms: text for a terminal, Markdown for a job summary
 * ($GITHUB_STEP_SUMMARY), GitHub workflow annotations, and JSON. The feed is always "the feed":
 * its address is a secret in every paging tool and never reaches this module.
 */
export type DriftFormat = 'text' | 'markdown' | 'json' | 'github';

export interface FormatContext {
  readonly model: Model;
  /** How messages name the feed's lines: the file path for a file, "the feed" for a URL. */
  readonly feedName: string;
}

export function formatDrift(report: DriftReport, format: DriftFormat, context: FormatContext): string {
  switch (format) {
    case 'json':
      return driftJson(report, context);
    case 'markdown':
      return driftMarkdown(report, context);
    case 'github':
      return driftGithub(report, context);
    default:
      return driftText(report, context);
  }
}

function namer({ model, feedName }: FormatContext) {
  const zone = model.site.calendar.timezone;
  const time = (d: Date | number) => formatWallClock(new Date(d), zone);
  const person = (id: string) => {
    if (id.startsWith(UNMATCHED_PREFIX)) return `nobody known (the event at ${feedName}:${id.slice(UNMATCHED_PREFIX.length)})`;
    const p = model.byId.people.get(id);
    return p ? `${p.name} (${id})` : id;
  };
  const people = (ids: readonly string[]) => (ids.length ? ids.map(person).join(' and ') : 'nobody');
  return { zone, time, people };
}

function summaryLine(report: DriftReport, context: FormatContext): string {
  const { time, zone } = namer(context);
  const span = `${time(report.from)} to ${time(report.to)} (${zone})`;
  const rotation = `rotation ${report.rotation.id} (${report.rotation.name})`;
  const events = `${report.events} event${report.events === 1 ? '' : 's'}`;
  if (!hasDrift(report)) return `No drift: the feed agrees with ${rotation} at every minute from ${span}, ${events}.`;
  const n = report.disagreements.length;
  const stretches = n ? `${n} stretch${n === 1 ? '' : 'es'} where they name different people` : 'they name the same people';
  const u = report.unmatched.length;
  const nobody = u ? `, and ${u} event${u === 1 ? '' : 's'} match${u === 1 ? 'es' : ''} nobody in people.yaml` : '';
  return `Drift: the feed and ${rotation} disagree from ${span}: ${stretches}${nobody} (${events}).`;
}

function feedEndsNote(report: DriftReport, context: FormatContext): string | undefined {
  if (!report.feedEnds) return undefined;
  return `The feed has no events after ${namer(context).time(report.feedEnds)}: if the paging tool publishes only that far ahead, pass a smaller --weeks.`;
}

function driftText(report: DriftReport, context: FormatContext): string {
  const { time, people } = namer(context);
  const lines = [summaryLine(report, context)];
  if (report.disagreements.length) {
    const rows = report.disagreements.map((d) => [`${time(d.start)} – ${time(d.end)}`, people(d.site), people(d.feed)]);
    const head = ['when', 'this repository', 'the feed'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const row = (cells: readonly string[]) => `  ${cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i]!) : c)).join('   ')}`;
    lines.push('', row(head), ...rows.map(row));
  }
  if (report.unmatched.length) {
    lines.push('', 'Events that match nobody (give the person their email in people.yaml, or fix the name in the paging tool):');
    for (const u of report.unmatched) lines.push(`  ${context.feedName}:${u.line}: ${time(u.start)} – ${time(u.end)} "${u.summary}": ${u.reason}`);
  }
  const note = feedEndsNote(report, context);
  if (note) lines.push('', `note: ${note}`);
  return `${lines.join('\n')}\n`;
}

/** Markdown table cells: pipes and line breaks would end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function driftMarkdown(report: DriftReport, context: FormatContext): string {
  const { time, people } = namer(context);
  const lines = [`### On-call drift: ${cell(report.rotation.name)} (\`${report.rotation.id}\`)`, '', summaryLine(report, context)];
  if (report.disagreements.length) {
    lines.push('', '| from | to | this repository | the feed |', '| --- | --- | --- | --- |');
    for (const d of report.disagreements) lines.push(`| ${time(d.start)} | ${time(d.end)} | ${cell(people(d.site))} | ${cell(people(d.feed))} |`);
  }
  if (report.unmatched.length) {
    lines.push('', '**Events that match nobody** (give the person their email in `people.yaml`, or fix the name in the paging tool):', '');
    lines.push('| line | from | to | summary | why |', '| --- | --- | --- | --- | --- |');
    for (const u of report.unmatched) lines.push(`| ${u.line} | ${time(u.start)} | ${time(u.end)} | ${cell(u.summary)} | ${cell(u.reason)} |`);
  }
  const note = feedEndsNote(report, context);
  if (note) lines.push('', `> ${note}`);
  return `${lines.join('\n')}\n`;
}

/** Workflow-command data: %, CR and LF would end or corrupt the command. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

function driftGithub(report: DriftReport, context: FormatContext): string {
  const { time, people } = namer(context);
  const title = `On-call drift (${report.rotation.id})`;
  const out = report.disagreements.map(
    (d) => `::error title=${title}::${escapeData(`${time(d.start)} – ${time(d.end)}: this repository says ${people(d.site)}, the feed says ${people(d.feed)}`)}`,
  );
  for (const u of report.unmatched) {
    out.push(`::error title=${title}::${escapeData(`${context.feedName}:${u.line}: "${u.summary}" (${time(u.start)} – ${time(u.end)}) matches nobody: ${u.reason}`)}`);
  }
  const note = feedEndsNote(report, context);
  if (note) out.push(`::notice title=${title}::${escapeData(note)}`);
  out.push(`::notice title=${title}::${escapeData(summaryLine(report, context))}`);
  return `${out.join('\n')}\n`;
}

function driftJson(report: DriftReport, context: FormatContext): string {
  const person = (id: string) =>
    id.startsWith(UNMATCHED_PREFIX) ? { unmatchedLine: Number(id.slice(UNMATCHED_PREFIX.length)) } : { id, name: context.model.byId.people.get(id)?.name ?? id };
  return `${JSON.stringify(
    {
      rotation: report.rotation,
      from: report.from.toISOString(),
      to: report.to.toISOString(),
      drift: hasDrift(report),
      events: report.events,
      matchedBy: report.matchedBy,
      disagreements: report.disagreements.map((d) => ({
        start: new Date(d.start).toISOString(),
        end: new Date(d.end).toISOString(),
        repository: d.site.map(person),
        feed: d.feed.map(person),
      })),
      unmatched: report.unmatched.map((u) => ({ line: u.line, start: u.start.toISOString(), end: u.end.toISOString(), summary: u.summary, reason: u.reason })),
      ...(report.feedEnds ? { feedEnds: report.feedEnds.toISOString() } : {}),
    },
    null,
    2,
  )}\n`;
}
