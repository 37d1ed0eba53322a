import type { Pipeline, Site } from '../model.ts';

/** Where a pipeline's runbook review stands on a given day. */
export interface ReviewStatus {
  /** The `reviewed` date, if any. */
  readonly reviewed?: string;
  /** `YYYY-MM-DD`: reviewed + everyDays; absent when never reviewed. */
  readonly due?: string;
  /** Whole days since the review, counted from "today". */
  readonly ageDays?: number;
  /**
   * 'overdue' from the due day on, 'missing' for an investor-facing runbook never reviewed, else
   * 'current'. Experiments pipelines without a review are 'current': they are checked only once
   * they have a date. A date after today counts as current (a build pinned to an earlier day).
   */
  readonly state: 'current' | 'overdue' | 'missing';
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY;
};
const isoOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** "Today" as `YYYY-MM-DD` in the company calendar's zone, which is where review dates are reckoned. */
export function todayIn(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The review state of a runbook on `today` (`YYYY-MM-DD`), with reviews due every `site.review.everyDays`. */
export function reviewStatus(pipeline: Pick<Pipeline, 'audience' | 'reviewed'>, site: Pick<Site, 'review'>, today: string): ReviewStatus {
  const { reviewed } = pipeline;
  if (reviewed === undefined) return { state: pipeline.audience === 'investors' ? 'missing' : 'current' };
  const ageDays = dayNumber(today) - dayNumber(reviewed);
  const due = isoOf(dayNumber(reviewed) + site.review.everyDays);
  const state = ageDays >= site.review.everyDays ? 'overdue' : 'current';
  return { reviewed, due, ageDays, state };
}
