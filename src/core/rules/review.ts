import type { Model, PartialModel, Person } from '../model.ts';
import { problem, type Problem } from '../problem.ts';
import { reviewStatus, todayIn } from '../review/status.ts';
import type { RuleId, RuleParams } from './catalogue.ts';

/**
 * Warnings about runbooks that should not block a merge: a review that is overdue or missing, and an investor-facing pipeline whose two owners cannot be reached. They need the
 * site settings and people, so they run on whatever loaded, also beside errors.
 */
export function runbookWarnings(data: Pick<PartialModel, 'site' | 'people' | 'pipelines'>, now: Date, locate: Model['locate']): Problem[] {
  const { site, people } = data;
  if (!site) return [];
  const today = todayIn(now, site.calendar.timezone);
  const warnings: Problem[] = [];
  const warn = <R extends RuleId>(file: string, path: (string | number)[], rule: R, params: RuleParams<R>, at: 'key' | 'value' = 'value') =>
    warnings.push(problem({ file, ...locate(file, path, at) }, rule, params));
  // By id: a scan of people.yaml per pipeline was most of validating 10,000 pipelines.
  const byId = new Map(people?.map((person) => [person.id, person]));
  for (const p of data.pipelines) {
    const status = reviewStatus(p, site, today);
    if (status.state === 'missing') {
      warn(p.file, ['audience'], 'review-missing', { today }, 'key');
    } else if (status.state === 'overdue') {
      warn(p.file, ['reviewed'], 'review-overdue', {
        reviewed: status.reviewed!,
        ageDays: status.ageDays!,
        due: status.due!,
        everyDays: site.review.everyDays,
        today,
      });
    }
    if (p.audience === 'investors' && people) {
      const owners = [p.owners.primary, p.owners.secondary].map((id) => byId.get(id));
      const reachable = (person: Person | undefined) => person === undefined || person.email !== undefined || person.chat !== undefined;
      if (!owners.some(reachable)) {
        warn(p.file, ['owners'], 'owner-contact', { primary: p.owners.primary, secondary: p.owners.secondary }, 'key');
      }
    }
  }
  return warnings;
}
