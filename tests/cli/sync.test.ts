import { describe, expect, it } from 'vitest';
import { dataDir, yaml } from '../helpers/data-dir.ts';
import { mockApi, type MockReply, type MockRequest } from '../helpers/mock-api.ts';
import { runCli, runCliAsync } from './run-cli.ts';

const TOKEN = 'u+pdSecretToken_1234567890';
// Wed 2 Dec 2026 12:00 UTC, in 2026-W49. The fixture's calendar is ISO weeks in UTC, 8 weeks ahead.
const NOW = String(Date.parse('2026-12-02T12:00:00Z') / 1000);

const PEOPLE = yaml`
  people:
    - id: engineer-a
      name: Engineer A
      email: a@example.com
    - id: engineer-b
      name: Engineer B
      email: B@Example.com
    - id: engineer-c
      name: Engineer C
      email: c@example.com
`;

// Week N to members[(N-1) mod 3]; 2026-W51 would be engineer-c's, the override gives it to engineer-a.
const ROTATION = yaml`
  name: On-call
  members: [engineer-a, engineer-b, engineer-c]
  start: 2026-01-01
  overrides:
    - week: 2026-W51
      engineer: engineer-a
      reason: Engineer C at a wedding
`;

const USERS: Record<string, { id: string; name: string; email: string }> = {
  'a@example.com': { id: 'PUSERA1', name: 'Engineer A', email: 'a@example.com' },
  'b@example.com': { id: 'PUSERB1', name: 'Engineer B', email: 'b@example.com' },
};

/** PagerDuty's REST API v2 as its reference describes it, checking every request's method, path, headers and body. */
async function pagerDuty(options: { existing?: object[]; schedules?: object[]; before?: (r: MockRequest, i: number) => MockReply | undefined } = {}) {
  return mockApi((r, i) => {
    const early = options.before?.(r, i);
    if (early) return early;
    expect(r.headers.authorization).toBe(`Token token=${TOKEN}`);
    expect(r.headers.accept).toBe('application/vnd.pagerduty+json;version=2');
    expect(r.headers['content-type']).toBe('application/json');
    const url = new URL(r.url, 'http://x');
    const q = Object.fromEntries(url.searchParams);
    if (r.method === 'GET' && url.pathname === '/users') {
      expect(q).toEqual({ query: q.query, limit: '100', offset: '0' });
      const user = USERS[q.query!.toLowerCase()];
      return { body: { users: user ? [user, { id: 'POTHER', name: 'Someone', email: `x${q.query}` }] : [], limit: 100, offset: 0, more: false } };
    }
    if (r.method === 'GET' && url.pathname === '/schedules') {
      expect(q).toEqual({ query: 'On-call', limit: '100', offset: '0' });
      return { body: { schedules: options.schedules ?? [{ id: 'PSCHED1', name: 'On-call' }, { id: 'PSCHED2', name: 'On-call (old)' }], more: false } };
    }
    if (r.method === 'GET' && url.pathname === '/schedules/PSCHED1/overrides') {
      expect(q).toEqual({ since: '2026-12-02T12:00:00+00:00', until: '2027-01-25T00:00:00+00:00', overflow: 'true' });
      return { body: { overrides: options.existing ?? [] } };
    }
    if (r.method === 'POST' && url.pathname === '/schedules/PSCHED1/overrides') {
      const body = JSON.parse(r.body) as { overrides: object[] };
      return { status: 201, body: body.overrides.map((o) => ({ status: 201, override: { ...o, id: 'PNEW' } })) };
    }
    if (r.method === 'DELETE' && /^\/schedules\/PSCHED1\/overrides\/\w+$/.test(url.pathname)) {
      expect(r.body).toBe('');
      return { status: url.pathname.endsWith('PRUNNING') ? 200 : 204 };
    }
    throw new Error(`${r.method} ${r.url}`);
  });
}

const data = () => dataDir({ 'people.yaml': PEOPLE, 'rotations/on-call.yaml': ROTATION });
const run = (args: string[], api: string, extra: Record<string, string> = {}) =>
  runCliAsync('sync', ['--pagerduty', '--data', data(), ...args], { SOURCE_DATE_EPOCH: NOW, PAGERDUTY_TOKEN: TOKEN, PAGERDUTY_API_URL: api, ...extra });

const W51 = { start: '2026-12-14T00:00:00+00:00', end: '2026-12-21T00:00:00+00:00' };
const STALE = { id: 'PSTALE', start: '2027-01-04T00:00:00Z', end: '2027-01-11T00:00:00Z', user: { id: 'PUSERB1', type: 'user_reference', summary: 'Engineer B' } };
const RUNNING = { id: 'PRUNNING', start: '2026-12-01T00:00:00Z', end: '2026-12-03T00:00:00Z', user: { id: 'PUSERB1', type: 'user_reference', summary: 'Engineer B' } };
const PAST = { id: 'PPAST', start: '2026-11-30T00:00:00Z', end: '2026-12-01T00:00:00Z', user: { id: 'PUSERB1', type: 'user_reference', summary: 'Engineer B' } };

