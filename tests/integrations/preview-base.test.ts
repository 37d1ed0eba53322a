import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../site/build-site.ts';
import { get, startNpmServer, type DevServer } from './dev-server.ts';

const FIXTURE = { RUNBOOKS_DATA: 'tests/fixtures/site', SOURCE_DATE_EPOCH: '1795348800' };

let preview: DevServer | undefined;
let dev: DevServer | undefined;
afterAll(async () => {
  await preview?.stop();
  await dev?.stop();
});

describe('npm run preview after a --base build', () => {
  it('returns the site under the base it was built with, without --base again', async () => {
    const build = await buildSite('preview-base', FIXTURE, ['--base', '/runbooks/']);
    expect(build.code, build.stderr).toBe(0);

    preview = await startNpmServer('preview', ['--outDir', build.outDir], {});
    expect(preview.output()).toContain('under /runbooks/, the base it was built with');

    const home = await get(`${preview.url}/runbooks/`);
    expect(home.status).toBe(200);
    expect(home.text).toContain('href="/runbooks/pipelines/aggregate-growth/"');
    expect((await get(`${preview.url}/runbooks/pipelines/aggregate-growth/`)).status).toBe(200);
    // Astro's preview answers a path outside the base with a page that links to it (it allows no redirect).
    const outside = await get(`${preview.url}/runbooks`);
    expect(outside.status).toBe(404);
    expect(outside.text).toContain('href="/runbooks/"');
  }, 180_000);
});

describe('npm run dev -- --base /runbooks/', () => {
  it('returns a redirect from /runbooks to /runbooks/, and the site there', async () => {
    dev = await startNpmServer('dev', ['--base', '/runbooks/'], FIXTURE);
    const response = await fetch(`${dev.url}/runbooks?q=growth`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/runbooks/?q=growth');
    const home = await get(`${dev.url}/runbooks/`);
    expect(home.status).toBe(200);
    expect(home.text).toContain('href="/runbooks/pipelines/aggregate-growth/"');
    // The dev server renders a runbook's Markdown through itself (pages never load the renderer), and its
    // site links take the base as the build's do.
    const runbook = await get(`${dev.url}/runbooks/pipelines/aggregate-growth/`);
    expect(runbook.status).toBe(200);
    expect(runbook.text).toContain('<a href="/runbooks/oncall/">the on-call calendar</a>');
    expect(runbook.text).toContain('<a href="/runbooks/people/alice/">Alice</a>');
  }, 120_000);
});
