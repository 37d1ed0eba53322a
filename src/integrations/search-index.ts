import type { AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../site/search-records.ts';

/**
 * Writes the Pagefind index into the built site with Pagefind's Node API. Records are added one
 * at a time, in a fixed order, so that the index files are the same on every build.
 */
export async function indexSite(outDir: URL, records: readonly SearchRecord[], logger: AstroIntegrationLogger): Promise<void> {
  // Bundling fragments keeps a 10,000-page index to a few hundred files instead of one per page.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: 256 });
  try {
    if (!index) throw new Error(errors.join('; '));
    for (const r of records) {
      const added = await index.addCustomRecord({ url: r.url, content: r.content, language: 'en', meta: { title: r.title, kind: r.kind } });
      if (added.errors.length) throw new Error(added.errors.join('; '));
    }
    const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', outDir)) });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    logger.info(`search: indexed ${records.length} pages`);
  } finally {
    await pagefind.close();
  }
}
