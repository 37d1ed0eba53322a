import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validateEntity } from '../backstage/catalog-model.ts';
import { INTEGRATIONS_FIXTURE, tempDir } from '../helpers/data-dir.ts';
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

  it('exits 2 with the fix when --format, --out or the site URL is missing or wrong', () => {
    const usage = (args: string[]) => {
      const r = runCli('export', ['--data', INTEGRATIONS_FIXTURE, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      return r.stderr.split('\n')[0];
    };
    expect(usage(['--out', 'x', ...SITE])).toBe('error: --format is required: backstage');
    expect(usage(['--format', 'bakstage', '--out', 'x', ...SITE])).toBe('error: --format must be one of backstage, got "bakstage"');
    expect(usage(['--format', 'backstage', ...SITE])).toBe('error: --out DIR is required, e.g. --out backstage');
    expect(usage(['--format', 'backstage', '--out', 'x'])).toBe(
      'error: the catalog links to the published site; pass --site-url URL or set RUNBOOKS_SITE_URL to the address the site is published at, e.g. https://acme.github.io/runbooks/',
    );
    expect(usage(['--format', 'backstage', '--out', 'x', '--site-url', 'ftp://x'])).toBe(
      'error: --site-url: site URL "ftp://x" must start with https:// (or http://), e.g. https://acme.github.io/runbooks/',
    );
  });
});
