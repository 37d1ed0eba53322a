import type { Problem } from '../core/problem.ts';
import type { Change, ChangeReport, CoverEntry, EntityChanges, HistoryReport, RotationCoverChanges, RotationWeekChanges } from '../core/changes/types.ts';
import { changeText } from '../core/changes/fields.ts';
import { describe } from '../core/rules/catalogue.ts';
import { displayPath } from '../core/format-problems.ts';
import { formatDayRange, formatTimeRange } from '../core/format-dates.ts';

/**
 * Escapes text from the data for GitHub-flavoured Markdown: a pipeline called `<b>*x*</b> | y` shows
 * as typed, never as markup, and cannot break a table row. Only characters that can start markup mid-line are escaped, so the
 * text stays readable in a terminal too; data never starts a line, so `#`, `+` and `-` are safe.
 */
export const md = (text: string) => text.replace(/[\\`*_[\]<>|~&]/g, '\\$&').replace(/\s+/g, ' ');

const code = (text: string) => `\`${text.replaceAll('`', "'")}\``;

const changeLine = (c: Change) => md(changeText(c));

function entitySection(title: string, changes: EntityChanges): string[] {
  const lines: string[] = [];
  for (const e of changes.added) lines.push(`- **Added** ${md(e.name)} (${code(e.id)})${e.summary ? `: ${md(e.summary)}` : ''}`);
  for (const e of changes.removed) lines.push(`- **Removed** ${md(e.name)} (${code(e.id)})`);
  for (const e of changes.changed) {
    lines.push(`- **${md(e.name)}** (${code(e.id)})`);
    for (const c of e.changes) lines.push(`  - ${changeLine(c)}`);
  }
  return lines.length ? [`#### ${title}`, '', ...lines, ''] : [];
}

/** Up to this many changed weeks, the week-by-week table is short enough to read as it is. */
const SUMMARY_FROM = 4;

const weeksWord = (n: number) => `${n} ${n === 1 ? 'week' : 'weeks'}`;

/** `+9 weeks (2027-W02 … 2027-W50)`, `−2 weeks (2026-W50, 2027-W03)`, `−0`: a count, then the weeks or their first and last. */
export function weekCount(sign: '+' | '−', weeks: readonly string[]): string {
  if (weeks.length === 0) return `${sign}0`;
  const which = weeks.length <= 3 ? weeks.join(', ') : `${weeks[0]} … ${weeks.at(-1)}`;
  return `${sign}${weeksWord(weeks.length)} (${which})`;
}

function weekTable(r: RotationWeekChanges): string[] {
  return [
    '| Week | Dates | Before | After | Why |',
    '| --- | --- | --- | --- | --- |',
    ...r.weeks.map(
      (w) =>
        `| ${w.week} | ${formatDayRange(w.firstDay, w.lastDay)} | ${w.before ? md(w.before.name) : '—'} | ${w.after ? `**${md(w.after.name)}**` : '—'} | ${md(w.why)} |`,
    ),
  ];
}

/**
 * A rotation's changed weeks. A few are listed as they are; more (a version adding a member moves
 * dozens, each with the same reason) are summarised: each reason once, one row per person with the
 * weeks gained and lost, and the week-by-week table folded below.
 */
function oncallSection(r: RotationWeekChanges): string[] {
  if (r.weeks.length === 0) return [];
  const n = r.weeks.length;
  const title = `#### On-call: ${md(r.name)} (${code(r.rotation)}), ${n} ${n === 1 ? 'week changes' : 'weeks change'} hands`;
  const compared = `Compared ${r.from} through ${r.to}.`;
  if (n < SUMMARY_FROM) return [title, '', ...weekTable(r), '', compared, ''];
  const reasons =
    r.reasons.length === 1
      ? [`Why: ${md(r.reasons[0]!.why)}`]
      : ['Why:', '', ...r.reasons.map((x) => `- ${md(x.why)} (${weeksWord(x.weeks)})`)];
  return [
    title,
    '',
    ...reasons,
    '',
    '| Person | Gains | Gives up |',
    '| --- | --- | --- |',
    ...r.people.map((p) => `| ${md(p.name)} | ${weekCount('+', p.gained)} | ${weekCount('−', p.lost)} |`),
    '',
    // GitHub renders Markdown inside <details> only after a blank line; the summary is plain text.
    `<details><summary>The ${n} weeks one by one</summary>`,
    '',
    ...weekTable(r),
    '',
    '</details>',
    '',
    compared,
    '',
  ];
}

/** "Wed 9 Dec 2026 18:00 – Thu 10 Dec 09:00", the zone named when it is not the one the section names. */
export function coverWhen(c: CoverEntry, zone: string): string {
  const range = formatTimeRange(new Date(c.start), new Date(c.end), c.timezone);
  return c.timezone === zone ? range : `${range} (${c.timezone})`;
}

/** "15", or "72 (8 on call)" when the rotation's hours leave part of the cover with nobody on call anyway. */
export const coverHours = (c: CoverEntry) => (c.onCallHours !== undefined && c.onCallHours !== c.hours ? `${c.hours} (${c.onCallHours} on call)` : `${c.hours}`);

const coverWho = (c: CoverEntry) => md(c.engineer.name) + (c.agreed ? ', agreed to the double booking' : '');

/** One cell of a changed cover: the value, or before → **after** when it differs. */
const cell = (before: string, after: string) => (before === after ? after : `${before} → **${after}**`);

/** A rotation's covers added, removed or changed, one row each, with who, when, how many hours and why. */
function coversSection(r: RotationCoverChanges): string[] {
  const n = r.added.length + r.removed.length + r.changed.length;
  const when = (c: CoverEntry) => coverWhen(c, r.timezone);
  return [
    `#### Covers: ${md(r.name)} (${code(r.rotation)}), ${n} ${n === 1 ? 'cover changes' : 'covers change'}`,
    '',
    `Times in ${md(r.timezone)}, the rotation's time zone; hours are elapsed time.`,
    '',
    '| Cover | Who | When | Hours | Reason |',
    '| --- | --- | --- | --- | --- |',
    ...r.added.map((c) => `| Added | **${coverWho(c)}** | ${when(c)} | ${coverHours(c)} | ${md(c.reason)} |`),
    ...r.changed.map(
      ({ before: b, after: a }) =>
        `| Changed | ${cell(coverWho(b), coverWho(a))} | ${cell(when(b), when(a))} | ${cell(coverHours(b), coverHours(a))} | ${cell(md(b.reason), md(a.reason))} |`,
    ),
    ...r.removed.map((c) => `| Removed | ~~${coverWho(c)}~~ | ${when(c)} | ${coverHours(c)} | ${md(c.reason)} |`),
    '',
  ];
}

/** A fenced block that text from the data cannot close: the fence is longer than any run of backticks in it. */
function fenced(lang: string, text: string): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${lang}`, ...text.replace(/\n$/, '').split('\n'), fence];
}

/** The history gate's section: the rewritten weeks and covers, then how to make the same change keep them. */
export function historySection(history: HistoryReport | null, dataDir: string): string[] {
  if (!history || history.weeks.length + history.covers.length === 0) return [];
  const lines: string[] = [];
  const n = history.weeks.length;
  if (n) {
    lines.push(
      `#### ⛔ History: ${n} ${n === 1 ? 'week' : 'weeks'} up to the current one ${n === 1 ? 'changes' : 'change'} hands`,
      '',
      `The weeks up to ${history.current}, this week, record who carried the pager, which pay and fairness depend on. ` +
        'This change gives them to someone else; `npm run changes -- --check` fails until it does not. ' +
        'An override naming a week may record who really covered it.',
      '',
      '| Rotation | Week | Dates | Before | After | Why |',
      '| --- | --- | --- | --- | --- | --- |',
      ...history.weeks.map(
        (w) =>
          `| ${code(w.rotation)} | ${w.week} | ${formatDayRange(w.firstDay, w.lastDay)} | ${w.before ? md(w.before.name) : '—'} | ${w.after ? `**${md(w.after.name)}**` : '—'} | ${md(w.why)} |`,
      ),
      '',
    );
  }
  const c = history.covers.length;
  if (c) {
    const cover = (x: CoverEntry) => `${md(x.engineer.name)}, ${coverWhen(x, '')}`;
    lines.push(
      `#### ⛔ History: ${c} ${c === 1 ? 'cover that has started changes' : 'covers that have started change'}`,
      '',
      `A cover that has started (by ${history.now}) records who carried the pager, which pay and fairness depend on. ` +
        'This change removes it or gives its hours to someone else; `npm run changes -- --check` fails until it does not. ' +
        'Its reason may change, and a cover added in the past records who really covered those hours.',
      '',
      '| Rotation | Before | After | What |',
      '| --- | --- | --- | --- |',
      ...history.covers.map((h) => `| ${md(h.rotationName)} | ${cover(h.before)} | ${h.after ? `**${cover(h.after)}**` : '—'} | ${md(h.what)} |`),
      '',
    );
  }
  if (history.keep.length) lines.push('To make the same change keep history:', '');
  for (const k of history.keep) {
    lines.push(`- In ${code(displayPath(dataDir, k.file))}, ${md(k.how)}:`, '', ...fenced('yaml', k.yaml).map((l) => (l ? `  ${l}` : l)), '');
  }
  return lines;
}

