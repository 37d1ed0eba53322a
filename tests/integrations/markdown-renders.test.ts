import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownWords } from '../../src/core/markdown/plain.ts';
import { startMarkdownRenders } from '../../src/integrations/markdown-renders.ts';
import { bundleIntegration } from '../../src/integrations/runbooks-loader.mjs';
import { PIPELINE_MARKDOWN } from '../../src/core/schemas/markdown-fields.ts';
import { renderPipelineMarkdown, type MarkdownFields } from '../../src/site/markdown/pipeline-markdown.ts';
import { setSiteBase } from '../helpers/site-base.ts';


const pipelines: MarkdownFields[] = [
  {
    id: 'daily-growth',
    description: 'Loads **growth** numbers. See [the SLA page](/sla/) and <b>raw</b> HTML.',
    commonIssues: [
      { id: 'late', symptoms: 'The table is late.', checks: '```sql\nselect max(loaded_at) from growth;\n```', fix: '## Steps\n\n1. Rerun `daily_growth`.' },
      { id: 'empty', symptoms: undefined, checks: undefined, fix: 'Ask the [owners](/people/engineer-a/).' },
    ],
    runbook: { file: 'pipelines/daily-growth.md', markdown: '# Overview\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Steps\n\n- [ ] check' },
  },
  { id: 'no-markdown', commonIssues: [] },
  { id: 'only-description', description: 'Just `code` and www.example.com.', commonIssues: [] },
];

describe('startMarkdownRenders', () => {
  let dir: string;
  let worker: URL;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'markdown-renders-'));
    ({ markdownWorker: worker } = await bundleIntegration());
  });
  afterAll(() => {
    setSiteBase('/');
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns the HTML and words that rendering in process gives, under the site base', async () => {
    const renders = startMarkdownRenders(worker, pipelines, '/runbooks/');
    try {
      setSiteBase('/runbooks/');
      for (const p of pipelines) {
        const inWorker = await renders.lookup(p.id)!;
        expect(inWorker).toEqual(await renderPipelineMarkdown(p, PIPELINE_MARKDOWN));
      }
      const daily = await renders.lookup('daily-growth')!;
      expect(daily.texts.description?.html).toContain('href="/runbooks/sla/"');
      expect(daily.issues[0]?.checks?.html).toContain('<pre');
      expect(daily.issues[1]?.symptoms).toBeUndefined();
    } finally {
      await renders.close();
    }
  });

  it("returns each text's words as markdownWords does, for search", async () => {
    const renders = startMarkdownRenders(worker, pipelines, '/');
    const words = await renders.words();
    const texts = pipelines.flatMap((p) => [p.description, p.runbook?.markdown, ...p.commonIssues.flatMap((i) => [i.symptoms, i.checks, i.fix])]);
    for (const text of texts) if (typeof text === 'string') expect(words(text)).toBe(markdownWords(text));
    expect(words('Not **rendered** by the worker')).toBe('Not rendered by the worker');
    await renders.close();
  });

  it('returns undefined for a pipeline the worker was not given', async () => {
    const renders = startMarkdownRenders(worker, pipelines.slice(0, 1), '/');
    expect(renders.lookup('no-markdown')).toBeUndefined();
    await renders.close();
  });

  it("rejects a pipeline's render, and every one after it, with the worker's reason when a render fails", async () => {
    const failing = join(dir, 'failing-worker.mjs');
    writeFileSync(failing, "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ kind: 'failed', id: 'daily-growth', message: 'Shiki could not load sql' });\n");
    const renders = startMarkdownRenders(pathToFileURL(failing), pipelines, '/');
    await expect(renders.lookup('daily-growth')).rejects.toThrow('rendering the Markdown of pipelines/daily-growth: Shiki could not load sql');
    await expect(renders.lookup('only-description')).rejects.toThrow('pipelines/daily-growth');
    await expect(renders.words()).rejects.toThrow('Shiki could not load sql');
    await renders.close();
  });

  it('rejects every pending render and the words, with the reason, when the worker stops early', async () => {
    const broken = join(dir, 'broken-worker.mjs');
    writeFileSync(broken, 'process.exit(3);\n');
    const renders = startMarkdownRenders(pathToFileURL(broken), pipelines, '/');
    await expect(renders.lookup('daily-growth')).rejects.toThrow('the Markdown worker stopped (exit code 3) before it rendered every pipeline');
    await expect(renders.lookup('only-description')).rejects.toThrow('exit code 3');
    await expect(renders.words()).rejects.toThrow('exit code 3');
  });
});

// Vitest may end this process without an 'exit' event, so the bundles are removed here too.
afterAll(() => rmSync(join('.build', 'site', String(process.pid)), { recursive: true, force: true }));

describe('bundleIntegration', () => {
  it('removes the bundles of builds that no longer run, and keeps its own apart', async () => {
    // Process ids above Linux's default pid_max (4,194,304): no process has them.
    const stale = join('.build', 'site', '4999999');
    const older = join('.build', 'site', 'runbooks.4999998.mjs');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'runbooks.mjs'), '');
    writeFileSync(older, '');
    const { outdir } = await bundleIntegration();
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(older)).toBe(false);
    expect(outdir).toMatch(new RegExp(`\\.build/site/${process.pid}$`));
    expect(existsSync(join(outdir, 'runbooks.mjs'))).toBe(true);
    expect(existsSync(join(outdir, 'markdown-worker.mjs'))).toBe(true);
  });

  it("returns a Markdown worker that loads no zod, schema or YAML parser: it is given the schema's field lists", async () => {
    const { outdir } = await bundleIntegration();
    const loaded = new Map<string, string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      const text = readFileSync(join(outdir, file), 'utf8');
      loaded.set(file, text);
      for (const m of text.matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)) visit(m[1]!);
    };
    visit('markdown-worker.mjs');
    expect(loaded.size).toBeGreaterThan(1);
    const packages = [...loaded.values()].flatMap((text) => [...text.matchAll(/(?:from|import)\s*"([^"./][^"]*)"/g)].map((m) => m[1]!));
    expect(packages).toContain('@astrojs/markdown-remark');
    expect(packages.filter((name) => /^(zod|js-yaml)(\/|$)/.test(name))).toEqual([]);
  });
});
