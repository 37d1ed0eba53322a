import type { Handoff, OnCall, RotationHandoff } from './handoff.ts';
import { coverLines, horizon, MAX_PROBLEMS, plural, ruleLabel, shiftLines } from './words.ts';

/**
 * The handoff as a Slack Block Kit message (an incoming webhook's JSON body). Text from the data
 * is escaped for mrkdwn, so a name cannot ping a channel or forge a link.
 */
export interface SlackMessage {
  /** The notification and screen-reader text. */
  readonly text: string;
  readonly blocks: readonly Block[];
}

type Text = { readonly type: 'mrkdwn' | 'plain_text'; readonly text: string };
type Block =
  | { readonly type: 'header'; readonly text: Text }
  | { readonly type: 'section'; readonly text: Text }
  | { readonly type: 'context'; readonly elements: readonly Text[] }
  | { readonly type: 'divider' };

/** Slack's limits: 50 blocks a message, 3000 characters a section, 150 a header. */
const MAX_BLOCKS = 50;
const MAX_SECTION = 3000;
const BLOCKS_PER_ROTATION = 4;

/** mrkdwn's three control characters; everything else from the data shows as written. */
export const escapeMrkdwn = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const link = (url: string | undefined, label: string) => (url ? `<${url}|${escapeMrkdwn(label)}>` : escapeMrkdwn(label));
const mrkdwn = (text: string): Text => ({ type: 'mrkdwn', text: text.length > MAX_SECTION ? `${text.slice(0, MAX_SECTION - 1)}…` : text });
// <@U…> is a real mention: Slack notifies the person. Their member id was checked by the schema
// (upper-case letters and digits), so it cannot close the mention early. Without it, the chat handle is plain text.
const who = (o: Pick<OnCall, 'person'>) =>
  o.person.slack ? `${escapeMrkdwn(o.person.name)} (<@${o.person.slack}>)` : escapeMrkdwn(o.person.chat ? `${o.person.name} (${o.person.chat})` : o.person.name);

function rotationBlocks(h: Handoff, r: RotationHandoff): Block[] {
  const heading = `*${link(r.calendarUrl, r.name)}*`;
  const covers = coverLines(h, r.covers, who, escapeMrkdwn);
  const shifts = [...shiftLines(h, r, who, (s) => `*${s}*`, escapeMrkdwn), ...(covers ? [`*${covers.title}*`, ...covers.items.map((l) => `• ${l}`)] : [])];
  const problems =
    r.problems.length === 0
      ? `:white_check_mark: No problems ${horizon(h)}.`
      : [
          `:warning: *${plural(r.problems.length, 'problem')} ${horizon(h)}:*`,
          ...r.problems.slice(0, MAX_PROBLEMS).map((p) => `• ${p.week}, ${ruleLabel(p)}: ${escapeMrkdwn(p.message)}`),
          ...(r.problems.length > MAX_PROBLEMS ? [`…and ${r.problems.length - MAX_PROBLEMS} more on ${link(r.calendarUrl, 'the calendar')}`] : []),
        ].join('\n');
  const links = r.calendarUrl ? [`<${r.calendarUrl}|Open the calendar>`, `<${r.feedUrl}|Subscribe (iCalendar)>`].join(' · ') : undefined;
  return [
    { type: 'divider' },
    { type: 'section', text: mrkdwn([heading, ...shifts].join('\n')) },
    { type: 'section', text: mrkdwn(problems) },
    ...(links ? [{ type: 'context', elements: [mrkdwn(links)] } as const] : []),
  ];
}

export function slackMessage(h: Handoff): SlackMessage {
  const title = `On-call handoff, week ${h.week}`;
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: title.slice(0, 150) } },
    { type: 'context', elements: [mrkdwn(`${link(h.siteUrl, h.title)} · times in ${escapeMrkdwn(h.timezone)}`)] },
  ];
  if (h.rotations.length === 0) blocks.push({ type: 'section', text: mrkdwn('No rotations: add one as rotations/<id>.yaml in the data directory.') });
  const room = Math.floor((MAX_BLOCKS - blocks.length - 1) / BLOCKS_PER_ROTATION);
  for (const r of h.rotations.slice(0, room)) blocks.push(...rotationBlocks(h, r));
  if (h.rotations.length > room) {
    blocks.push({ type: 'section', text: mrkdwn(`…and ${plural(h.rotations.length - room, 'more rotation')}: see ${link(h.siteUrl, 'the site')}.`) });
  }
  const summary = h.rotations.map((r) => `${r.name}: ${r.current ? r.current.person.name : 'nobody'}${r.problems.length ? ` (${plural(r.problems.length, 'problem')})` : ''}`);
  return { text: escapeMrkdwn(`${title}. ${summary.join('; ')}`), blocks };
}
