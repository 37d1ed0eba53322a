import type { AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../site/search-records.ts';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * Builds the Pagefind index with its Node API. Records are added one at a time, in a fixed order,
 * so that the index files are the same on every build. Pagefind runs as its own process: started
 * while Astro renders, it indexes on the second core, and `write` only waits for it and writes.
 */
export function startIndex(records: readonly SearchRecord[]): { write: (outDir: URL, logger: AstroIntegrationLogger) => Promise<void> } {
  const indexed = (async (): Promise<Index> => {
    // Bundling fragments keeps a 10,000-page index to a few hundred files instead of one per page.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: 256 });
    if (!index) throw new Error(errors.join('; '));
    for (const r of records) {
      const added = await index.addCustomRecord({ url: r.url, content: r.content, language: 'en', meta: { title: r.title, kind: r.kind } });
      if (added.errors.length) throw new Error(added.errors.join('; '));
    }
    return index;
  })();
  // Awaited in write(); this only keeps an early failure from being reported as unhandled.
  indexed.catch(() => {});
  return {
    async write(outDir, logger) {
      try {
        const index = await indexed;
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', outDir)) });
        if (written.errors.length) throw new Error(written.errors.join('; '));
        logger.info(`search: indexed ${records.length} pages`);
      } finally {
        await pagefind.close();
      }
    },
  };
}
