import type { Handoff, OnCall } from './handoff.ts';
import { coverLines, horizon, MAX_PROBLEMS, plural, ruleLabel, shiftLines } from './words.ts';

/** Backslash-escapes what Markdown (CommonMark, and the chat tools that follow it) would format or turn into HTML. */
export const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>|#~]/g, '\\$&');
// Parentheses and spaces would end a link destination early; URLs keep their meaning percent-encoded.
const destination = (url: string) => url.replaceAll('(', '%28').replaceAll(')', '%29').replaceAll(' ', '%20');
const link = (url: string | undefined, label: string) => (url ? `[${escapeMarkdown(label)}](${destination(url)})` : escapeMarkdown(label));
const who = (o: Pick<OnCall, 'person'>) => escapeMarkdown(o.person.chat ? `${o.person.name} (${o.person.chat})` : o.person.name);

/** The handoff as Markdown, for chat tools other than Slack (Teams, Mattermost, Discord, Zulip). */
export function markdownMessage(h: Handoff): string {
  const out = [`## On-call handoff, week ${h.week}`, '', `${link(h.siteUrl, h.title)}, times in ${escapeMarkdown(h.timezone)}.`];
  if (h.rotations.length === 0) out.push('', 'No rotations: add one as rotations/\\<id\\>.yaml in the data directory.');
  for (const r of h.rotations) {
    out.push('', `### ${link(r.calendarUrl, r.name)}`, '');
    out.push(...shiftLines(h, r, who, (s) => `**${s}**`, escapeMarkdown).map((l) => `- ${l}`));
    const covers = coverLines(h, r.covers, who, escapeMarkdown);
    if (covers) out.push(`- **${covers.title}**`, ...covers.items.map((l) => `  - ${l}`));
    if (r.problems.length === 0) out.push(`- No problems ${horizon(h)}.`);
    else {
      out.push(`- **${plural(r.problems.length, 'problem')} ${horizon(h)}:**`);
      out.push(...r.problems.slice(0, MAX_PROBLEMS).map((p) => `  - ${p.week}, ${ruleLabel(p)}: ${escapeMarkdown(p.message)}`));
      if (r.problems.length > MAX_PROBLEMS) out.push(`  - …and ${r.problems.length - MAX_PROBLEMS} more on ${link(r.calendarUrl, 'the calendar')}`);
    }
    if (r.calendarUrl) out.push(`- ${link(r.calendarUrl, 'Open the calendar')} · ${link(r.feedUrl, 'Subscribe (iCalendar)')}`);
  }
  return `${out.join('\n')}\n`;
}
