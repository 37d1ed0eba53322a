import { IncomingWebhook, IncomingWebhookHTTPError, IncomingWebhookRequestError } from '@slack/webhook';
import { localDay, startOfWeekDay } from '../core/calendar/civil.ts';
import { resolveNow } from '../core/now.ts';
import { existingDataDir, fromEnvironment, parseCli, runCli, UsageError } from './args.ts';
import { renderHandoff } from './handoff-message.ts';
import { checkRotationFlag, loadModelOrReport } from './load-model.ts';
import { redactOutput } from './redact-output.ts';
import { checkUsergroupId, setOnCallUsergroup } from './slack-usergroup.ts';
import { NO_SITE_URL, siteUrlsFrom } from './site-url.ts';

const USAGE = `usage: npm run notify -- [--data DIR] [--rotation ID] [--site-url URL] [--week-start-only]
       npm run notify -- --usergroup ID [--data DIR] [--rotation ID]

Posts the on-call handoff of the current week to Slack, as \`npm run oncall -- --format slack\` prints
it, through the incoming webhook in $SLACK_WEBHOOK_URL. Without that variable it prints the message
instead and exits 0. A post that fails (after 2 retries on a 5xx or a network error) exits 1 with the
HTTP status; the webhook URL is a secret and is never printed. Exit 2 on a usage error or a
SLACK_WEBHOOK_URL that is not a URL.
  --data DIR          the data directory (default: $RUNBOOKS_DATA, then data/)
  --rotation ID       only this rotation (default: all)
  --site-url URL      where the site is published, for the links (default: $RUNBOOKS_SITE_URL, then url in site.yaml)
  --week-start-only   post only on the first day of the company week (site.yaml calendar, in its
                      time zone); on other days say so and exit 0: for a nightly job
  --usergroup ID      instead of posting, set the members of the Slack user group ID (S…, e.g. the
                      group behind @data-oncall) to whoever is on call now, by their \`slack\` member
                      ids in people.yaml, through usergroups.users.update with the bot token in
                      $SLACK_BOT_TOKEN (scope usergroups:write; never printed; without it, prints who
                      it would set). Nobody on call now: says so and changes nothing. Exit 1 when
                      someone on call has no slack id or Slack refuses. $SLACK_API_URL replaces
                      https://slack.com/api/ (for tests)`;

/** Two retries, 1 s then 2 s later: a Slack hiccup passes, a dead webhook fails within seconds. */
const RETRY = { retries: 2, factor: 2, minTimeout: 1000, maxTimeout: 4000, randomize: false };
const TIMEOUT_MS = 10_000;

// Whatever this process prints (a library's message included), the bot token is not in it.
if (process.env.SLACK_BOT_TOKEN) redactOutput([process.env.SLACK_BOT_TOKEN], '[SLACK_BOT_TOKEN]');

await runCli(USAGE, async () => {
  const flags = parseCli(process.argv.slice(2), {
    data: { type: 'string' },
    rotation: { type: 'string' },
    'site-url': { type: 'string' },
    'week-start-only': { type: 'boolean' },
    usergroup: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flags.usergroup !== undefined) {
    const problem = checkUsergroupId(flags.usergroup);
    if (problem) throw new UsageError(problem);
    const other = (['site-url', 'week-start-only'] as const).find((f) => flags[f] !== undefined);
    if (other) throw new UsageError(`--${other} is for posting the handoff; --usergroup only sets the group (run notify twice for both)`);
  }
  siteUrlsFrom(flags['site-url'], process.env);
  const now = fromEnvironment(() => resolveNow());
  const dataDir = existingDataDir(flags.data, process.env);
  const model = loadModelOrReport(dataDir);
  if (!model) return 1;
  checkRotationFlag(model, flags.rotation);
  if (flags.usergroup !== undefined) {
    const token = process.env.SLACK_BOT_TOKEN || undefined;
    return setOnCallUsergroup(model, dataDir, { usergroup: flags.usergroup, rotation: flags.rotation, now, token, apiUrl: process.env.SLACK_API_URL || undefined });
  }
  const urls = siteUrlsFrom(flags['site-url'], process.env, model.site.url);

  const { timezone, weekStartsOn, weekStartsOnName } = model.site.calendar;
  const today = localDay(now, timezone);
  if (flags['week-start-only'] && startOfWeekDay(today, weekStartsOn) !== today) {
    process.stdout.write(`not posting: today is not the first day of the company week (${weekStartsOnName} in ${timezone})\n`);
    return 0;
  }
  if (!urls) process.stderr.write(`note: the message has no links; ${NO_SITE_URL}\n`);
  const message = renderHandoff(model, 'slack', { now, urls, rotation: flags.rotation });

  const webhook = process.env.SLACK_WEBHOOK_URL;
  if (!webhook) {
    process.stderr.write('note: SLACK_WEBHOOK_URL is not set, so the message is printed instead of posted\n');
    process.stdout.write(message);
    return 0;
  }
  if (!isWebUrl(webhook)) {
    // Not printed, not even in part: a mistyped secret is still a secret.
    process.stderr.write('error: SLACK_WEBHOOK_URL is not an https URL; set it to the incoming webhook\'s address, https://hooks.slack.com/services/…\n');
    return 2;
  }
  // Whatever is printed below goes through this: the webhook URL is a credential.
  const redact = (text: string) => text.replaceAll(webhook, '[SLACK_WEBHOOK_URL]');
  try {
    await new IncomingWebhook(webhook, { timeout: TIMEOUT_MS, retryConfig: RETRY }).send(JSON.parse(message));
  } catch (error) {
    process.stderr.write(`error: ${redact(failure(error))}\n`);
    return 1;
  }
  process.stdout.write('posted the on-call handoff to Slack\n');
  return 0;
});

function isWebUrl(text: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** What went wrong, from the status or the network error code alone: never the request or its URL. */
function failure(error: unknown): string {
  if (error instanceof IncomingWebhookHTTPError) {
    const retried = error.statusCode >= 500 ? ` (after ${RETRY.retries} retries)` : '';
    const body = error.body.trim().slice(0, 200);
    return `Slack refused the message: HTTP ${error.statusCode}${error.statusMessage ? ` ${error.statusMessage}` : ''}${retried}${body ? `: ${body}` : ''}; check that SLACK_WEBHOOK_URL is a current incoming webhook`;
  }
  if (error instanceof IncomingWebhookRequestError) {
    // fetch's own error is "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, bad port) is its cause.
    const original = error.original as Error & { cause?: { code?: string; message?: string } };
    const code =
      original.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : (original.cause?.code ?? original.cause?.message ?? original.message);
    return `could not reach the Slack webhook: ${code} (after ${RETRY.retries} retries); check the network and SLACK_WEBHOOK_URL`;
  }
  return `could not post to Slack: ${error instanceof Error ? error.name : 'unknown error'}`;
}
