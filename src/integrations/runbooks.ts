import type { AstroIntegration } from 'astro';
import { calendarProblems } from '../core/rules/calendar.ts';
import { problemLine } from '../core/format-problems.ts';
import { describeProblems, preparePages } from '../site/prepare.ts';
import { setSiteBase } from '../site/paths.ts';
import { searchRecords } from '../site/search-records.ts';
import { startIndex, type SearchIndex } from './search-index.ts';

/**
 * Validates the data before Astro starts rendering, so invalid data fails the build with the
 * validator's own `PATH:LINE:COL: error: MESSAGE` lines instead of a stack trace from a page,
 * and writes the search index of the pages from the same data.
 */
export default function runbooks(): AstroIntegration {
  let search: SearchIndex | undefined;
  let outDir: URL | undefined;
  return {
    name: 'pipeline-runbooks',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        setSiteBase(config.base);
        const load = preparePages();
        if (!load.ok) {
          process.stderr.write(describeProblems(load));
          process.stderr.write(`build stopped: fix the data in ${load.dataDir} (npm run validate checks it)\n`);
          process.exit(1);
        }
        // On-call problems do not stop the site (it flags them on the home page and the calendar),
        // but the build log names them the way the validator does.
        const { model, now, dataDir } = load.data;
        for (const p of calendarProblems(model, now)) {
          process.stderr.write(`${problemLine(p, dataDir, 'warning')}\n`);
        }
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        // The search index is made from the data, not the pages, so it can start now.
        const load = preparePages();
        if (load.ok) search = startIndex(searchRecords(load.data));
      },
      'astro:build:setup': ({ target }) => {
        // By now Astro has emptied the output directory: the index may be written as soon as it is ready.
        if (target === 'server' && outDir) search?.writeTo(outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await search?.finish(dir, logger);
      },
    },
  };
}
