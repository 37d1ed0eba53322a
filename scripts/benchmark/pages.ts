import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface PageStats {
  pages: number;
  largest: { path: string; bytes: number };
  totalBytes: number;
}

/** Counts the HTML pages under `dir` and finds the heaviest one. */
export function pageStats(dir: string): PageStats {
  const stats: PageStats = { pages: 0, largest: { path: '', bytes: 0 }, totalBytes: 0 };
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const bytes = statSync(path).size;
        stats.pages++;
        stats.totalBytes += bytes;
        if (bytes > stats.largest.bytes) stats.largest = { path: relative(dir, path), bytes };
      }
    }
  };
  walk(dir);
  return stats;
}
