import { describe, expect, it } from 'vitest';
import { INTEGRATIONS_FIXTURE, withSiteUrl } from '../helpers/data-dir.ts';
import { runCli } from './run-cli.ts';

const MONDAY = { SOURCE_DATE_EPOCH: '1772445600' }; // Mon 2 Mar 2026 10:00 UTC, 2026-W10
const data = ['--data', INTEGRATIONS_FIXTURE];

describe('npm run oncall -- --format slack|markdown', () => {
  it('prints the Slack Block Kit message of the current week, with links from --site-url', () => {
    const r = runCli('oncall', [...data, '--format', 'slack', '--site-url', 'https://acme.github.io/runbooks'], MONDAY);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const message = JSON.parse(r.stdout);
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'On-call handoff, week 2026-W10' } });
    expect(r.stdout).toContain('*<https://acme.github.io/runbooks/oncall/platform/|Platform on-call>*\\n*On call now:* Alice Example (<@U0ALICE001>) until Mon 09 Mar 2026 09:00');
    // Problems name people as the message does, by display name; the fix (YAML) gives the id once, escaped for Slack.
    expect(r.stdout).toContain(
      '2026-W11, back-to-back: Alice Example covers 2026-W10 and 2026-W11 back to back; change the override for 2026-W11 to Bob &lt;Builder&gt; &amp; Co (engineer-b) (no back-to-back week for them), or mark it agreed: true',
    );
    expect(r.stdout).toContain('2026-W13, uncovered holiday: Dan Example is on holiday during 2026-W13');
  });

  it('prints the same for other chat tools as Markdown, for one rotation and as of --from', () => {
    const r = runCli('oncall', [...data, '--format', 'markdown', '--rotation', 'reporting', '--from', '2026-03-23'], {
      ...MONDAY,
      RUNBOOKS_SITE_URL: 'https://runbooks.example.com',
    });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^## On-call handoff, week 2026-W13\n/);
    expect(r.stdout).toContain('### [Reporting on-call](https://runbooks.example.com/oncall/reporting/)\n\n- **On call now:** Dan Example until Mon 30 Mar 2026 09:00\n');
    expect(r.stdout).not.toContain('Platform');
  });

  it('says on stderr that the message has no links without a site URL', () => {
    const r = runCli('oncall', [...data, '--format', 'markdown'], MONDAY);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('### Platform on-call\n');
    expect(r.stderr).toBe(
      'note: the message has no links; set url in site.yaml to the address the site is published at (e.g. url: https://acme.github.io/runbooks/), or pass --site-url URL or set RUNBOOKS_SITE_URL\n',
    );
  });

  it('links to url in site.yaml, unless --site-url or RUNBOOKS_SITE_URL says otherwise', () => {
    const dir = ['--data', withSiteUrl(INTEGRATIONS_FIXTURE, 'https://data.example.com/rb/'), '--format', 'markdown', '--rotation', 'reporting'];
    const heading = (args: string[], env: Record<string, string> = {}) => {
      const r = runCli('oncall', [...dir, ...args], { ...MONDAY, ...env });
      expect(r).toMatchObject({ code: 0, stderr: '' });
      return /### (.*)\n/.exec(r.stdout)?.[1];
    };
    expect(heading([])).toBe('[Reporting on-call](https://data.example.com/rb/oncall/reporting/)');
    expect(heading([], { RUNBOOKS_SITE_URL: 'https://env.example.com/' })).toBe('[Reporting on-call](https://env.example.com/oncall/reporting/)');
    expect(heading(['--site-url', 'https://flag.example.com/'], { RUNBOOKS_SITE_URL: 'https://env.example.com/' })).toBe(
      '[Reporting on-call](https://flag.example.com/oncall/reporting/)',
    );
  });

  it('exits 2 when --weeks is given with a handoff format, or --site-url without one', () => {
    const weeks = runCli('oncall', [...data, '--format', 'slack', '--weeks', '4'], MONDAY);
    expect(weeks.code).toBe(2);
    expect(weeks.stderr.split('\n')[0]).toBe('error: --weeks does not apply to --format slack: the handoff covers this week and calendar.futureWeeks more');
    const site = runCli('oncall', [...data, '--site-url', 'https://x.example'], MONDAY);
    expect(site.code).toBe(2);
    expect(site.stderr.split('\n')[0]).toBe('error: --site-url applies only to --format slack or markdown');
  });
});
