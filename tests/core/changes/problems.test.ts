import { describe, expect, it } from 'vitest';
import { compareProblems } from '../../../src/core/changes/problems.ts';
import { problem, type Problem } from '../../../src/core/problem.ts';
import type { ConsecutiveFix } from '../../../src/core/rules/catalogue.ts';

const at = (line: number) => ({ file: 'rotations/data-platform.yaml', line, column: 1 });
const backToBack = (line: number, week: string, fix: ConsecutiveFix, engineer = 'engineer-a'): Problem =>
  problem(at(line), 'consecutive', { engineer, previousWeek: `${week.slice(0, 6)}${String(Number(week.slice(6)) - 1).padStart(2, '0')}`, week, fix });

describe('compareProblems', () => {
  it('keeps a problem whose line moved or whose advice changed, as unchanged', () => {
    const before = backToBack(4, '2027-W01', { change: 'add', week: '2026-W53', free: ['engineer-b', 'engineer-c'] });
    const after = backToBack(5, '2027-W01', { change: 'add', week: '2026-W53', free: ['engineer-b', 'engineer-d'] });
    expect(compareProblems([before], [after])).toEqual({ introduced: [], fixed: [], unchanged: [after] });
  });

  it('reports new and fixed problems, counting repeats', () => {
    const twice = backToBack(4, '2027-W11', { change: 'outside' });
    const gone = problem(at(9), 'on-holiday', { engineer: 'engineer-b', week: '2027-W20', absence: '2027-05-10', free: ['engineer-c'] });
    expect(compareProblems([twice, gone], [twice, twice])).toEqual({ introduced: [twice], fixed: [gone], unchanged: [twice] });
  });

  it('returns a problem as introduced when one of its identifying parameters differs', () => {
    const before = backToBack(4, '2027-W11', { change: 'outside' });
    const other = backToBack(4, '2027-W11', { change: 'outside' }, 'engineer-b');
    expect(compareProblems([before], [other])).toEqual({ introduced: [other], fixed: [before], unchanged: [] });
  });

  it('returns a schema problem as unchanged when only the value it found changed, whatever the wording', () => {
    const before = problem(at(4), 'schema', { path: 'handoff', code: 'invalid_format', expected: 'expected a time; got "9:00"' });
    const after = problem(at(4), 'schema', { path: 'handoff', code: 'invalid_format', expected: 'expected a time; got "9:0"' });
    expect(compareProblems([before], [after])).toEqual({ introduced: [], fixed: [], unchanged: [after] });
  });

  it('returns a problem as introduced when only its rule differs', () => {
    // Both rules pick the week alone as what says which problem it is.
    const before = problem(at(4), 'duplicate-override', { week: '2027-W11', otherLine: 3 });
    const after = problem(at(4), 'week', { week: '2027-W11', weeks: 52, weekStartsOn: 'monday', firstWeekContains: 4 });
    expect(compareProblems([before], [after])).toEqual({ introduced: [after], fixed: [before], unchanged: [] });
  });
});
