import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files.ts';

/**
 * Every `href` and `src` in the built pages that points into the site (a path from the root, or
 * relative) and does not lead to a file in `outDir`, as "page: link". `base` is the path the site is
 * served under ("/" or "/runbooks/"): a link outside it is broken too.
 */
export function brokenLinks(outDir: string, base = '/'): string[] {
  const broken: string[] = [];
  const pages = listFiles(outDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  for (const page of pages) {
    const html = readFileSync(join(outDir, page), 'utf8');
    const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site.test');
    for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const link = raw!.replaceAll('&amp;', '&');
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//') || link.startsWith('#')) continue;
      const url = new URL(link, pageUrl);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page}: ${link} (outside ${base})`);
        continue;
      }
      const path = join(outDir, decodeURIComponent(url.pathname.slice(base.length)));
      const file = url.pathname.endsWith('/') ? join(path, 'index.html') : existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
      if (!existsSync(file)) broken.push(`${page}: ${link}`);
    }
  }
  return broken;
}