/** One paragraph for stderr when `--check` fails (one for the weeks, one for the covers): what, and the way out. */
export function historyGateMessage(history: HistoryReport): string {
  let message = '';
  if (history.weeks.length) {
    const shown = history.weeks.slice(0, 3).map((w) => `${w.rotation} ${w.week} ${w.before?.name ?? 'nobody'} → ${w.after?.name ?? 'nobody'}`);
    const more = history.weeks.length > shown.length ? `, and ${history.weeks.length - shown.length} more` : '';
    message +=
      `error: this change rewrites on-call history: ${shown.join(', ')}${more}; weeks up to ${history.current} keep who covered them. ` +
      `Change a line-up with a version from ${history.next} instead of editing members, or record who covered a week with an override naming it; ` +
      'the History section of the report gives the YAML\n';
  }
  if (history.covers.length) {
    const shown = history.covers.slice(0, 3).map((h) => `${h.rotation} cover ${coverWhen(h.before, '')} by ${h.before.engineer.name} (${h.what})`);
    const more = history.covers.length > shown.length ? `, and ${history.covers.length - shown.length} more` : '';
    message +=
      `error: this change rewrites on-call history: ${shown.join(', ')}${more}; a cover that has started keeps who covered it. ` +
      'Put it back as it was; to end a running cover early, move its end to a time from now on, and add a new cover for the rest; ' +
      'the History section of the report gives the YAML\n';
  }
  return message;
}

