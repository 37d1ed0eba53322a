import { appendFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { INTEGRATIONS_FIXTURE, withSiteUrl } from '../helpers/data-dir.ts';
import { runCli, runCliAsync } from './run-cli.ts';

// Mon 2 Mar 2026 10:00 UTC: the first day of 2026-W10 in the fixture's Europe/Berlin calendar.
const MONDAY = '1772445600';
const TUESDAY = String(Number(MONDAY) + 86_400);
const SECRET = 'T0FAKE/B0FAKE/xoxSecretToken123';

interface Received {
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: string;
}

/** A webhook on 127.0.0.1 that answers each request with the next status (the last one repeats), and records what it got. */
async function webhook(statuses: readonly number[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', contentType: req.headers['content-type'], body });
      const status = statuses[Math.min(received.length, statuses.length) - 1]!;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : status === 404 ? 'no_service' : 'internal_error');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/${SECRET}`, received };
}

const env = (extra: Record<string, string> = {}) => ({ SOURCE_DATE_EPOCH: MONDAY, RUNBOOKS_SITE_URL: 'https://acme.github.io/runbooks/', ...extra });
const args = ['--data', INTEGRATIONS_FIXTURE];

describe('npm run notify', () => {
  it('posts the Slack message that oncall --format slack prints, as JSON, to $SLACK_WEBHOOK_URL', async () => {
    const hook = await webhook([200]);
    const r = await runCliAsync('notify', args, env({ SLACK_WEBHOOK_URL: hook.url }));
    expect(r).toEqual({ code: 0, stdout: 'posted the on-call handoff to Slack\n', stderr: '' });
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]).toMatchObject({ path: `/services/${SECRET}`, contentType: 'application/json' });
    const printed = runCli('oncall', [...args, '--format', 'slack'], env());
    expect(JSON.parse(hook.received[0]!.body)).toEqual(JSON.parse(printed.stdout));
    expect(JSON.parse(hook.received[0]!.body).blocks[0].text.text).toBe('On-call handoff, week 2026-W10');
  });

  it('posts the covers of the coming week, mentioning the covering engineer by Slack member id', async () => {
    const dir = withSiteUrl(INTEGRATIONS_FIXTURE, 'https://acme.github.io/runbooks/');
    // Alice (U0ALICE001) covers Carol's reporting week on Wednesday night, Berlin time.
    appendFileSync(join(dir, 'rotations/reporting.yaml'), 'covers:\n  - {from: 2026-03-04T20:00, to: 2026-03-05T08:00, engineer: engineer-a, reason: Carol at a wedding, agreed: true}\n');
    const hook = await webhook([200]);

    const r = await runCliAsync('notify', ['--data', dir], env({ SLACK_WEBHOOK_URL: hook.url }));

    expect(r.code).toBe(0);
    const sections = JSON.parse(hook.received[0]!.body).blocks.filter((b: { type: string }) => b.type === 'section').map((b: { text: { text: string } }) => b.text.text);
    expect(sections.find((t: string) => t.includes('Reporting on-call'))).toContain(
      '\n*Covers in the next 7 days:*\n• Wed 4 Mar 2026 20:00 – Thu 5 Mar 08:00, 12 h: Alice Example (<@U0ALICE001>) covers (Carol at a wedding)',
    );
  });

  it('retries after a 5xx and succeeds', async () => {
    const hook = await webhook([500, 200]);
    const r = await runCliAsync('notify', args, env({ SLACK_WEBHOOK_URL: hook.url }));
    expect(r.code).toBe(0);
    expect(hook.received).toHaveLength(2);
    expect(hook.received[1]!.body).toBe(hook.received[0]!.body);
  });

  it('exits 1 with the HTTP status after the retries, and never prints the webhook URL', async () => {
    const hook = await webhook([503]);
    const r = await runCliAsync('notify', args, env({ SLACK_WEBHOOK_URL: hook.url }));
    expect(r.code).toBe(1);
    expect(hook.received).toHaveLength(3);
    expect(r.stderr).toBe(
      'error: Slack refused the message: HTTP 503 Service Unavailable (after 2 retries): internal_error; check that SLACK_WEBHOOK_URL is a current incoming webhook\n',
    );
    for (const secret of [hook.url, SECRET, 'xoxSecretToken123']) expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it('does not retry a 4xx', async () => {
    const hook = await webhook([404]);
    const r = await runCliAsync('notify', args, env({ SLACK_WEBHOOK_URL: hook.url }));
    expect(r.code).toBe(1);
    expect(hook.received).toHaveLength(1);
    expect(r.stderr).toContain('HTTP 404 Not Found: no_service;');
    expect(r.stderr).not.toContain(SECRET);
  });

  it('exits 1 naming the network error when nothing answers, and never prints the webhook URL', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const closed = `http://127.0.0.1:${port}/services/${SECRET}`;
    const r = await runCliAsync('notify', args, env({ SLACK_WEBHOOK_URL: closed }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: could not reach the Slack webhook: ECONNREFUSED \(after 2 retries\)/);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('prints the message and exits 0 without SLACK_WEBHOOK_URL', () => {
    const r = runCli('notify', args, env());
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('note: SLACK_WEBHOOK_URL is not set, so the message is printed instead of posted\n');
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(runCli('oncall', [...args, '--format', 'slack'], env()).stdout));
  });

  it('links to url in site.yaml when neither --site-url nor RUNBOOKS_SITE_URL is set, and RUNBOOKS_SITE_URL overrides it', () => {
    const data = ['--data', withSiteUrl(INTEGRATIONS_FIXTURE, 'https://data.example.com/rb/')];
    const fromData = runCli('notify', data, { SOURCE_DATE_EPOCH: MONDAY });
    expect(fromData.code).toBe(0);
    expect(fromData.stdout).toContain('<https://data.example.com/rb/oncall/platform/|Platform on-call>');
    const fromEnv = runCli('notify', data, env());
    expect(fromEnv.stdout).toContain('<https://acme.github.io/runbooks/oncall/platform/|Platform on-call>');
    expect(fromEnv.stdout).not.toContain('data.example.com');
  });

  it('posts nothing with --week-start-only on another day of the week', async () => {
    const hook = await webhook([200]);
    const r = await runCliAsync('notify', [...args, '--week-start-only'], env({ SOURCE_DATE_EPOCH: TUESDAY, SLACK_WEBHOOK_URL: hook.url }));
    expect(r).toEqual({ code: 0, stdout: 'not posting: today is not the first day of the company week (monday in Europe/Berlin)\n', stderr: '' });
    expect(hook.received).toHaveLength(0);
    expect((await runCliAsync('notify', [...args, '--week-start-only'], env({ SLACK_WEBHOOK_URL: hook.url }))).code).toBe(0);
    expect(hook.received).toHaveLength(1);
  });

  it('exits 2 without printing it when SLACK_WEBHOOK_URL is not a URL', () => {
    const r = runCli('notify', args, env({ SLACK_WEBHOOK_URL: `hooks.slack.com/services/${SECRET}` }));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: SLACK_WEBHOOK_URL is not an https URL; set it to the incoming webhook's address, https://hooks.slack.com/services/…\n");
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });
});
