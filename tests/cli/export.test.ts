import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validateEntity } from '../backstage/catalog-model.ts';
import { INTEGRATIONS_FIXTURE, tempDir, withSiteUrl } from '../helpers/data-dir.ts';
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
    expect(usage(['--out', 'x', ...SITE])).toBe('error: --format is required: backstage');
    expect(usage(['--format', 'bakstage', '--out', 'x', ...SITE])).toBe('error: --format must be one of backstage, got "bakstage"');
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
