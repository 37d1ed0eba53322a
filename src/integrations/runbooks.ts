import type { AstroIntegration } from 'astro';
import { calendarProblems } from '../core/calendar/check.ts';
import { displayPath } from '../cli/format-problems.ts';
import { describeProblems, loadSite } from '../site/load.ts';
import { searchRecords } from '../site/search-records.ts';
import { startIndex } from './search-index.ts';

/**
 * Validates the data before Astro starts rendering, so invalid data fails the build with the
 * validator's own `PATH:LINE:COL: error: MESSAGE` lines instead of a stack trace from a page,
 * and writes the search index of the pages from the same data.
 */
export default function runbooks(): AstroIntegration {
  let search: ReturnType<typeof startIndex> | undefined;
  return {
    name: 'pipeline-runbooks',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' && command !== 'dev') return;
        const load = loadSite();
        if (!load.ok) {
          process.stderr.write(describeProblems(load));
          process.stderr.write(`build stopped: fix the data in ${load.dataDir} (npm run validate checks it)\n`);
          process.exit(1);
        }
        // On-call problems do not stop the site (it flags them on the home page and the calendar),
        // but the build log names them the way the validator does.
        const { model, now, dataDir } = load.data;
        for (const p of calendarProblems(model, now)) {
          process.stderr.write(`${displayPath(dataDir, p.file)}:${p.line}:${p.column}: warning: ${p.message}\n`);
        }
      },
      'astro:build:start': () => {
        // The search index is made from the data, not the pages, so it can start now.
        const load = loadSite();
        if (load.ok) search = startIndex(searchRecords(load.data));
      },
      'astro:build:done': async ({ dir, logger }) => {
        await search?.write(dir, logger);
      },
    },
  };
}
