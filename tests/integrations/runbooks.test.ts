import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runbooksBuild } from '../../src/integrations/build.ts';
import runbooks from '../../src/integrations/runbooks.ts';
import { bundleIntegration } from '../../src/integrations/runbooks-loader.mjs';
import { CSP } from '../../src/site/csp.ts';
import { PIPELINE_MARKDOWN } from '../../src/core/schemas/markdown-fields.ts';
import { renderPipelineMarkdown } from '../../src/site/markdown/pipeline-markdown.ts';
import { pageContext } from '../../src/site/page-context.ts';
import { pageData } from '../../src/site/page-data.ts';

type Hooks = AstroIntegration['hooks'];
const logger = { info() {}, warn() {}, error() {}, debug() {}, fork: () => logger, label: 'test', options: {} } as never;
const saved = { RUNBOOKS_DATA: process.env.RUNBOOKS_DATA, SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH };
const restore = () => {
  Object.assign(process.env, saved);
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
};

/** Runs astro:config:setup of every integration for `command`; returns the routes and scripts they injected. */
function setup(command: 'dev' | 'build' | 'preview', config: object) {
  const routes: string[] = [];
  const scripts: string[] = [];
  const plugins: string[] = [];
  for (const integration of runbooks()) {
    void integration.hooks['astro:config:setup']?.({
      command,
      config,
      injectRoute: (route: { pattern: string }) => routes.push(route.pattern),
      injectScript: (stage: string) => scripts.push(stage),
      updateConfig: (update: { vite?: { plugins?: { name: string }[] } }) => plugins.push(...(update.vite?.plugins ?? []).map((p) => p.name)),
      logger,
    } as never);
  }
  return { routes, scripts, plugins };
}

describe('the runbooks integration in a build', () => {
  let hooks: Hooks;
  let out: string;
  beforeAll(async () => {
    process.env.RUNBOOKS_DATA = 'tests/fixtures/team';
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2026, 5, 1) / 1000);
    out = mkdtempSync(join(tmpdir(), 'runbooks-hooks-'));
    const { markdownWorker } = await bundleIntegration();
    hooks = runbooksBuild({ markdownWorker }).hooks;
    const config = { base: '/runbooks', root: pathToFileURL(`${process.cwd()}/`), outDir: pathToFileURL(`${out}/`) };
    await hooks['astro:config:setup']!({ command: 'build', config, injectScript() {}, injectRoute() {}, updateConfig() {}, logger } as never);
    await hooks['astro:config:done']!({ config } as never);
  });
  afterAll(async () => {
    restore();
    rmSync(out, { recursive: true, force: true });
    rmSync(join('.build', 'site', String(process.pid)), { recursive: true, force: true });
  });

  it("returns the pages' Markdown from the worker, rendered as the page would render it", async () => {
    const { markdown } = pageContext()!;
    expect(markdown).toBeDefined();
    for (const p of pageData().model.pipelines) expect(await markdown!(p)).toEqual(await renderPipelineMarkdown(p, PIPELINE_MARKDOWN));
  });

  it("provides the pages the base with its slash and the published policy", () => {
    expect(pageContext()).toMatchObject({ base: '/runbooks/', csp: CSP });
  });

  it('writes every calendar feed and the search index by the end of the build', async () => {
    await hooks['astro:build:start']!({ logger } as never);
    await hooks['astro:build:ssr']!({ logger } as never);
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger, pages: [] } as never);
    const { model } = pageData();
    expect(readdirSync(join(out, 'oncall')).sort()).toEqual(model.rotations.map((r) => `${r.id}.ics`).sort());
    expect(readdirSync(join(out, 'people')).sort()).toEqual(model.people.map((p) => `${p.id}.ics`).sort());
    expect(readdirSync(join(out, 'pagefind'))).toContain('pagefind.js');
  });
});

describe('the runbooks integrations under each command', () => {
  beforeAll(() => {
    process.env.RUNBOOKS_DATA = 'tests/fixtures/team';
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2026, 5, 1) / 1000);
  });
  afterAll(restore);
  const config = { base: '/', root: pathToFileURL(`${process.cwd()}/`), outDir: pathToFileURL(`${tmpdir()}/runbooks-none/`) };

  it('returns the feed routes and the problems page in dev only, with the reload check', () => {
    expect(setup('dev', config)).toEqual({ routes: ['/oncall/[rotation].ics', '/people/[id].ics', '/__runbooks/problems'], scripts: ['page'], plugins: [] });
  });

  it('returns no route and no script in a build, which writes the feeds itself', () => {
    expect(setup('build', config)).toEqual({ routes: [], scripts: [], plugins: ['pipeline-runbooks:page-context', 'pipeline-runbooks:no-dependency-optimizer'] });
  });

  it('returns nothing for the preview, which serves files', () => {
    expect(setup('preview', config)).toEqual({ routes: [], scripts: [], plugins: [] });
  });
});
