import type { AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../site/search-records.ts';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

export interface SearchIndex {
  /** Writes the index into `outDir/pagefind/` as soon as it is complete (call once Astro has emptied outDir). */
  writeTo(outDir: URL): void;
  /** Waits for the index to be written (writing it now if writeTo was never called) and stops Pagefind. */
  finish(outDir: URL, logger: AstroIntegrationLogger): Promise<void>;
}

/**
 * Builds the Pagefind index with its Node API. Pagefind runs as its own process: started
 * while Astro renders (as soon as the records are ready), it indexes and writes on the second core.
 */
export function startIndex(pending: readonly SearchRecord[] | Promise<readonly SearchRecord[]>): SearchIndex {
  let count = 0;
  const indexed = (async (): Promise<Index> => {
    const records = await pending;
    count = records.length;
    // Bundling fragments keeps a 10,000-page index to a few hundred files instead of one per page.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: 256 });
    if (!index) throw new Error(errors.join('; '));
    // Sent all at once rather than awaited one by one: each await waited for a turn of the build's
    // busy event loop (10,000 pipelines: 4.1 s -> 2.7 s standalone). The messages still go out in
    // this fixed order, and Pagefind indexes them in the order it reads them, so the files are the same
    // on every build (at 10,000: identical output sent either way; a reversed order differs).
    const added = await Promise.all(
      records.map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: 'en', meta: { title: r.title, kind: r.kind } })),
    );
    const failed = added.flatMap((a) => a.errors);
    if (failed.length) throw new Error(failed.join('; '));
    return index;
  })();
  // Reported by finish() (through writeTo); until then a failure (the Markdown worker's, say) must not
  // end the build as an unhandled rejection with a stack trace.
  indexed.catch(() => {});
  let written: Promise<void> | undefined;
  const writeTo = (outDir: URL) => {
    written ??= indexed.then(async (index) => {
      const result = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', outDir)) });
      if (result.errors.length) throw new Error(result.errors.join('; '));
    });
    // Awaited in finish(); this only keeps an early failure from being reported as unhandled.
    written.catch(() => {});
  };
  return {
    writeTo,
    async finish(outDir, logger) {
      try {
        writeTo(outDir);
        await written;
        logger.info(`search: indexed ${count} pages`);
      } finally {
        await pagefind.close();
      }
    },
  };
}
