import { problemLine } from '../core/format-problems.ts';
import { calendarProblems } from '../core/rules/calendar.ts';
import { runbookWarnings } from '../core/rules/review.ts';
import type { PageData } from '../site/page-data.ts';

/**
 * On-call problems do not stop the site (it flags them on the home page and the calendar), but the
 * build and the dev server name them in the terminal the way the validator does, as warnings.
 */
export function printCalendarWarnings({ model, now, dataDir }: PageData): void {
  for (const p of calendarProblems(model, now)) process.stderr.write(`${problemLine(p, dataDir, 'warning')}\n`);
  // The validator's warnings too (overdue reviews, owners without contacts): the site flags the reviews.
  for (const p of runbookWarnings(model, now, model.locate)) process.stderr.write(`${problemLine(p, dataDir)}\n`);
}
