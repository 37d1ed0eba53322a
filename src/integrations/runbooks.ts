import type { AstroIntegration } from 'astro';
import { calendarProblems } from '../core/calendar/check.ts';
import { displayPath } from '../cli/format-problems.ts';
import { describeProblems, loadSite } from '../site/load.ts';
import { searchRecords } from '../site/search-records.ts';
import { indexSite } from './search-index.ts';

/**
 * Validates the data before Astro starts rendering, so invalid data fails the build with the
 * validator's own `PATH:LINE:COL: error: MESSAGE` lines instead of a stack trace from a page;
 * then indexes the built pages for search.
 */
export default function runbooks(): AstroIntegration {
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
      'astro:build:done': async ({ dir, logger }) => {
        const load = loadSite();
        if (load.ok) await indexSite(dir, searchRecords(load.data), logger);
      },
    },
  };
}
