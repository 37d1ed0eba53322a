import { e164 } from '../core/phone.ts';
import { safeHref } from '../routes/external.ts';

export { safeHref };

/** A chat handle is shown as text; a chat link (https) becomes a link. */
export const chatHref = (chat: string | undefined) => (chat && /^https?:\/\//i.test(chat) ? safeHref(chat) : undefined);

/** A phone number as a `tel:` link: the E.164 digits ("tel:+4915112345678") dial from any country. */
export const telHref = (phone: string) => `tel:${e164(phone)}`;

/**
 * A link that opens a direct message with a Slack member. With the workspace id (site.yaml
 * `slackTeam`) it is Slack's documented deep link, slack://user?team=…&id=…, which opens the DM in the
 * Slack app. Without it, no deep link can name the workspace, so it goes through
 * https://slack.com/app_redirect?channel=…, which opens the conversation in the reader's signed-in
 * workspace (in the app or the browser). Both ids were checked by the schemas (letters and digits only).
 */
export const slackDmHref = (member: string, team: string | undefined) =>
  team ? `slack://user?team=${team}&id=${member}` : `https://slack.com/app_redirect?channel=${member}`;

/** A GitHub handle's page: `@login` → the profile, `@org/team` → the team (validated by the schema). */
export const githubHref = (handle: string | undefined) => {
  const m = handle ? /^@([A-Za-z0-9-]+)(?:\/([A-Za-z0-9_-]+))?$/.exec(handle) : null;
  if (!m) return undefined;
  return m[2] ? `https://github.com/orgs/${m[1]}/teams/${m[2]}` : `https://github.com/${m[1]}`;
};
