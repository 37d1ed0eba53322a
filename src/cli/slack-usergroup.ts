import { ErrorCode, LogLevel, WebClient, type WebAPICallError } from '@slack/web-api';
import type { Model } from '../core/model.ts';
import { onCallAt } from '../core/schedules.ts';
import { personLine } from './load-model.ts';

/** Slack's user group ids: S and upper-case letters and digits. */
const USERGROUP_ID = /^S[A-Z0-9]+$/;
const TIMEOUT_MS = 10_000;

export function checkUsergroupId(id: string): string | undefined {
  if (USERGROUP_ID.test(id)) return undefined;
  return `--usergroup must be the user group's id, S followed by letters and digits (e.g. S0614TZR7), got "${id}"; a handle such as @data-oncall is not its id: find the id with Slack's usergroups.list, or in the group's page address`;
}

/**
 * Sets a Slack user group's members to whoever is on call now, through `usergroups.users.update`.
 * Returns the exit code: 0 set (or nothing to set), 1 a person without a Slack id or a refusal by Slack.
 */
export async function setOnCallUsergroup(
  model: Model,
  dataDir: string,
  options: { usergroup: string; rotation?: string; now: Date; token?: string; apiUrl?: string },
): Promise<number> {
  const onCall = onCallAt(model, options.now, options.rotation === undefined ? undefined : new Set([options.rotation]));
  const where = options.rotation ? `rotation ${options.rotation}` : model.rotations.length === 1 ? `rotation ${model.rotations[0]!.id}` : 'any rotation';
  const people = [...new Set(onCall.map((o) => o.shift.engineer))];
  if (people.length === 0) {
    process.stdout.write(`nobody is on call now (${options.now.toISOString()}) in ${where}; user group ${options.usergroup} is left as it is\n`);
    return 0;
  }
  const withoutId = people.filter((id) => !slackIdOf(model, id));
  if (withoutId.length) {
    process.stderr.write(
      withoutId
        .map((id) => {
          const name = model.byId.people.get(id)!.name;
          return `${personLine(model, dataDir, id)}: error: ${name} (${id}) is on call now but has no Slack member id; add \`slack: U…\` to ${id} in people.yaml (in Slack: their profile, ⋮, Copy member ID)\n`;
        })
        .join(''),
    );
    return 1;
  }
  const members = people.map((id) => `${model.byId.people.get(id)!.name} (${slackIdOf(model, id)})`).join(', ');
  const rotations = onCall.map((o) => model.byId.rotations.get(o.rotation)!.name).join(', ');
  if (!options.token) {
    process.stderr.write('note: SLACK_BOT_TOKEN is not set, so the user group is not changed\n');
    process.stdout.write(`would set user group ${options.usergroup} to ${members}: on call now in ${rotations}\n`);
    return 0;
  }
  const client = new WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/` } : {}),
    // Two retries a second or two apart: a Slack hiccup passes, a dead token fails within seconds.
    retryConfig: { retries: 2, factor: 2, minTimeout: 1000, maxTimeout: 4000, randomize: false },
    timeout: TIMEOUT_MS,
    logLevel: LogLevel.ERROR,
  });
  try {
    await client.usergroups.users.update({ usergroup: options.usergroup, users: people.map((id) => slackIdOf(model, id)!).join(',') });
  } catch (error) {
    process.stderr.write(`error: ${failure(error as WebAPICallError, options.usergroup)}\n`);
    return 1;
  }
  process.stdout.write(`set user group ${options.usergroup} to ${members}: on call now in ${rotations}\n`);
  return 0;
}

const slackIdOf = (model: Model, id: string) => (model.byId.people.get(id) as { slack?: string } | undefined)?.slack;

/** What went wrong, from Slack's error code or the HTTP status: never the request, which carries the token. */
function failure(error: WebAPICallError, usergroup: string): string {
  switch (error.code) {
    case ErrorCode.PlatformError: {
      const code = String(error.data.error);
      const fix: Record<string, string> = {
        invalid_auth: 'SLACK_BOT_TOKEN is not a valid token; use the bot token (xoxb-…) of the app',
        not_authed: 'SLACK_BOT_TOKEN is not a valid token; use the bot token (xoxb-…) of the app',
        token_revoked: 'the token was revoked; put the app\'s current bot token in SLACK_BOT_TOKEN',
        missing_scope: 'the app needs the usergroups:write scope; add it and reinstall the app',
        no_such_subteam: `there is no user group ${usergroup} in this workspace; check --usergroup`,
        invalid_users: 'Slack does not know one of the member ids; check the people\'s `slack` ids',
        permission_denied: 'the workspace lets only some people change user groups; ask an admin to allow the app',
      };
      return `Slack refused to set user group ${usergroup}: ${code}${fix[code] ? `; ${fix[code]}` : ''}`;
    }
    case ErrorCode.HTTPError:
      return `Slack answered HTTP ${error.statusCode} (after 2 retries); try again later`;
    case ErrorCode.RateLimitedError:
      return `Slack is rate limiting (retry after ${error.retryAfter} s); try again later`;
    case ErrorCode.RequestError: {
      const original = error.original as Error & { code?: string; cause?: { code?: string } };
      return `could not reach Slack: ${original.cause?.code ?? original.code ?? original.name} (after 2 retries); check the network and SLACK_API_URL`;
    }
    default:
      return `could not set the user group: ${(error as Error).name}`;
  }
}
