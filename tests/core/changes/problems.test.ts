import { describe, expect, it } from 'vitest';
import { compareProblems } from '../../../src/core/changes/problems.ts';
import type { Problem } from '../../../src/core/problem.ts';

const problem = (line: number, message: string, rule = 'consecutive'): Problem => ({ file: 'rotations/data-platform.yaml', line, column: 1, rule, message });

describe('compareProblems', () => {
  it('keeps a problem whose line moved or whose advice changed, as unchanged', () => {
    const before = problem(4, 'engineer-a covers 2026-W53 and 2027-W01 back to back; engineer-b or engineer-c can take it');
    const after = problem(5, 'engineer-a covers 2026-W53 and 2027-W01 back to back; engineer-b or engineer-d can take it');
    expect(compareProblems([before], [after])).toEqual({ introduced: [], fixed: [], unchanged: [after] });
  });

  it('reports new and fixed problems, counting repeats', () => {
    const twice = problem(4, 'engineer-a covers 2027-W10 and 2027-W11 back to back; add an override');
    const gone = problem(9, 'the override for 2027-W20 assigns engineer-b, who is on holiday then', 'on-holiday');
    expect(compareProblems([twice, gone], [twice, twice])).toEqual({ introduced: [twice], fixed: [gone], unchanged: [twice] });
  });
});
