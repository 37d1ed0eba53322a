import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { calendarProblems } from '../core/calendar/check.ts';
import { displayPath } from '../cli/format-problems.ts';
import { describeProblems, loadSite, siteDataDir, type SiteLoad } from '../site/load.ts';
import { errorPage } from './error-page.ts';

/**
 * `npm run dev` follows the data: every added, changed, removed or renamed file under the data
 * directory reloads and revalidates it through the same core as `npm run validate`, prints the
 * result, and reloads the open pages. While the data is invalid, every page is the validator's
 * messages instead of the last valid site.
 */

/** Editors save in bursts (a temporary file, a rename, a backup): one reload per burst. */
const SETTLE_MS = 40;

let current: SiteLoad | undefined;

/** Loads the data afresh and prints what the build would: problems, or calendar warnings. */
export function reloadData(): SiteLoad {
  const load = loadSite(process.env, { fresh: true });
  if (!load.ok) {
    process.stderr.write(describeProblems(load));
    process.stderr.write(`the dev server shows these problems on every page until they are fixed in ${load.dataDir}\n`);
  } else {
    // As in the build: on-call problems are warnings, flagged on the home page and the calendar.
    const { model, now, dataDir } = load.data;
    for (const p of calendarProblems(model, now)) {
      process.stderr.write(`${displayPath(dataDir, p.file)}:${p.line}:${p.column}: warning: ${p.message}\n`);
    }
  }
  current = load;
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

/** Watches the data directory and serves the error page while the data is invalid (astro:server:setup). */
export function followData(server: ViteDevServer, base: string): void {
  const dir = resolve(siteDataDir());
  // data/ inside the project is watched already; $RUNBOOKS_DATA may be anywhere.
  server.watcher.add(dir);
  let stale = false;
  let timer: NodeJS.Timeout | undefined;

  const refresh = () => {
    clearTimeout(timer);
    if (!stale) return;
    stale = false;
    const load = reloadData();
    server.config.logger.info(load.ok ? `data reloaded from ${load.data.dataDir}` : `data has ${load.problems.length} problem(s)`, { timestamp: true });
    server.ws.send({ type: 'full-reload', path: '*' });
  };

  // Astro clears its getStaticPaths cache on every watcher event, so a new pipeline gets its page and a
  // removed one is a 404. A request arriving before the burst settles reloads first (below), so the
  // paths it caches again are those of the new data.
  server.watcher.on('all', (_event, path) => {
    if (!isInside(dir, path)) return;
    stale = true;
    clearTimeout(timer);
    timer = setTimeout(refresh, SETTLE_MS);
  });
  server.httpServer?.on('close', () => clearTimeout(timer));

  server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
    refresh();
    const load = current;
    if (!load || load.ok || !isPage(req.url ?? '/')) return next();
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
