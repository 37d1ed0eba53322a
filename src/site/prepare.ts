import { formatProblems } from '../core/format-problems.ts';
import { loadData } from '../core/load/load.ts';
import { resolveNow } from '../core/now.ts';
import { todayIn } from '../core/review/status.ts';
import type { Problem } from '../core/problem.ts';
import { feedStamp } from '../feeds/stamp.ts';
import { buildIndex } from './indexes.ts';
import { storedPageData, storePageData, storePageFailure, type PageData } from './page-data.ts';
import { buildOncall } from './schedules.ts';

export type PreparedPages =
  | { readonly ok: true; readonly data: PageData }
  | { readonly ok: false; readonly dataDir: string; readonly problems: readonly Problem[]; readonly fileCount: number };

/** The data directory: $RUNBOOKS_DATA, then data/ (as the CLI does). */
export const siteDataDir = (env: NodeJS.ProcessEnv = process.env) => env.RUNBOOKS_DATA || 'data';

/**
 * Loads and validates the data directory once per process (again with `fresh`, as the dev server does
 * after each edit), computes what every page needs (indexes, the calendar) and stores it for the pages.
 * Invalid data is stored too, so that no page renders the last valid data as if nothing happened.
 */
export function preparePages(env: NodeJS.ProcessEnv = process.env, options: { readonly fresh?: boolean } = {}): PreparedPages {
  const dataDir = siteDataDir(env);
  const stored = options.fresh ? undefined : storedPageData(dataDir);
  if (stored) return { ok: true, data: stored };
  const now = resolveNow(env);
  const stamp = feedStamp(dataDir, env);
  // Loaded without the calendar rules: the site shows calendar problems (flagged on the home page
  // and the calendar) rather than refusing to publish the runbooks; the integration prints them.
  const { model, problems, fileCount } = loadData(dataDir, { pagesAt: now });
  if (!model) {
    const failed = { ok: false, dataDir, problems, fileCount } as const;
    storePageFailure(dataDir, describeProblems(failed));
    return failed;
  }
  const today = todayIn(now, model.site.calendar.timezone);
  const data: PageData = { model, now, today, stamp, dataDir, index: buildIndex(model), oncall: buildOncall(model, now) };
  storePageData(data);
  return { ok: true, data };
}

/** The problems as the validator prints them: `PATH:LINE:COL: error: MESSAGE` and a summary. */
export const describeProblems = (load: Extract<PreparedPages, { ok: false }>) => formatProblems(load.problems, load.dataDir, 'text', load.fileCount);
