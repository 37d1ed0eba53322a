import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validateEntity } from '../backstage/catalog-model.ts';
import { dataDir, INTEGRATIONS_FIXTURE, tempDir, withSiteUrl, yaml } from '../helpers/data-dir.ts';
import { runCli } from './run-cli.ts';

const SITE = ['--site-url', 'https://acme.github.io/runbooks'];

describe('npm run export -- --format backstage', () => {
  it('writes a Location and the entity files, each entity accepted by @backstage/catalog-model', async () => {
    const out = join(tempDir(), 'catalog');
    const r = runCli('export', ['--format', 'backstage', '--out', out, '--data', INTEGRATIONS_FIXTURE, ...SITE]);
    expect(r).toEqual({ code: 0, stdout: `wrote ${out}/catalog-info.yaml and 4 components, 5 users, 4 groups into ${out}\n`, stderr: '' });
    expect(readdirSync(out).sort()).toEqual(['catalog-info.yaml', 'groups.yaml', 'pipelines.yaml', 'users.yaml']);
    const read = (file: string) => loadAll(readFileSync(join(out, file), 'utf8')).filter(Boolean) as { kind: string; metadata: { name: string }; spec: Record<string, unknown> }[];
    const [location] = read('catalog-info.yaml');
    expect(location).toMatchObject({ kind: 'Location', spec: { targets: ['./pipelines.yaml', './users.yaml', './groups.yaml'] } });
    const entities = ['catalog-info.yaml', 'pipelines.yaml', 'users.yaml', 'groups.yaml'].flatMap(read);
    expect(entities).toHaveLength(1 + 4 + 5 + 4);
    for (const entity of entities) await expect(validateEntity(entity), entity.metadata.name).resolves.toBeUndefined();
    expect(read('pipelines.yaml').find((e) => e.metadata.name === 'profit')?.spec.owner).toBe('user:default/engineer-a');
  });

  it('writes the same bytes for the same data', () => {
    const [a, b] = [join(tempDir(), 'a'), join(tempDir(), 'b')];
    for (const out of [a, b]) expect(runCli('export', ['--format', 'backstage', '--out', out, '--data', INTEGRATIONS_FIXTURE, ...SITE]).code).toBe(0);
    for (const file of readdirSync(a)) expect(readFileSync(join(b, file), 'utf8'), file).toBe(readFileSync(join(a, file), 'utf8'));
  });

  it('takes the site URL from RUNBOOKS_SITE_URL', () => {
    const out = tempDir();
    expect(runCli('export', ['--format', 'backstage', '--out', out, '--data', INTEGRATIONS_FIXTURE], { RUNBOOKS_SITE_URL: 'https://runbooks.example.com' }).code).toBe(0);
    expect(readFileSync(join(out, 'pipelines.yaml'), 'utf8')).toContain('pipeline-runbooks/runbook-url: https://runbooks.example.com/pipelines/profit/\n');
  });

  it('exits 2 with the fix when --format or --out is missing, or --site-url is wrong', () => {
    const usage = (args: string[]) => {
      const r = runCli('export', ['--data', INTEGRATIONS_FIXTURE, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      return r.stderr.split('\n')[0];
    };
    expect(usage(['--out', 'x', ...SITE])).toBe('error: --format is required: backstage, pagerduty');
    expect(usage(['--format', 'bakstage', '--out', 'x', ...SITE])).toBe('error: --format must be one of backstage, pagerduty, got "bakstage"');
    expect(usage(['--format', 'backstage', ...SITE])).toBe('error: --out DIR is required, e.g. --out backstage');
    expect(usage(['--format', 'backstage', '--out', 'x', '--site-url', 'ftp://x'])).toBe(
      'error: --site-url: site URL "ftp://x" must start with https:// (or http://), e.g. https://acme.github.io/runbooks/',
    );
  });

  const runbookUrl = (out: string) => /runbook-url: (.*)\n/.exec(readFileSync(join(out, 'pipelines.yaml'), 'utf8'))?.[1];

  it('takes the site URL from url in site.yaml, and --site-url and RUNBOOKS_SITE_URL override it', () => {
    const data = withSiteUrl(INTEGRATIONS_FIXTURE, 'https://data.example.com/runbooks/');
    const run = (extra: string[], env: Record<string, string> = {}) => {
      const out = tempDir();
      const r = runCli('export', ['--format', 'backstage', '--out', out, '--data', data, ...extra], env);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      return runbookUrl(out);
    };
    expect(run([])).toBe('https://data.example.com/runbooks/pipelines/growth/');
    expect(run([], { RUNBOOKS_SITE_URL: 'https://env.example.com/' })).toBe('https://env.example.com/pipelines/growth/');
    expect(run(SITE, { RUNBOOKS_SITE_URL: 'https://env.example.com/' })).toBe('https://acme.github.io/runbooks/pipelines/growth/');
  });

  it('writes the catalog without site links, with one warning naming the fix, when no site address is set', async () => {
    const out = tempDir();
    const r = runCli('export', ['--format', 'backstage', '--out', out, '--data', INTEGRATIONS_FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warning: the catalog has no links to the site; set url in site.yaml to the address the site is published at (e.g. url: https://acme.github.io/runbooks/), or pass --site-url URL or set RUNBOOKS_SITE_URL\n',
    );
    const text = ['pipelines.yaml', 'users.yaml', 'groups.yaml'].map((f) => readFileSync(join(out, f), 'utf8')).join('');
    expect(text).not.toMatch(/runbook-url|oncall-calendar|oncall-feed|https:\/\/acme/);
    expect(text).toContain('owner: user:default/engineer-a');
    for (const file of ['pipelines.yaml', 'users.yaml', 'groups.yaml']) {
      for (const entity of loadAll(readFileSync(join(out, file), 'utf8')).filter(Boolean)) await expect(validateEntity(entity as never)).resolves.toBeUndefined();
    }
  });
});

describe('npm run export -- --format pagerduty', () => {
  const PEOPLE = yaml`
    people:
      - id: engineer-a
        name: Engineer A
        email: a@example.com
      - id: engineer-b
        name: Engineer B
        email: b@example.com
      - id: engineer-c
        name: Engineer C
        email: c@example.com
  `;
  const NOW = { SOURCE_DATE_EPOCH: String(Date.parse('2026-12-02T12:00:00Z') / 1000) };

  it('writes pagerduty.tf.json and overrides.json, the same bytes each time', () => {
    const data = dataDir({ 'people.yaml': PEOPLE });
    const [a, b] = [join(tempDir(), 'a'), join(tempDir(), 'b')];
    for (const out of [a, b]) {
      expect(runCli('export', ['--format', 'pagerduty', '--out', out, '--data', data], NOW)).toEqual({
        code: 0,
        stdout: `wrote ${out}/pagerduty.tf.json (1 schedule, 2 layers) and ${out}/overrides.json (0 overrides over 8 weeks)\n`,
        stderr: '',
      });
    }
    expect(readdirSync(a).sort()).toEqual(['overrides.json', 'pagerduty.tf.json']);
    for (const file of readdirSync(a)) expect(readFileSync(join(b, file), 'utf8'), file).toBe(readFileSync(join(a, file), 'utf8'));
    const tf = JSON.parse(readFileSync(join(a, 'pagerduty.tf.json'), 'utf8'));
    expect(tf.data.pagerduty_user['engineer-a']).toEqual({ email: 'a@example.com' });
    // Three members and a 53-week 2026: week numbers restart at 2027-W01, and a second layer starts there.
    expect(tf.resource.pagerduty_schedule['on-call'].layer.map((l: { name: string }) => l.name)).toEqual([
      'Line-up 1 from 2026-W01',
      'Line-up 1 from 2027-W01 (week numbers restart)',
    ]);
  });

  it('exits 1 naming the file, line and person when someone on call has no email, and writes nothing', () => {
    const out = join(tempDir(), 'pd');
    const data = dataDir({ 'people.yaml': PEOPLE.replace(/\n *email: b@example.com/, '') });
    const r = runCli('export', ['--format', 'pagerduty', '--out', out, '--data', data], NOW);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${data}/people.yaml:5:5: error: engineer-b is on call in PagerDuty but has no email; add \`email:\` to engineer-b in people.yaml (the address of their PagerDuty login)\n`,
    );
    expect(() => readdirSync(out)).toThrow();
  });

  it('exits 2 when --weeks is not a number of weeks', () => {
    const r = runCli('export', ['--format', 'pagerduty', '--out', 'x', '--data', dataDir({ 'people.yaml': PEOPLE }), '--weeks', 'many'], NOW);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'error: --weeks must be a whole number from 1 to 5200, got "many"']);
  });
});
