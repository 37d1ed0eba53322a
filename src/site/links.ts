import { posix, relative, isAbsolute } from 'node:path';
import { e164 } from '../core/schemas/common.ts';

const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

/**
 * The schema already rejects other schemes; this is the second lock on the door, so a
 * `javascript:` URL never reaches an href even if a face is fed data some other way.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return SAFE_SCHEMES.has(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

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

/**
 * "Edit this page" for a data file. `repository` is the repo's https URL, optionally with
 * `/tree/<branch>` (GitHub and Gitea style; default branch `main`); the data directory's
 * path inside the repo is its path relative to the working directory (usually `data`).
 */
export function editUrl(repository: string | undefined, dataDir: string, file: string, cwd = process.cwd()): string | undefined {
  if (!repository || !safeHref(repository)) return undefined;
  const m = /^(.*?)(?:\/(?:tree|blob)\/([^/]+))?\/*$/.exec(repository)!;
  const repo = m[1]!;
  const branch = m[2] ?? 'main';
  const rel = isAbsolute(dataDir) ? relative(cwd, dataDir) : posix.normalize(dataDir.replaceAll('\\', '/'));
  const dir = !rel || rel.startsWith('..') ? 'data' : rel.replaceAll('\\', '/').replace(/\/+$/, '');
  return `${repo}/edit/${encodeURIComponent(branch)}/${dir === '.' ? '' : `${dir}/`}${file}`;
}
