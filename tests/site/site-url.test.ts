import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_FIXTURE, withSiteUrl } from '../helpers/data-dir.ts';
import { buildSite, EPOCH_2027_01_03 } from './build-site.ts';

/** The absolute addresses a build wrote: the API's runbook URLs and the rotation page's webcal link. */
async function builtAddresses(name: string, env: Record<string, string>) {
  const data = withSiteUrl(VALID_FIXTURE, 'https://data.example.com/');
  const built = await buildSite(name, { RUNBOOKS_DATA: data, SOURCE_DATE_EPOCH: EPOCH_2027_01_03, ...env });
  expect(built.code, built.stderr).toBe(0);
  const read = (path: string) => readFileSync(join(built.outDir, path), 'utf8');
  const api = JSON.parse(read('api/pipelines.json')) as { pipelines: { id: string; url: string }[] };
  return {
    api: api.pipelines.map((p) => p.url),
    webcal: /href="(webcal:[^"]*)"/.exec(read('oncall/on-call/index.html'))?.[1],
  };
}

describe('astro build with url in site.yaml', () => {
  it('makes the API and the feed links absolute with url from site.yaml', async () => {
    expect(await builtAddresses('site-url-data', {})).toEqual({
      api: ['https://data.example.com/pipelines/growth/', 'https://data.example.com/pipelines/profit/'],
      webcal: 'webcal://data.example.com/oncall/on-call.ics',
    });
  }, 120_000);

  it('lets RUNBOOKS_SITE_URL override url from site.yaml', async () => {
    expect(await builtAddresses('site-url-env', { RUNBOOKS_SITE_URL: 'https://env.example.com' })).toEqual({
      api: ['https://env.example.com/pipelines/growth/', 'https://env.example.com/pipelines/profit/'],
      webcal: 'webcal://env.example.com/oncall/on-call.ics',
    });
  }, 120_000);
});
