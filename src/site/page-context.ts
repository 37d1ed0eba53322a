import type { Model } from '../core/model.ts';
import type { Problem } from '../core/problem.ts';
import type { SiteIndex } from './indexes.ts';
import type { MarkdownFields, PipelineMarkdown } from './markdown/pipeline-texts.ts';
import type { SiteOncall } from './schedules.ts';

/** Everything the pages render, loaded and computed once per build (see prepare.ts). */
export interface PageData {
  readonly model: Model;
  /** The build's "now": SOURCE_DATE_EPOCH or the clock, read once. */
  readonly now: Date;
  /** `YYYY-MM-DD`: the day of `now` in the company calendar's zone, where review dates are reckoned. Computed once: Intl per page was measurably slow at 10,000 pipelines. */
  readonly today: string;
  /** The data directory as given (RUNBOOKS_DATA or data/), for messages and edit links. */
  readonly dataDir: string;
  readonly index: SiteIndex;
  /** The computed calendar of every rotation, pastWeeks back to futureWeeks ahead. */
  readonly oncall: SiteOncall;
  /** DTSTAMP and LAST-MODIFIED of the calendar feeds: SOURCE_DATE_EPOCH, else the data's last commit, else a fixed value (see feedStamp). */
  readonly stamp: Date;
}

/** The data as prepare.ts loaded it: what the pages render, or the problems that stop them. */
export type PreparedPages =
  | { readonly ok: true; readonly data: PageData }
  | { readonly ok: false; readonly dataDir: string; readonly problems: readonly Problem[]; readonly fileCount: number };

/**
 * What the pages render from, handed over by the integration: the one typed channel between them
 * (as Starlight's virtual-user-config is, but live data rather than JSON: the model has Maps and
 * functions, and 10,000 pipelines are too many to serialise into a module on every build).
 *
 * Astro loads the integration (through astro.config.mjs, as a bundle: runbooks-loader.mjs) and the
 * pages (through Vite) as separate copies of the modules in one process; the integration reaches the
 * pages' copy of this module through Vite itself:
 * - in a build, its Vite plugin (integrations/page-context-plugin.ts) resolves the pages' import of
 *   this module to the file the integration loaded, so both hold the same instance;
 * - in `npm run dev`, it loads the pages' copy with the dev server's ssrLoadModule and provides the
 *   data there, before each request (integrations/live-preview.ts).
 * Nothing is kept on a global. Only types are imported here, so the pages' copy pulls no loader, zod
 * or js-yaml into their bundle, and page scripts in the browser (which import paths.ts) get a few bytes.
 */
export interface PageContext {
  /** The path the site is served under, with one trailing slash: "/" or "/runbooks/". */
  readonly base: string;
  /** The Content-Security-Policy the pages carry (site/csp.ts: the dev server's allows its inline styles). */
  readonly csp: string;
  /** The data as the integration last loaded it: the pages' data, or the problems that stop them. */
  readonly pages?: PreparedPages;
  /**
   * Renders a pipeline's Markdown for its page: in a build, the worker's render made ahead; in the dev
   * server, one made on demand. Pages never import the renderer themselves, so that Astro does not
   * bundle it (and Shiki) into every build for a fallback a build never takes.
   */
  readonly markdown?: (p: MarkdownFields) => Promise<PipelineMarkdown>;
}

let current: PageContext | undefined;

/** For the integration: what the pages render from, from now on (the dev server provides it again after each edit). */
export function providePageContext(context: PageContext): void {
  current = context;
}

/** What the integration provided, if it did (undefined in a browser, or in a test that provided none). */
export const pageContext = (): PageContext | undefined => current;

/** For pages: the data that the pipeline-runbooks integration loaded and validated (see page-context.ts). */
export function pageData(): PageData {
  const pages = pageContext()?.pages;
  if (!pages) throw new Error('the runbook data is not loaded: the pipeline-runbooks integration (astro.config.mjs) loads it before pages render');
  // The dev server serves its problems page instead (live-preview.ts); never render old data.
  if (!pages.ok) throw new Error(`the runbook data in ${pages.dataDir} has ${pages.problems.length} problem(s): npm run validate lists them`);
  return pages.data;
}

/** For pages: a pipeline's Markdown, as the integration renders it (see PageContext.markdown). */
export function pipelineMarkdown(p: MarkdownFields): Promise<PipelineMarkdown> {
  const render = pageContext()?.markdown;
  if (!render) throw new Error('the Markdown renderer is not provided: the pipeline-runbooks integration (astro.config.mjs) provides it before pages render');
  return render(p);
}

/**
 * This module's own file: the one the integration loaded, which its Vite plugin hands to the pages.
 * In the integration's bundle, the bundle's file.
 */
export const PAGE_CONTEXT_MODULE = import.meta.url;
