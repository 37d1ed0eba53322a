import type { Problem } from '../problem.ts';
import { identity } from '../rules/catalogue.ts';
import type { ChangeReport } from './types.ts';

/**
 * Which problems the change introduces and which it fixes. Problems are compared by file, rule id and
 * the rule's identifying parameters (see `identity` in the catalogue), not by position (an edit above a
 * problem moves its line), nor by wording, nor by the advice, which changes with the data ("engineer-b or
 * engineer-c can take it" becomes "engineer-b or engineer-d") while the problem stays the same.
 */
export function compareProblems(base: readonly Problem[], head: readonly Problem[]): ChangeReport['problems'] {
  const key = (p: Problem) => `${p.file}\0${identity(p)}`;
  const remaining = new Map<string, number>();
  for (const p of base) remaining.set(key(p), (remaining.get(key(p)) ?? 0) + 1);
  const introduced: Problem[] = [];
  const unchanged: Problem[] = [];
  for (const p of head) {
    const left = remaining.get(key(p)) ?? 0;
    if (left > 0) {
      remaining.set(key(p), left - 1);
      unchanged.push(p);
    } else introduced.push(p);
  }
  const fixed = base.filter((p) => {
    const left = remaining.get(key(p)) ?? 0;
    if (left === 0) return false;
    remaining.set(key(p), left - 1);
    return true;
  });
  return { introduced, fixed, unchanged };
}
