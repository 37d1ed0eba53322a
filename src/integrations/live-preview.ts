import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { DEV_CSP } from '../site/csp.ts';
import type { PageContext } from '../site/page-context.ts';
import { describeProblems, preparePages, siteDataDir, type PreparedPages } from '../site/prepare.ts';
import type { MarkdownFields } from '../site/markdown/pipeline-texts.ts';
import { PIPELINE_MARKDOWN } from '../core/schemas/markdown-fields.ts';
import { redirectBareBase } from './base-redirect.ts';
import { printCalendarWarnings } from './calendar-warnings.ts';
import { REVISION_PATH, SERVER_TIMING_NAME } from './reload-check.ts';

/**
 * `npm run dev` follows the data: every added, changed, removed or renamed file under the data
 * directory reloads and revalidates it through the same core as `npm run validate`, prints the
 * result, and reloads the open pages. While the data is invalid, every page is the validator's
 * messages (dev-routes/problems.astro, in the site's layout) instead of the last valid site.
 */

/** The dev-only page that shows the problems, under the base (injected by dev.ts). */
export const PROBLEMS_ROUTE = '__runbooks/problems';

/** Editors save in bursts (a temporary file, a rename, a backup): one reload per burst. */
const SETTLE_MS = 40;
/** When to look again for a change the watcher dropped (see fingerprint). */
const RECHECK_MS = 250;

/** The data the preview shows, and how many times it was loaded (so that a page can tell whether it shows the latest: reload-check.ts). */
export interface PreviewData {
  /** What the pages render from: the data, with the dev server's policy (its styles are inline). */
  readonly context: PageContext & { readonly pages: PreparedPages };
  readonly revision: number;
}

/** Loads the data afresh and prints what the build would: problems, or calendar warnings. */
export function loadPreviewData(base: string, revision: number): PreviewData {
  const pages = preparePages(process.env);
  if (!pages.ok) {
    process.stderr.write(describeProblems(pages));
    process.stderr.write(`the dev server shows these problems on every page until they are fixed in ${pages.dataDir}\n`);
  } else printCalendarWarnings(pages.data);
  return { context: { base, csp: DEV_CSP, pages }, revision };
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

/**
 * Watches the data directory and serves the problems page while the data is invalid (astro:server:setup),
 * from `loaded` on. `contextModule` is site/page-context.ts: the pages' copy of it is the one Vite's
 * server loaded, so the data is provided there, through the server, before each request renders.
 */
export function followData(server: ViteDevServer, base: string, loaded: PreviewData, contextModule: string): void {
  let current = loaded;
  // Pipeline pages take their Markdown from the context (page-context.ts); here it renders through the
  // server too, so that its site links take the base from the pages' copy of the context.
  const renderer = join(dirname(contextModule), 'markdown', 'pipeline-markdown.ts');
  const markdown = async (p: MarkdownFields) => ((await server.ssrLoadModule(renderer)) as typeof import('../site/markdown/pipeline-markdown.ts')).renderPipelineMarkdown(p, PIPELINE_MARKDOWN);
  let provided: PageContext | undefined;
  const provide = async () => {
    const pages = (await server.ssrLoadModule(contextModule)) as typeof import('../site/page-context.ts');
    if (provided?.pages !== current.context.pages) provided = { ...current.context, markdown };
    if (pages.pageContext() !== provided) pages.providePageContext(provided);
  };
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
    current = loadPreviewData(base, current.revision + 1);
    const load = current.context.pages;
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

  server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    refresh();
    const url = req.url ?? '/';
    if (url.split('?', 1)[0] === `/${REVISION_PATH}`) {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end(String(current.revision));
      return;
    }
    const render = () => provide().then(() => next(), next);
    if (!isPage(url)) return render();
    // Astro's response keeps this header (Node merges setHeader into writeHead).
    res.setHeader('Server-Timing', `${SERVER_TIMING_NAME};desc="${current.revision}"`);
    const load = current.context.pages;
    if (load.ok) return render();
    if (/\.(ics|json)(\?|$)/.test(url)) {
      res.statusCode = 500;
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(describeProblems(load));
      return;
    }
    // Astro renders the problems page in the site's layout, whatever page was asked for.
    req.url = `${base}${PROBLEMS_ROUTE}`;
    return render();
  });
}
