import { safeHref } from '../routes/external.ts';

export { safeHref };

/** A chat handle is shown as text; a chat link (https) becomes a link. */
export const chatHref = (chat: string | undefined) => (chat && /^https?:\/\//i.test(chat) ? safeHref(chat) : undefined);

/** A GitHub handle's page: `@login` → the profile, `@org/team` → the team (validated by the schema). */
export const githubHref = (handle: string | undefined) => {
  const m = handle ? /^@([A-Za-z0-9-]+)(?:\/([A-Za-z0-9_-]+))?$/.exec(handle) : null;
  if (!m) return undefined;
  return m[2] ? `https://github.com/orgs/${m[1]}/teams/${m[2]}` : `https://github.com/${m[1]}`;
};
