import type { AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built HTML with Pagefind's Node API. Only elements marked data-pagefind-body
 * (runbooks, people, teams) are indexed, so listing pages do not drown the results.
 */
export async function indexSite(outDir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const path = fileURLToPath(outDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: `${path}/pagefind` });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    logger.info(`search: indexed ${added.page_count} pages`);
  } finally {
    await pagefind.close();
  }
}
