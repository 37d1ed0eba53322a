import { describe, expect, it } from 'vitest';
import { compareProblems } from '../../../src/core/changes/problems.ts';
import { problem as make, type Problem } from '../../../src/core/problem.ts';
import type { RuleId } from '../../../src/core/rules/catalogue.ts';

const problem = (line: number, what: string, fix: string, rule: RuleId = 'consecutive', subject?: string): Problem =>
  make({ file: 'rotations/data-platform.yaml', line, column: 1 }, rule, { what, fix, ...(subject ? { subject } : {}) });

describe('compareProblems', () => {
  it('keeps a problem whose line moved or whose advice changed, as unchanged', () => {
    const before = problem(4, 'engineer-a covers 2026-W53 and 2027-W01 back to back', 'engineer-b or engineer-c can take it');
    const after = problem(5, 'engineer-a covers 2026-W53 and 2027-W01 back to back', 'engineer-b or engineer-d can take it');
    expect(compareProblems([before], [after])).toEqual({ introduced: [], fixed: [], unchanged: [after] });
  });

  it('reports new and fixed problems, counting repeats', () => {
    const twice = problem(4, 'engineer-a covers 2027-W10 and 2027-W11 back to back', 'add an override');
    const gone = problem(9, 'the override for 2027-W20 assigns engineer-b, who is on holiday then', 'give it to engineer-c', 'on-holiday');
    expect(compareProblems([twice, gone], [twice, twice])).toEqual({ introduced: [twice], fixed: [gone], unchanged: [twice] });
  });

  it('returns a problem as unchanged when its subject is the same, whatever its wording', () => {
    const before = problem(4, 'old wording', 'old fix', 'schema', 'handoff: invalid_format');
    const after = problem(4, 'new wording', 'new fix', 'schema', 'handoff: invalid_format');
    expect(compareProblems([before], [after])).toEqual({ introduced: [], fixed: [], unchanged: [after] });
  });

  it('returns a problem as introduced when only its rule differs', () => {
    const before = problem(4, 'same words', 'fix', 'reference', 'owners.primary');
    const after = problem(4, 'same words', 'fix', 'owners', 'owners.primary');
    expect(compareProblems([before], [after])).toEqual({ introduced: [after], fixed: [before], unchanged: [] });
  });
});