describe('npm run sync -- --pagerduty', () => {
  it('prints the plan without changing anything: the overrides to create and the stale ones to delete', async () => {
    const api = await pagerDuty({ existing: [STALE, PAST] });
    const r = await run([], api.url);
    expect(r).toEqual({
      code: 0,
      stdout: [
        'PagerDuty schedule "On-call" (PSCHED1), rotation on-call, times in UTC:',
        '  + create 2026-12-14 00:00 → 2026-12-21 00:00  Engineer A <a@example.com>  override 2026-W51: Engineer C at a wedding',
        '  - delete 2027-01-04 00:00 → 2027-01-11 00:00  Engineer B  (PSTALE: not in the data)',
        '  0 overrides already match',
        'plan: 1 to create, 1 to delete; run with --apply to carry it out',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(api.requests.map((q) => `${q.method} ${q.url}`)).toEqual([
      'GET /users?query=a%40example.com&limit=100&offset=0',
      'GET /schedules?query=On-call&limit=100&offset=0',
      'GET /schedules/PSCHED1/overrides?since=2026-12-02T12%3A00%3A00%2B00%3A00&until=2027-01-25T00%3A00%3A00%2B00%3A00&overflow=true',
    ]);
  });

  it('creates the missing overrides and deletes the stale future ones with --apply, leaving matching and past ones', async () => {
    const api = await pagerDuty({ existing: [STALE, RUNNING, PAST] });
    const r = await run(['--apply'], api.url);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  created 1\n  ended now PRUNNING\n  deleted PSTALE\n');
    const post = api.requests.find((q) => q.method === 'POST')!;
    expect(post.url).toBe('/schedules/PSCHED1/overrides');
    expect(JSON.parse(post.body)).toEqual({ overrides: [{ ...W51, user: { id: 'PUSERA1', type: 'user_reference' } }] });
    expect(api.requests.filter((q) => q.method === 'DELETE').map((q) => q.url)).toEqual(['/schedules/PSCHED1/overrides/PRUNNING', '/schedules/PSCHED1/overrides/PSTALE']);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });

  it('says PagerDuty is in line when every override matches, an override that began earlier included', async () => {
    const api = await pagerDuty({ existing: [{ id: 'PW51', ...W51, start: '2026-12-14T00:00:00Z', user: { id: 'PUSERA1' } }] });
    const r = await run([], api.url);
    expect(r.stdout).toContain('  1 override already matches\nPagerDuty is in line with the data\n');
    expect(r.code).toBe(0);
  });

  it('retries a 429 after Retry-After and a 503, then succeeds', async () => {
    const api = await pagerDuty({
      before: (_r, i) => (i === 0 ? { status: 429, headers: { 'retry-after': '0' }, body: { error: { message: 'Rate Limit Exceeded' } } } : i === 1 ? { status: 503, headers: { 'retry-after': '0' } } : undefined),
    });
    const r = await run([], api.url);
    expect(r.code).toBe(0);
    expect(api.requests.slice(0, 3).map((q) => q.url)).toEqual(Array(3).fill('/users?query=a%40example.com&limit=100&offset=0'));
  });

  it('exits 1 after 5 attempts of 5xx, with the status and never the token', async () => {
    const api = await pagerDuty({ before: () => ({ status: 500, headers: { 'retry-after': '0' }, body: { error: { message: 'Internal Error' } } }) });
    const r = await run([], api.url);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'error: PagerDuty answered GET /users with HTTP 500: Internal Error (after 5 attempts); try again later\n' });
    expect(api.requests).toHaveLength(5);
  });

  it('takes the schedule from pagerduty.schedule in the rotation file, without looking it up by name', async () => {
    const api = await pagerDuty({ schedules: [] });
    const dir = dataDir({ 'people.yaml': PEOPLE, 'rotations/on-call.yaml': `${ROTATION}pagerduty:\n  schedule: PSCHED1\n` });
    const r = await runCliAsync('sync', ['--pagerduty', '--data', dir], { SOURCE_DATE_EPOCH: NOW, PAGERDUTY_TOKEN: TOKEN, PAGERDUTY_API_URL: api.url });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^PagerDuty schedule "On-call" \(PSCHED1\)/);
    expect(api.requests.map((q) => new URL(q.url, 'http://x').pathname)).toEqual(['/users', '/schedules/PSCHED1/overrides']);
  });

  it('exits 1 naming the person and the schedule PagerDuty does not have, all in one run', async () => {
    const api = await pagerDuty({ schedules: [] });
    const dir = dataDir({ 'people.yaml': PEOPLE.replace('a@example.com', 'ana@example.com'), 'rotations/on-call.yaml': ROTATION });
    const r = await runCliAsync('sync', ['--pagerduty', '--data', dir], { SOURCE_DATE_EPOCH: NOW, PAGERDUTY_TOKEN: TOKEN, PAGERDUTY_API_URL: api.url });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${dir}/people.yaml:2:5: error: PagerDuty has no user with the email ana@example.com (Engineer A); invite them in PagerDuty, or correct \`email:\` of engineer-a in people.yaml\n` +
        'error: PagerDuty has no schedule named "On-call" (rotation on-call); create it with npm run export -- --format pagerduty and terraform apply\n',
    );
  });

  it('exits 1 with the fix when PagerDuty refuses the token', async () => {
    const api = await pagerDuty({ before: () => ({ status: 401, body: { error: { message: 'Unauthorized', code: 2006 } } }) });
    const r = await run([], api.url);
    expect(r.stderr).toBe('error: PagerDuty refused GET /users: HTTP 401: Unauthorized; PAGERDUTY_TOKEN must be a current REST API key (Integrations, API Access Keys)\n');
    expect(r.code).toBe(1);
  });

  it('exits 2 without --pagerduty or without PAGERDUTY_TOKEN', () => {
    const first = (args: string[], env: Record<string, string>) => {
      const r = runCli('sync', args, { SOURCE_DATE_EPOCH: NOW, ...env });
      expect(r.code).toBe(2);
      return r.stderr.split('\n')[0];
    };
    expect(first([], { PAGERDUTY_TOKEN: TOKEN })).toBe('error: say which tool to sync with: --pagerduty');
    expect(first(['--pagerduty'], {})).toMatch(/^error: PAGERDUTY_TOKEN is not set; /);
  });
});
