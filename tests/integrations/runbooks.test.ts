import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import runbooks from '../../src/integrations/runbooks.ts';
import { bundleIntegration } from '../../src/integrations/runbooks-loader.mjs';
import { feedRoutesSkipped } from '../../src/site/feed-files.ts';
import { renderPipelineMarkdown } from '../../src/site/markdown/pipeline-markdown.ts';
import { storedMarkdownRender, storeMarkdownRenders } from '../../src/site/markdown/pipeline-texts.ts';
import { pageData } from '../../src/site/page-data.ts';

type Hooks = ReturnType<typeof runbooks>['hooks'];
const logger = { info() {}, warn() {}, error() {}, debug() {}, fork: () => logger, label: 'test', options: {} } as never;

describe('the runbooks integration in a build', () => {
  const saved = { RUNBOOKS_DATA: process.env.RUNBOOKS_DATA, SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH };
  let hooks: Hooks;
  let out: string;
  beforeAll(async () => {
    process.env.RUNBOOKS_DATA = 'tests/fixtures/team';
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2026, 5, 1) / 1000);
    out = mkdtempSync(join(tmpdir(), 'runbooks-hooks-'));
    const { markdownWorker } = await bundleIntegration();
    hooks = runbooks({ markdownWorker }).hooks;
    const config = { base: '/', root: pathToFileURL(`${process.cwd()}/`), outDir: pathToFileURL(`${out}/`) };
    await hooks['astro:config:setup']!({ command: 'build', config, injectScript() {}, updateConfig() {}, logger } as never);
  });
  afterAll(async () => {
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger, pages: [] } as never);
    storeMarkdownRenders(undefined);
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('pipeline-runbooks.feeds-written-by-integration')];
    Object.assign(process.env, saved);
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    rmSync(out, { recursive: true, force: true });
    rmSync(join('.build', 'site', String(process.pid)), { recursive: true, force: true });
  });

  it("returns the pages' Markdown from the worker, rendered as the page would render it", async () => {
    for (const p of pageData().model.pipelines) {
      const stored = storedMarkdownRender(p.id);
      expect(stored).toBeDefined();
      expect(await stored).toEqual(await renderPipelineMarkdown(p));
    }
  });

  it('returns no feed pages from the routes, which the integration writes itself', () => {
    expect(feedRoutesSkipped()).toBe(true);
  });
});
