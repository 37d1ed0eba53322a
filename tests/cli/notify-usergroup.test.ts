import { describe, expect, it } from 'vitest';
import { dataDir, yaml } from '../helpers/data-dir.ts';
import { mockApi, type MockRequest } from '../helpers/mock-api.ts';
import { runCli, runCliAsync } from './run-cli.ts';

const TOKEN = 'xoxb-1234567890-secret-bot-token';
// Wed 2 Dec 2026, in 2026-W49: week-number rotation of three gives it to members[48 mod 3] = engineer-a.
const NOW = String(Date.parse('2026-12-02T12:00:00Z') / 1000);

const PEOPLE = yaml`
  people:
    - id: engineer-a
      name: Engineer A
      slack: U0AAAAAAA
    - id: engineer-b
      name: Engineer B
      slack: W0BBBBBBB
    - id: engineer-c
      name: Engineer C
      slack: U0CCCCCCC
`;

// Two rotations: the pipelines take on-call from their areas.
const SITE = yaml`
  title: Test runbooks
  areas:
    - id: profit
      name: Profit
      rotation: on-call
    - id: growth
      name: Growth
      rotation: on-call
`;

const SECOND = yaml`
  name: Weekend desk
  members: [engineer-c, engineer-b]
  assignment: continuous
  start: 2026-11-30
`;

/** Slack's Web API as @slack/web-api calls it: POST /api/METHOD, form-encoded, the token as a bearer. */
async function slack(reply: (form: URLSearchParams) => object = () => ({ ok: true })) {
  return mockApi((request: MockRequest) => {
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/usergroups.users.update');
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    return { body: reply(new URLSearchParams(request.body)) };
  });
}

const run = (data: string, args: string[], env: Record<string, string>) => runCliAsync('notify', ['--data', data, ...args], { SOURCE_DATE_EPOCH: NOW, ...env });

describe('npm run notify -- --usergroup', () => {
  it('sets the user group to everyone on call now, by their slack ids, through usergroups.users.update', async () => {
    const api = await slack((form) => ({ ok: true, usergroup: { id: form.get('usergroup'), users: form.get('users')!.split(',') } }));
    const data = dataDir({ 'people.yaml': PEOPLE, 'rotations/weekend.yaml': SECOND, 'site.yaml': SITE });
    const r = await run(data, ['--usergroup', 'S0ONCALL1'], { SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: `${api.url}/api/` });
    expect(r).toEqual({
      code: 0,
      stdout: 'set user group S0ONCALL1 to Engineer A (U0AAAAAAA), Engineer C (U0CCCCCCC): on call now in On-call, Weekend desk\n',
      stderr: '',
    });
    expect(api.requests).toHaveLength(1);
    expect(Object.fromEntries(new URLSearchParams(api.requests[0]!.body))).toEqual({ usergroup: 'S0ONCALL1', users: 'U0AAAAAAA,U0CCCCCCC' });
  });

  it('names only the rotation asked for with --rotation, and takes SLACK_API_URL without its trailing slash', async () => {
    const api = await slack();
    const data = dataDir({ 'people.yaml': PEOPLE, 'rotations/weekend.yaml': SECOND, 'site.yaml': SITE });
    const r = await run(data, ['--usergroup', 'S0ONCALL1', '--rotation', 'on-call'], { SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: `${api.url}/api` });
    expect(r.code).toBe(0);
    expect(new URLSearchParams(api.requests[0]!.body).get('users')).toBe('U0AAAAAAA');
  });

  it('says nobody is on call and changes nothing in a gap between hours', async () => {
    const api = await slack();
    // Business hours only; 12:00 UTC on a Wednesday is 07:00 in New York, before the window opens.
    const dayOnly = yaml`
      name: On-call
      members: [engineer-a, engineer-b, engineer-c]
      start: 2026-01-01
      hours:
        timezone: America/New_York
        windows:
          - days: [mon, tue, wed, thu, fri]
            from: "09:00"
            to: "17:00"
    `;
    const data = dataDir({ 'people.yaml': PEOPLE, 'rotations/on-call.yaml': dayOnly });
    const r = await run(data, ['--usergroup', 'S0ONCALL1'], { SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: `${api.url}/api/` });
    expect(r).toEqual({ code: 0, stdout: 'nobody is on call now (2026-12-02T12:00:00.000Z) in rotation on-call; user group S0ONCALL1 is left as it is\n', stderr: '' });
    expect(api.requests).toEqual([]);
    // Two hours later the window is open, and the group is set.
    const later = await run(data, ['--usergroup', 'S0ONCALL1'], { SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: `${api.url}/api/`, SOURCE_DATE_EPOCH: String(Number(NOW) + 2 * 3600) });
    expect(later.code).toBe(0);
    expect(new URLSearchParams(api.requests[0]!.body).get('users')).toBe('U0AAAAAAA');
  });

  it('exits 1 naming the person, the place in people.yaml and the fix when someone on call has no slack id', async () => {
    const api = await slack();
    const data = dataDir({ 'people.yaml': PEOPLE.replace(/\n *slack: U0AAAAAAA/, ''), 'rotations/weekend.yaml': SECOND, 'site.yaml': SITE });
    const r = await run(data, ['--usergroup', 'S0ONCALL1'], { SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: `${api.url}/api/` });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${data}/people.yaml:2:5: error: Engineer A (engineer-a) is on call now but has no Slack member id; add \`slack: U…\` to engineer-a in people.yaml (in Slack: their profile, ⋮, Copy member ID)\n`,
    );
    expect(api.requests).toEqual([]);
  });

  it("exits 1 with Slack's error and its fix, never printing the token", async () => {
    const api = await slack(() => ({ ok: false, error: 'missing_scope', needed: 'usergroups:write' }));
    const r = await run(dataDir({ 'people.yaml': PEOPLE }), ['--usergroup', 'S0ONCALL1'], { SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: `${api.url}/api/` });
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: Slack refused to set user group S0ONCALL1: missing_scope; the app needs the usergroups:write scope; add it and reinstall the app\n',
    });
  });

  it('prints whom it would set, and changes nothing, without SLACK_BOT_TOKEN', () => {
    const r = runCli('notify', ['--data', dataDir({ 'people.yaml': PEOPLE }), '--usergroup', 'S0ONCALL1'], { SOURCE_DATE_EPOCH: NOW });
    expect(r).toEqual({
      code: 0,
      stdout: 'would set user group S0ONCALL1 to Engineer A (U0AAAAAAA): on call now in On-call\n',
      stderr: 'note: SLACK_BOT_TOKEN is not set, so the user group is not changed\n',
    });
  });

  it('exits 2 for a handle instead of an id, or with the posting options', () => {
    const data = dataDir({ 'people.yaml': PEOPLE });
    const first = (args: string[]) => {
      const r = runCli('notify', ['--data', data, ...args], { SOURCE_DATE_EPOCH: NOW, SLACK_BOT_TOKEN: TOKEN });
      expect(r.code).toBe(2);
      expect(r.stderr + r.stdout).not.toContain(TOKEN);
      return r.stderr.split('\n')[0];
    };
    expect(first(['--usergroup', '@data-oncall'])).toMatch(/^error: --usergroup must be the user group's id, S followed by letters and digits \(e\.g\. S0614TZR7\), got "@data-oncall"/);
    expect(first(['--usergroup', 'S0ONCALL1', '--week-start-only'])).toBe('error: --week-start-only is for posting the handoff; --usergroup only sets the group (run notify twice for both)');
  });
});
