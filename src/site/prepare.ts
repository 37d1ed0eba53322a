import { formatProblems } from '../core/format-problems.ts';
import { loadData } from '../core/load/load.ts';
import { resolveNow } from '../core/now.ts';
import { todayIn } from '../core/review/status.ts';
import { feedStamp } from '../feeds/stamp.ts';
import { buildIndex } from './indexes.ts';
import type { PageData, PreparedPages } from './page-context.ts';
import { buildOncall } from './schedules.ts';

export type { PreparedPages };

/** The data directory: $RUNBOOKS_DATA, then data/ (as the CLI does). */
export const siteDataDir = (env: NodeJS.ProcessEnv = process.env) => env.RUNBOOKS_DATA || 'data';

/**
 * Loads and validates the data directory and computes what every page needs (indexes, the calendar).
 * The integration calls it once per build, and the dev server once per edit; it hands the result to
 * the pages (page-context.ts), invalid data too, so that no page renders the last valid data as if
 * nothing happened.
 */
export function preparePages(env: NodeJS.ProcessEnv = process.env): PreparedPages {
  const dataDir = siteDataDir(env);
  const now = resolveNow(env);
  const stamp = feedStamp(dataDir, env);
  // Loaded without the calendar rules: the site shows calendar problems (flagged on the home page
  // and the calendar) rather than refusing to publish the runbooks; the integration prints them.
  const { model, problems, fileCount } = loadData(dataDir, { pagesAt: now });
  if (!model) return { ok: false, dataDir, problems, fileCount };
  const today = todayIn(now, model.site.calendar.timezone);
  const data: PageData = { model, now, today, stamp, dataDir, index: buildIndex(model), oncall: buildOncall(model, now) };
  return { ok: true, data };
}

/** The problems as the validator prints them: `PATH:LINE:COL: error: MESSAGE` and a summary. */
export const describeProblems = (load: Extract<PreparedPages, { ok: false }>) => formatProblems(load.problems, load.dataDir, 'text', load.fileCount);
