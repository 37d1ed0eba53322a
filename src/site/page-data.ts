import type { Model } from '../core/model.ts';
import type { SiteIndex } from './indexes.ts';
import type { SiteOncall } from './schedules.ts';

/** Everything the pages render, loaded and computed once per build (see prepare.ts). */
export interface PageData {
  readonly model: Model;
  /** The build's "now": SOURCE_DATE_EPOCH or the clock, read once. */
  readonly now: Date;
  /** `YYYY-MM-DD`: the day of `now` in the company calendar's zone, where review dates are reckoned. Computed once: Intl per page cost 1.6 s at 10,000 pipelines. */
  readonly today: string;
  /** The data directory as given (RUNBOOKS_DATA or data/), for messages and edit links. */
  readonly dataDir: string;
  readonly index: SiteIndex;
  /** The computed calendar of every rotation, pastWeeks back to futureWeeks ahead. */
  readonly oncall: SiteOncall;
  /** DTSTAMP and LAST-MODIFIED of the calendar feeds: SOURCE_DATE_EPOCH, else the data's last commit, else a fixed value (see feedStamp). */
  readonly stamp: Date;
}

// Astro loads the integration (through the config) and the pages (through the SSR bundle) as
// separate module instances in one process; a global is the one place both see. Pages only read
// it, so the loader, zod and js-yaml stay out of the page bundle.
const KEY = Symbol.for('pipeline-runbooks.site-data');
type Stored = { dataDir: string; data: PageData; problems?: undefined } | { dataDir: string; data?: undefined; problems: string };
type Store = typeof globalThis & { [KEY]?: Stored };
const store = globalThis as Store;

export function storePageData(data: PageData): void {
  store[KEY] = { dataDir: data.dataDir, data };
}

/** Records that the data did not load (the dev server after a bad edit): pages then fail with `problems`, never render old data. */
export function storePageFailure(dataDir: string, problems: string): void {
  store[KEY] = { dataDir, problems };
}

/** The data stored for `dataDir` by an earlier load in this process, if any. */
export const storedPageData = (dataDir: string): PageData | undefined => (store[KEY]?.dataDir === dataDir ? store[KEY].data : undefined);

/** For pages: the data that the pipeline-runbooks integration loaded and validated. */
export function pageData(): PageData {
  const stored = store[KEY];
  if (stored?.problems !== undefined) throw new Error(`the runbook data has problems:\n${stored.problems}`);
  if (!stored?.data) throw new Error('the runbook data is not loaded: the pipeline-runbooks integration (astro.config.mjs) loads it before pages render');
  return stored.data;
}
