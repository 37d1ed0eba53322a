import type { Model, PartialModel, Person } from '../model.ts';
import { problem, type Problem, type ProblemText } from '../problem.ts';
import { reviewStatus, todayIn } from '../review/status.ts';
import type { RuleId } from './catalogue.ts';

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/**
 * Warnings about runbooks that should not block a merge: a review that is overdue or missing, and an investor-facing pipeline whose two owners cannot be reached. They need the
 * site settings and people, so they run on whatever loaded, also beside errors.
 */
export function runbookWarnings(data: Pick<PartialModel, 'site' | 'people' | 'pipelines'>, now: Date, locate: Model['locate']): Problem[] {
  const { site, people } = data;
  if (!site) return [];
  const today = todayIn(now, site.calendar.timezone);
  const warnings: Problem[] = [];
  const warn = (file: string, path: (string | number)[], rule: RuleId, text: ProblemText, at: 'key' | 'value' = 'value') =>
    warnings.push(problem({ file, ...locate(file, path, at) }, rule, text));
  const every = `reviews are due every ${days(site.review.everyDays)}, review.everyDays in site.yaml`;
  // By id: a scan of people.yaml per pipeline was most of validating 10,000 pipelines.
  const byId = new Map(people?.map((person) => [person.id, person]));
  for (const p of data.pipelines) {
    const status = reviewStatus(p, site, today);
    if (status.state === 'missing') {
      warn(
        p.file,
        ['audience'],
        'review-missing',
        { what: 'this investor-facing runbook has never been reviewed', fix: `check it with its owners, then add reviewed: ${today}` },
        'key',
      );
    } else if (status.state === 'overdue') {
      warn(p.file, ['reviewed'], 'review-overdue', {
        what: `review overdue: last reviewed on ${status.reviewed}, ${days(status.ageDays!)} ago (due ${status.due}; ${every})`,
        fix: `check the runbook with its owners, then set reviewed: ${today}`,
        subject: 'review overdue',
      });
    }
    if (p.audience === 'investors' && people) {
      const owners = [p.owners.primary, p.owners.secondary].map((id) => byId.get(id));
      const reachable = (person: Person | undefined) => person === undefined || person.email !== undefined || person.chat !== undefined;
      if (!owners.some(reachable)) {
        warn(
          p.file,
          ['owners'],
          'owner-contact',
          {
            what: `neither owner of this investor-facing pipeline (${p.owners.primary}, ${p.owners.secondary}) has a contact method`,
            fix: 'add an email or chat to one of them in people.yaml',
          },
          'key',
        );
      }
    }
  }
  return warnings;
}
