import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { describeProblems, preparePages, siteDataDir, type PreparedPages } from '../site/prepare.ts';
import { redirectBareBase } from './base-redirect.ts';
import { printCalendarWarnings } from './calendar-warnings.ts';
import { errorPage } from './error-page.ts';
import { REVISION_PATH, SERVER_TIMING_NAME } from './reload-check.ts';

/**
 * `npm run dev` follows the data: every added, changed, removed or renamed file under the data
 * directory reloads and revalidates it through the same core as `npm run validate`, prints the
 * result, and reloads the open pages. While the data is invalid, every page is the validator's
 * messages instead of the last valid site.
 */

/** Editors save in bursts (a temporary file, a rename, a backup): one reload per burst. */
const SETTLE_MS = 40;
/** When to look again for a change the watcher dropped (see fingerprint). */
const RECHECK_MS = 250;

let current: PreparedPages | undefined;
/** Counts the reloads, so that a page can tell whether it shows the latest data (see reload-check.ts). */
let revision = 0;

/** Loads the data afresh and prints what the build would: problems, or calendar warnings. */
export function reloadData(): PreparedPages {
  const load = preparePages(process.env, { fresh: true });
  if (!load.ok) {
    process.stderr.write(describeProblems(load));
    process.stderr.write(`the dev server shows these problems on every page until they are fixed in ${load.dataDir}\n`);
  } else printCalendarWarnings(load.data);
  current = load;
  revision++;
  return load;
}

const isInside = (dir: string, path: string) => {
  const rest = relative(dir, resolve(path));
  return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest));
};

/**
 * Paths that are pages or feeds (no extension, .html, .ics, .json): these show the problems. Vite's
 * own modules (/@vite/client, /src/…, /node_modules/…) and public files still load, so the error page's
 * reload script works.
 */
const isPage = (url: string) => {
  const path = url.split(/[?#]/, 1)[0]!;
  if (/^\/(@|node_modules\/|src\/|\.astro\/|__)/.test(path)) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.') || /\.(html|ics|json)$/.test(last);
};

/**
 * Every file's path, size and modification time: what a reload has seen. Chokidar (Vite's watcher)
 * drops a second change to a file within 50 ms of the first (an editor's save followed by a
 * formatter's, say), so after each reload this is compared again once the burst is over.
 */
function fingerprint(dir: string): string {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        // parentPath from Node 20.12; `path` before it.
        const path = join(entry.parentPath ?? entry.path, entry.name);
        const stats = statSync(path, { throwIfNoEntry: false });
        return stats ? `${path}\0${stats.size}\0${stats.mtimeMs}` : path;
      })
      .sort()
      .join('\n');
  } catch {
    return '';
  }
}

/** Watches the data directory and serves the error page while the data is invalid (astro:server:setup). */
export function followData(server: ViteDevServer, base: string): void {
  const dir = resolve(siteDataDir());
  // data/ inside the project is watched already; $RUNBOOKS_DATA may be anywhere.
  server.watcher.add(dir);
  let seen = fingerprint(dir);
  let stale = false;
  let timer: NodeJS.Timeout | undefined;
  let recheck: NodeJS.Timeout | undefined;

  const refresh = () => {
    clearTimeout(timer);
    if (!stale) return;
    stale = false;
    seen = fingerprint(dir);
    const load = reloadData();
    server.config.logger.info(load.ok ? `data reloaded from ${load.data.dataDir}` : `data has ${load.problems.length} problem(s)`, { timestamp: true });
    // Astro keeps each page's getStaticPaths() result (and the pipeline in its props) until a watcher
    // event clears the cache. It clears it on the events it sees, but the watcher drops some (see
    // fingerprint), so tell it once more, after the new data is in place. Only Astro's and Vite's
    // 'change' listeners hear this: it does not go through 'all', so it does not come back here.
    server.watcher.emit('change', dir);
    server.ws.send({ type: 'full-reload', path: '*' });
    clearTimeout(recheck);
    recheck = setTimeout(() => {
      if (fingerprint(dir) === seen) return;
      stale = true;
      refresh();
    }, RECHECK_MS);
  };

  // Every event under the data directory reloads, once the burst settles; a request arriving before
  // then reloads first (below), so a page never renders from data older than the last event.
  server.watcher.on('all', (_event, path) => {
    if (!isInside(dir, path)) return;
    stale = true;
    clearTimeout(timer);
    timer = setTimeout(refresh, SETTLE_MS);
  });
  server.httpServer?.on('close', () => {
    clearTimeout(timer);
    clearTimeout(recheck);
  });

  redirectBareBase(server, base);

  server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    refresh();
    const url = req.url ?? '/';
    if (url.split('?', 1)[0] === `/${REVISION_PATH}`) {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end(String(revision));
      return;
    }
    if (!isPage(url)) return next();
    // Astro's response keeps this header (Node merges setHeader into writeHead).
    res.setHeader('Server-Timing', `${SERVER_TIMING_NAME};desc="${revision}"`);
    const load = current;
    if (!load || load.ok) return next();
    const text = describeProblems(load);
    res.statusCode = 500;
    res.setHeader('Cache-Control', 'no-store');
    if (/\.(ics|json)(\?|$)/.test(req.url ?? '')) {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(text);
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(errorPage(load, text, base));
  });
}