/** True when the report words some problem with display names where validate, whose fixes are YAML, gives ids. */
const namesPeople = (problems: readonly Problem[]) => problems.some((p) => describe(p).message !== p.message);

function problemLine(p: Problem, dataDir: string): string {
  return `- ${code(`${displayPath(dataDir, p.file)}:${p.line}:${p.column}`)} ${md(p.message)}`;
}

export interface MarkdownOptions {
  /** The data directory as the user gave it, for problem paths. */
  readonly dataDir: string;
  /** The abbreviated commit the base ref resolved to, shown next to it. */
  readonly commit?: string;
}

/** The change report as Markdown for a pull-request comment or a GitHub step summary. */
export function changesToMarkdown(report: ChangeReport, { dataDir, commit }: MarkdownOptions): string {
  const base = `${code(report.base.ref)}${commit ? ` (${commit})` : ''}`;
  const { introduced, fixed, unchanged } = report.problems;
  const problemLines: string[] = [];
  if (report.head.problems.length) {
    problemLines.push(
      `#### ❌ The data has ${report.head.problems.length} ${report.head.problems.length === 1 ? 'problem' : 'problems'}`,
      '',
      `${
        unchanged.length === 0
          ? `This change introduces ${introduced.length === 1 ? 'it' : 'them all'}.`
          : introduced.length === 0
            ? `${unchanged.length === 1 ? 'It is' : 'They are all'} already at ${code(report.base.ref)}.`
            : `${introduced.length} new with this change (marked), ${unchanged.length} already at ${code(report.base.ref)}.`
      } \`npm run validate\` gives the same list${namesPeople(report.head.problems) ? ', naming people by id' : ''}.`,
      '',
      // In the validator's order, new ones marked, so the list reads like `validate` output.
      ...report.head.problems.map((p) => problemLine(p, dataDir) + (unchanged.length && introduced.includes(p) ? ' **(new)**' : '')),
      '',
    );
  }
  if (fixed.length) {
    problemLines.push(`#### ✅ Fixed by this change`, '', ...fixed.map((p) => `${problemLine(p, dataDir)} (position at ${code(report.base.ref)})`), '');
  }

  if (!report.hasChanges) {
    const line = `**No change in effect** against ${base}: the data means the same (only formatting, comments or order differ, or nothing at all).`;
    return problemLines.length ? [line, '', ...problemLines].join('\n') : `${line}\n`;
  }

  const lines: string[] = [`### Runbook data changes against ${base}`, ''];
  if (!report.base.found) lines.push(`${code(report.base.ref)} has no ${code(dataDir)} directory: everything below is new.`, '');
  else if (!report.base.loaded) {
    const n = report.base.problems.length;
    lines.push(`⚠️ The data at ${code(report.base.ref)} does not load (${n} ${n === 1 ? 'problem' : 'problems'}); what loaded is compared below.`, '');
  }
  lines.push(...problemLines, ...historySection(report.history, dataDir));
  if (report.site.length) lines.push('#### Site', '', ...report.site.map((c) => `- ${changeLine(c)}`), '');
  lines.push(
    ...entitySection('Pipelines', report.pipelines),
    ...entitySection('People', report.people),
    ...entitySection('Teams', report.teams),
    ...entitySection('Rotations', report.rotations),
    ...report.covers.flatMap(coversSection),
    ...report.oncall.flatMap(oncallSection),
  );
  if (report.notCompared.length) lines.push('#### Not compared', '', ...report.notCompared.map((n) => `- ${md(n)}`), '');
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
