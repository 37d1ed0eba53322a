import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describeProblems, preparePages } from '../site/prepare.ts';
import { setSiteBase } from '../site/paths.ts';
import { searchRecords } from '../site/search-records.ts';
import { printCalendarWarnings } from './calendar-warnings.ts';
import { builtBase, recordBuildBase } from './preview-base.ts';
import { followData, reloadData } from './live-preview.ts';
import { reloadCheckScript } from './reload-check.ts';
import { startIndex, type SearchIndex } from './search-index.ts';
import { writeFeeds } from './feed-writer.ts';
import { feedsWrittenByIntegration } from '../site/feed-files.ts';
import { startMarkdownRenders, type MarkdownRenders } from './markdown-renders.ts';
import { storeMarkdownRenders } from '../site/markdown/pipeline-texts.ts';

export interface RunbooksOptions {
  /**
   * The bundled Markdown worker (runbooks-loader.mjs passes it). Without one, pages render their
   * Markdown themselves, as the dev server always does.
   */
  readonly markdownWorker?: URL;
}

/**
 * Validates the data before Astro starts rendering, so invalid data fails the build with the
 * validator's own `PATH:LINE:COL: error: MESSAGE` lines instead of a stack trace from a page. In a
 * build it then renders the pipelines' Markdown in a worker thread while Vite bundles, writes the
 * calendar feeds while the pages render, and writes the search index from the same data. The dev
 * server follows the data instead (live-preview.ts).
 */
export default function runbooks(options: RunbooksOptions = {}): AstroIntegration {
  let search: SearchIndex | undefined;
  let renders: MarkdownRenders | undefined;
  let feeds: Promise<number> | undefined;
  let outDir: URL | undefined;
  let base = '/';
  let root: URL | undefined;
  return {
    name: 'pipeline-runbooks',
    hooks: {
      'astro:config:setup': ({ command, config, injectScript, updateConfig, logger }) => {
        if (command === 'preview') {
          // Only when no --base was given: an explicit one wins.
          const base = config.base === '/' ? builtBase(config.root, config.outDir, config.base) : undefined;
          if (base) {
            logger.info(`serving ${fileURLToPath(config.outDir)} under ${base}, the base it was built with`);
            updateConfig({ base });
          }
          return;
        }
        if (command !== 'build' && command !== 'dev') return;
        setSiteBase(config.base);
        // The dev server starts with invalid data too, and shows its problems on every page.
        if (command === 'dev') {
          injectScript('page', reloadCheckScript(`${config.base.replace(/\/+$/, '')}/`));
          return void reloadData();
        }
        const load = preparePages();
        if (!load.ok) {
          process.stderr.write(describeProblems(load));
          process.stderr.write(`build stopped: fix the data in ${load.dataDir} (npm run validate checks it)\n`);
          process.exit(1);
        }
        printCalendarWarnings(load.data);
        // site.yaml's url makes the feed links and /api/pipelines.json absolute; `--site` and
        // $RUNBOOKS_SITE_URL (astro.config.mjs) set config.site first and win.
        const siteUrl = load.data.model.site.url;
        if (!config.site && siteUrl) updateConfig({ site: siteUrl });
        feedsWrittenByIntegration();
        // Started now, so that the Markdown renders on the second core while Astro collects and bundles.
        if (options.markdownWorker) renders = startMarkdownRenders(options.markdownWorker, load.data.model.pipelines, config.base);
        storeMarkdownRenders(renders?.lookup);
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        root = config.root;
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        followData(server, `${base.replace(/\/+$/, '')}/`);
      },
      'astro:build:start': () => {
        // The search index is made from the data, not the pages, so it can start now.
        const load = preparePages();
        if (!load.ok) return;
        // Markdown fields are searched by the words of their renders, once the worker has them all.
        search = startIndex(renders ? renders.words().then((words) => searchRecords(load.data, words)) : searchRecords(load.data));
      },
      'astro:build:ssr': () => {
        // The output directory is emptied and the pages are next: the feeds are written beside them.
        const load = preparePages();
        if (load.ok && outDir) {
          feeds = writeFeeds(load.data, outDir);
          // Awaited in astro:build:done; until then a failure is not an unhandled rejection.
          feeds.catch(() => {});
        }
      },
      'astro:build:setup': ({ target, updateConfig }) => {
        // The server bundle only renders the pages of this build and is never shipped: tree-shaking it
        // saved nothing (the same dist) and cost about 0.1 s of every build's bundling.
        if (target === 'server') updateConfig({ build: { rollupOptions: { treeshake: false } } });
        // By now Astro has emptied the output directory: the index may be written as soon as it is ready.
        if (target === 'server' && outDir) search?.writeTo(outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (root) recordBuildBase(root, dir, base);
        try {
          try {
            await feeds;
          } finally {
            // Stops Pagefind's process even when a feed could not be written.
            await search?.finish(dir, logger);
          }
        } finally {
          await renders?.close();
        }
      },
    },
  };
}
