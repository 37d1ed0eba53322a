import { checkedRange } from '../calendar/ranges.ts';
import { computeSchedules } from '../schedules.ts';
import type { Model } from '../model.ts';
import { problem, type Problem } from '../problem.ts';
import { coverageGapProblems, coverProblems } from './hours.ts';

/**
 * The on-call rules as validator problems: every rotation from the company week containing
 * `now` through `calendar.futureWeeks` weeks after it. A problem sits on the cover or override involved,
 * else on the rotation's `members`, which is where the fix (an override) goes; covers and coverage gaps
 * are checked over the same weeks.
 */
export function calendarProblems(model: Model, now: Date): Problem[] {
  return [...weekProblems(model, now), ...coverProblems(model, now), ...coverageGapProblems(model, now)];
}

function weekProblems(model: Model, now: Date): Problem[] {
  return computeSchedules(model, checkedRange(model.site.calendar, now)).flatMap((schedule) => {
    const file = model.byId.rotations.get(schedule.rotation)!.file;
    return schedule.problems.map((p): Problem => {
      const { line, column } =
        p.coverIndex !== undefined
          ? model.locate(file, ['covers', p.coverIndex])
          : p.overrideIndex !== undefined
            ? model.locate(file, ['overrides', p.overrideIndex])
            : model.locate(file, ['members'], 'key');
      return problem({ file, line, column }, p.rule, p.params);
    });
  });
}
