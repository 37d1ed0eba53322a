import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../helpers/data-dir.ts';
import { ROOT, runCli, runCliAsync } from './run-cli.ts';

const PAGER = join(ROOT, 'tests/fixtures/pager');
const DATA = join(PAGER, 'data');
// Mon 7 Dec 2026 10:00 UTC.
const env = { SOURCE_DATE_EPOCH: '1796637600' };
const TOKEN = 'u8Zk3SecretFeedToken0x9';
const range = ['--from', '2026-11-30', '--weeks', '4'];
const drift = (...args: string[]) => runCli('drift', ['--data', DATA, ...args], env);

interface Request {
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly headers: IncomingHttpHeaders;
}

/** A paging tool's feed server on 127.0.0.1: answers `status` with `body` and records each request. */
async function feedServer(status: number, body: string): Promise<{ url: string; requests: Request[] }> {
  const requests: Request[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method, url: req.url, headers: req.headers });
    res.writeHead(status, { 'content-type': 'text/calendar; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/private/${TOKEN}/feed/PSCHED1`, requests };
}

const leaks = (r: { stdout: string; stderr: string }) => `${r.stdout}${r.stderr}`.match(new RegExp(`${TOKEN}|127\\.0\\.0\\.1|/private/`, 'g')) ?? [];

describe('npm run drift', () => {
  it('exits 0 and says so when a PagerDuty feed file agrees with the rotation', () => {
    const r = drift('--ics', join(PAGER, 'pagerduty.ics'), '--rotation', 'primary', ...range);
    expect(r).toEqual({
      code: 0,
      stdout: 'No drift: the feed agrees with rotation primary (Primary on-call) at every minute from Mon 30 Nov 2026 09:00 to Mon 28 Dec 2026 09:00 (Europe/Berlin), 5 events.\n',
      stderr: '',
    });
  });

  it('exits 1 with the time range and both engineers when an Opsgenie feed gives a week to someone else', () => {
    const r = drift('--ics', join(PAGER, 'opsgenie.ics'), '--rotation', 'primary', ...range);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  Mon 14 Dec 2026 09:00 – Mon 21 Dec 2026 09:00   Ben Okafor (ben-okafor)   Dana Novak (dana-novak)\n');
    expect(r.stderr).toBe('');
  });

  it('exits 1 and lists the event that matches nobody, by file and line, for a Grafana OnCall feed', () => {
    const file = join(PAGER, 'grafana-oncall.ics');
    const r = drift('--ics', file, '--rotation', 'primary', ...range, '--format', 'markdown');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`| Mon 21 Dec 2026 09:00 | Thu 24 Dec 2026 09:00 | Ana Lima (ana-lima) | nobody known (the event at ${file}:34) |`);
  });

  it("exits 0 for every rotation of the fixture against this project's own feed (oncall --format ics)", () => {
    for (const rotation of ['primary', 'secondary']) {
      const dir = tempDir();
      const feed = runCli('oncall', ['--data', DATA, '--rotation', rotation, '--format', 'ics', '--from', '2026-10-05', '--weeks', '30'], env);
      expect(feed.code).toBe(0);
      const file = join(dir, `${rotation}.ics`);
      writeFileSync(file, feed.stdout);
      const r = drift('--ics', file, '--rotation', rotation, '--from', '2026-10-05', '--weeks', '30', '--format', 'json');
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ drift: false, events: 30, disagreements: [], unmatched: [] });
    }
  });

  it('fetches a feed URL with GET, compares it, and never prints the URL', async () => {
    const server = await feedServer(200, readFileSync(join(PAGER, 'pagerduty.ics'), 'utf8'));
    const r = await runCliAsync('drift', ['--data', DATA, '--ics', server.url, '--rotation', 'primary', ...range], env);
    expect(r.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: `/private/${TOKEN}/feed/PSCHED1` });
    expect(server.requests[0]!.headers.accept).toMatch(/^text\/calendar/);
    expect(leaks(r)).toEqual([]);
  });

  it('reads the feed address from $PAGER_ICS_URL when --ics is not given, and never prints it', async () => {
    const server = await feedServer(200, readFileSync(join(PAGER, 'opsgenie.ics'), 'utf8'));
    const r = await runCliAsync('drift', ['--data', DATA, '--rotation', 'primary', ...range, '--format', 'markdown'], { ...env, PAGER_ICS_URL: server.url });
    expect(r.code).toBe(1);
    expect(server.requests).toHaveLength(1);
    expect(r.stdout).toContain('| Mon 14 Dec 2026 09:00 | Mon 21 Dec 2026 09:00 | Ben Okafor (ben-okafor) | Dana Novak (dana-novak) |');
    expect(leaks(r)).toEqual([]);
    const gone = await feedServer(500, '');
    const failed = await runCliAsync('drift', ['--data', DATA, '--rotation', 'primary'], { ...env, PAGER_ICS_URL: gone.url });
    expect(failed).toMatchObject({ code: 2, stderr: 'error: the feed answered HTTP 500 Internal Server Error\n' });
    expect(leaks(failed)).toEqual([]);
  });

  it('exits 2 with the HTTP status and without the URL when the feed answers 404', async () => {
    const server = await feedServer(404, 'Not found');
    const r = await runCliAsync('drift', ['--data', DATA, '--ics', server.url, '--rotation', 'primary'], env);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: the feed answered HTTP 404 Not Found (was the feed address revoked or regenerated in the paging tool?)\n',
    });
  });

  it('exits 2 without the URL when the connection is refused, the body is not iCalendar, or the URL is passed without --ics', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const url = `http://127.0.0.1:${port}/private/${TOKEN}/feed/PSCHED1`;
    const refused = await runCliAsync('drift', ['--data', DATA, '--ics', url, '--rotation', 'primary'], env);
    expect(refused).toMatchObject({ code: 2, stderr: 'error: the feed could not be fetched: connection refused (ECONNREFUSED)\n' });
    const html = await feedServer(200, '<html>Sign in to PagerDuty</html>');
    const notIcs = await runCliAsync('drift', ['--data', DATA, '--ics', html.url, '--rotation', 'primary'], env);
    expect(notIcs).toMatchObject({ code: 2, stderr: 'error: the feed: it is not an iCalendar feed: it should start with BEGIN:VCALENDAR, not "<html>Sign in to PagerDuty</html>"\n' });
    const positional = runCli('drift', ['--data', DATA, url.replace('http:', 'webcal:')], env);
    expect(positional.code).toBe(2);
    expect(positional.stderr).toMatch(/^error: unexpected argument "the feed"/);
    for (const r of [refused, notIcs, positional]) expect(leaks(r)).toEqual([]);
  });

  it('never prints a URL given as --ics=URL or twice, whatever the error', () => {
    const url = `https://feeds.example.com/private/${TOKEN}/feed/PSCHED1`;
    for (const args of [['--ics=' + url, '--rotation', 'primry'], ['--ics=' + url, `webcal://x.example/${TOKEN}`], ['--ics', url, '--weeks', url]]) {
      const r = drift(...args);
      expect(r.code).toBe(2);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(new RegExp(`${TOKEN}|feeds\\.example\\.com|x\\.example`));
    }
  });

  it('exits 2 with the reason on a usage error: no --ics, several rotations and no --rotation, a missing file', () => {
    expect(drift().stderr).toMatch(/^error: --ics is required \(or \$PAGER_ICS_URL\): the paging tool's calendar feed, as a file or its https:\/\/ address\n/);
    const several = drift('--ics', join(PAGER, 'pagerduty.ics'));
    expect(several.code).toBe(2);
    expect(several.stderr).toMatch(/^error: the data has 2 rotations; pass --rotation with the one the feed is the schedule of: primary, secondary\n/);
    const missing = drift('--ics', 'nowhere.ics', '--rotation', 'primary');
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'error: cannot read nowhere.ics: no such file; pass --ics with a feed file or its https:// address\n' });
    expect(drift('--ics', join(PAGER, 'pagerduty.ics'), '--rotation', 'primry').stderr).toMatch(/^error: unknown rotation "primry"; did you mean "primary"\?/);
  });
});
