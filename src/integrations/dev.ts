import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../site/paths.ts';
import { followData, loadPreviewData, PROBLEMS_ROUTE, type PreviewData } from './live-preview.ts';
import { reloadCheckScript } from './reload-check.ts';

/**
 * `npm run dev`: loads the data (the server starts with invalid data too, and shows its problems on
 * every page), hands it to the pages, and follows every edit (live-preview.ts). It adds what only
 * the preview has: the calendar feeds as routes (a build writes them itself), the problems page and
 * the reload check.
 */
export function runbooksDev(): AstroIntegration {
  let loaded: { base: string; data: PreviewData; contextModule: string } | undefined;
  return {
    name: 'pipeline-runbooks:dev',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, injectScript }) => {
        if (command !== 'dev') return;
        const base = normalizeBase(config.base);
        injectScript('page', reloadCheckScript(base));
        injectRoute({ pattern: '/oncall/[rotation].ics', entrypoint: 'src/integrations/dev-routes/rotation-feed.ts' });
        injectRoute({ pattern: '/people/[id].ics', entrypoint: 'src/integrations/dev-routes/person-feed.ts' });
        injectRoute({ pattern: `/${PROBLEMS_ROUTE}`, entrypoint: 'src/integrations/dev-routes/problems.astro' });
        // Loaded now, so that problems are printed as the server starts; provided to the pages once it runs.
        loaded = { base, data: loadPreviewData(base, 1), contextModule: fileURLToPath(new URL('src/site/page-context.ts', config.root)) };
      },
      'astro:server:setup': ({ server }) => {
        if (loaded) followData(server, loaded.base, loaded.data, loaded.contextModule);
      },
    },
  };
}
