import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { CSP } from '../site/csp.ts';
import { providePageContext } from '../site/page-context.ts';
import type { PageData } from '../site/page-data.ts';
import { normalizeBase } from '../site/paths.ts';
import { describeProblems, preparePages } from '../site/prepare.ts';
import { searchRecords } from '../site/search-records.ts';
import { background, type Background } from './background.ts';
import { printCalendarWarnings } from './calendar-warnings.ts';
import { writeFeeds } from './feed-writer.ts';
import { renderHere, startMarkdownRenders, type MarkdownRenders } from './markdown-renders.ts';
import { noDependencyOptimizer } from './no-dependency-optimizer.ts';
import { pageContextPlugin } from './page-context-plugin.ts';
import { recordBuildBase } from './preview-base.ts';
import { startIndex, type SearchIndex } from './search-index.ts';

export interface BuildOptions {
  /**
   * The bundled Markdown worker (runbooks-loader.mjs passes it). Without one, pages render their
   * Markdown themselves, as the dev server always does.
   */
  readonly markdownWorker?: URL;
}

/**
 * `npm run build`: validates the data before Astro starts rendering, so invalid data fails the build
 * with the validator's own `PATH:LINE:COL: error: MESSAGE` lines instead of a stack trace from a page.
 * It then renders the pipelines' Markdown in a worker thread while Vite bundles, writes the search
 * index from the same data, and writes the calendar feeds while the pages render: background work
 * (background.ts) that the end of the build waits for.
 */
export function runbooksBuild(options: BuildOptions = {}): AstroIntegration {
  let build: Build | undefined;
  return {
    name: 'pipeline-runbooks:build',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const data = prepareOrExit();
        build = new Build(data, options, config.base);
        updateConfig({ vite: { plugins: [pageContextPlugin(config.root), noDependencyOptimizer()] } });
        // site.yaml's url makes the feed links and /api/pipelines.json absolute; `--site` and
        // $RUNBOOKS_SITE_URL (astro.config.mjs) set config.site first and win.
        const siteUrl = data.model.site.url;
        if (!config.site && siteUrl) updateConfig({ site: siteUrl });
      },
      'astro:config:done': ({ config }) => build?.configured(config),
      // The search index is made from the data, not the pages, so it can start now.
      'astro:build:start': () => build?.startIndex(),
      'astro:build:setup': ({ target, updateConfig }) => {
        if (target !== 'server') return;
        // The server bundle only renders the pages of this build and is never shipped: tree-shaking it
        // saved nothing (the same dist) and cost part of every build's bundling.
        updateConfig({ build: { rollupOptions: { treeshake: false } } });
        // By now Astro has emptied the output directory: the index may be written as soon as it is ready.
        build?.writeIndex();
      },
      // The output directory is emptied and the pages are next: the feeds are written beside them.
      'astro:build:ssr': () => build?.writeFeeds(),
      'astro:build:done': async ({ dir, logger }) => build?.finish(dir, logger),
    },
  };
}

/** Loads the data, or ends the build with its problems. */
function prepareOrExit(): PageData {
  const load = preparePages();
  if (!load.ok) {
    process.stderr.write(describeProblems(load));
    process.stderr.write(`build stopped: fix the data in ${load.dataDir} (npm run validate checks it)\n`);
    process.exit(1);
  }
  printCalendarWarnings(load.data);
  return load.data;
}

/** One build: its data, prepared once, and the work it runs beside Astro's. */
class Build {
  private readonly work: Background = background();
  private readonly renders: MarkdownRenders | undefined;
  private config: Pick<AstroConfig, 'root' | 'outDir' | 'base'> | undefined;
  private search: SearchIndex | undefined;

  constructor(
    private readonly data: PageData,
    options: BuildOptions,
    base: string,
  ) {
    // Started now, so that the Markdown renders on the second core while Astro collects and bundles.
    if (options.markdownWorker) this.renders = startMarkdownRenders(options.markdownWorker, data.model.pipelines, base, this.work);
    const renders = this.renders;
    providePageContext({ base: normalizeBase(base), csp: CSP, pages: { ok: true, data }, markdown: (p) => renders?.lookup(p.id) ?? renderHere(p) });
  }

  configured(config: AstroConfig): void {
    this.config = config;
  }

  startIndex(): void {
    // Markdown fields are searched by the words of their renders, once the worker has them all.
    const records = this.renders ? this.renders.words().then((words) => searchRecords(this.data, words)) : searchRecords(this.data);
    this.search = startIndex(records, this.work);
  }

  writeIndex(): void {
    if (this.config) this.search?.writeTo(this.config.outDir);
  }

  writeFeeds(): void {
    const outDir = this.config?.outDir;
    if (outDir) void this.work.run('writing the calendar feeds', () => writeFeeds(this.data, outDir));
  }

  /** Waits for the background work, reports its first failure, and stops the worker and Pagefind either way. */
  async finish(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
    if (this.config) recordBuildBase(this.config.root, dir, this.config.base);
    this.search?.writeTo(dir);
    await this.work.settle();
    if (this.search) logger.info(`search: indexed ${this.search.count} pages`);
  }
}
