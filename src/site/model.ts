import { loadData } from '../core/load/load.ts';
import { parallelChecker } from '../core/load/parallel.ts';
import type { Model } from '../core/model.ts';
import type { Problem } from '../core/problem.ts';
import { resolveNow, sourceDateEpoch } from '../core/now.ts';
import { formatProblems } from '../cli/format-problems.ts';
import { DEFAULT_DTSTAMP } from '../feeds/ics.ts';
import { buildIndex, type SiteIndex } from './indexes.ts';
import { buildOncall, type SiteOncall } from './oncall.ts';

/** Everything the pages render, loaded and computed once per build. */
export interface SiteData {
  readonly model: Model;
  /** The build's "now": SOURCE_DATE_EPOCH or the clock, read once. */
  readonly now: Date;
  /** The data directory as given (RUNBOOKS_DATA or data/), for messages and edit links. */
  readonly dataDir: string;
  readonly index: SiteIndex;
  /** The computed calendar of every rotation, pastWeeks back to futureWeeks ahead. */
  readonly oncall: SiteOncall;
  /** DTSTAMP of the calendar feeds: SOURCE_DATE_EPOCH, else a fixed value (as the oncall CLI). */
  readonly stamp: Date;
}

export type SiteLoad =
  | { readonly ok: true; readonly data: SiteData }
  | { readonly ok: false; readonly dataDir: string; readonly problems: readonly Problem[]; readonly fileCount: number };

/** The data directory: $RUNBOOKS_DATA, then data/ (as the CLI does). */
export const siteDataDir = (env: NodeJS.ProcessEnv = process.env) => env.RUNBOOKS_DATA || 'data';

// Astro loads the integration (via the config) and the pages (via the SSR bundle) as separate
// module instances in one process; a global is the one place both see, so the data loads once.
const KEY = Symbol.for('pipeline-runbooks.site-load');
type Memo = { dataDir: string; load: SiteLoad };
const store = globalThis as typeof globalThis & { [KEY]?: Memo };

export function loadSite(env: NodeJS.ProcessEnv = process.env): SiteLoad {
  const dataDir = siteDataDir(env);
  const memo = store[KEY];
  if (memo && memo.dataDir === dataDir) return memo.load;
  const now = resolveNow(env);
  const stamp = sourceDateEpoch(env) ?? DEFAULT_DTSTAMP;
  // Loaded without the calendar rules: the site shows calendar problems (flagged on the home page
  // and the calendar) rather than refusing to publish the runbooks; the integration prints them.
  // Thousands of files are checked on every core, with the worker bundle `npm run prepare` builds for
  // the CLIs; without it (or below a few hundred files) they are checked in turn, with the same result.
  const result = loadData(dataDir, { checkFiles: parallelChecker(new URL('../../.build/cli/load-worker.js', import.meta.url)) });
  const model = result.model;
  const load: SiteLoad = model
    ? { ok: true, data: { model, now, stamp, dataDir, index: buildIndex(model), oncall: buildOncall(model, now) } }
    : { ok: false, dataDir, problems: result.problems, fileCount: result.fileCount };
  store[KEY] = { dataDir, load };
  return load;
}

/** The problems as the validator prints them: `PATH:LINE:COL: error: MESSAGE` and a summary. */
export const describeProblems = (load: Extract<SiteLoad, { ok: false }>) =>
  formatProblems(load.problems, load.dataDir, 'text', load.fileCount);

/** For pages: the loaded data. The integration has already stopped the build if it is invalid. */
export function siteData(): SiteData {
  const load = loadSite();
  if (!load.ok) throw new Error(`the data in ${load.dataDir} is invalid:\n${describeProblems(load)}`);
  return load.data;
}
