import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../site/search-records.ts';
import type { Background } from './background.ts';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

export interface SearchIndex {
  /** Writes the index into `outDir/pagefind/` as soon as it is complete (call once Astro has emptied outDir; later calls do nothing). */
  writeTo(outDir: URL): void;
  /** How many pages it indexed, once `work` has settled. */
  readonly count: number;
}

/**
 * Builds the Pagefind index with its Node API. Pagefind runs as its own process: started
 * while Astro renders (as soon as the records are ready), it indexes and writes on the second core.
 * Indexing and writing are tasks of `work`, which reports their failure and stops Pagefind.
 */
export function startIndex(pending: readonly SearchRecord[] | Promise<readonly SearchRecord[]>, work: Background): SearchIndex {
  let count = 0;
  work.onClose(() => pagefind.close());
  const indexed = work.run('the search index', async (): Promise<Index> => {
    const records = await pending;
    // Bundling fragments keeps a 10,000-page index to a few hundred files instead of one per page.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: 256 });
    if (!index) throw new Error(errors.join('; '));
    // Sent all at once rather than awaited one by one: each await waited for a turn of the build's
    // busy event loop (see docs/performance.md). The messages still go out in this fixed order, and
    // Pagefind indexes them in the order it reads them, so the files are the same on every build.
    const added = await Promise.all(
      records.map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: 'en', meta: { title: r.title, kind: r.kind } })),
    );
    const failed = added.flatMap((a) => a.errors);
    if (failed.length) throw new Error(failed.join('; '));
    count = records.length;
    return index;
  });
  let writing = false;
  return {
    writeTo(outDir) {
      if (writing) return;
      writing = true;
      void work.run('writing the search index', async () => {
        const result = await (await indexed).writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', outDir)) });
        if (result.errors.length) throw new Error(result.errors.join('; '));
      });
    },
    get count() {
      return count;
    },
  };
}
