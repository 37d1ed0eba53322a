import { formatProblems } from '../core/format-problems.ts';
import { loadData } from '../core/load/load.ts';
import { parallelChecker } from '../core/load/parallel.ts';
import { resolveNow } from '../core/now.ts';
import type { Problem } from '../core/problem.ts';
import { feedStamp } from '../feeds/stamp.ts';
import { buildIndex } from './indexes.ts';
import { storedSiteData, storeSiteData, storeSiteFailure, type SiteData } from './model.ts';
import { buildOncall } from './oncall.ts';

export type SiteLoad =
  | { readonly ok: true; readonly data: SiteData }
  | { readonly ok: false; readonly dataDir: string; readonly problems: readonly Problem[]; readonly fileCount: number };

/** The data directory: $RUNBOOKS_DATA, then data/ (as the CLI does). */
export const siteDataDir = (env: NodeJS.ProcessEnv = process.env) => env.RUNBOOKS_DATA || 'data';

/**
 * Loads and validates the data directory once per process (again with `fresh`, as the dev server does
 * after each edit), computes what every page needs (indexes, the calendar) and stores it for the pages.
 * Invalid data is stored too, so that no page renders the last valid data as if nothing happened.
 */
export function loadSite(env: NodeJS.ProcessEnv = process.env, options: { readonly fresh?: boolean } = {}): SiteLoad {
  const dataDir = siteDataDir(env);
  const stored = options.fresh ? undefined : storedSiteData(dataDir);
  if (stored) return { ok: true, data: stored };
  const now = resolveNow(env);
  const stamp = feedStamp(dataDir, env);
  // Loaded without the calendar rules: the site shows calendar problems (flagged on the home page
  // and the calendar) rather than refusing to publish the runbooks; the integration prints them.
  // Thousands of files are checked on every core, with the worker bundle `npm run prepare` builds for
  // the CLIs; without it (or below a few hundred files) they are checked in turn, with the same result.
  const { model, problems, fileCount } = loadData(dataDir, { checkFiles: parallelChecker(new URL('../../.build/cli/load-worker.js', import.meta.url)) });
  if (!model) {
    const failed = { ok: false, dataDir, problems, fileCount } as const;
    storeSiteFailure(dataDir, describeProblems(failed));
    return failed;
  }
  const data: SiteData = { model, now, stamp, dataDir, index: buildIndex(model), oncall: buildOncall(model, now) };
  storeSiteData(data);
  return { ok: true, data };
}

/** The problems as the validator prints them: `PATH:LINE:COL: error: MESSAGE` and a summary. */
export const describeProblems = (load: Extract<SiteLoad, { ok: false }>) => formatProblems(load.problems, load.dataDir, 'text', load.fileCount);
