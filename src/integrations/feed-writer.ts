import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path/posix';
import { feedFiles } from '../site/feed-files.ts';
import type { PageData } from '../site/page-data.ts';

/**
 * Writes every calendar feed into the build's output, where the feed routes would have put them
 * (`people/<id>.ics`, `oncall/<rotation>.ics`). The texts are made at once; the writes go on while
 * Astro renders the pages.
 */
export async function writeFeeds(data: PageData, outDir: URL): Promise<number> {
  const files = feedFiles(data);
  for (const dir of new Set(files.map((f) => dirname(f.path)))) await mkdir(new URL(`${dir}/`, outDir), { recursive: true });
  await Promise.all(files.map((f) => writeFile(new URL(f.path, outDir), f.text)));
  return files.length;
}
