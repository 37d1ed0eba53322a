import { describe, expect, it } from 'vitest';
import { problemsWith, yaml } from '../../helpers/data-dir.ts';

const rotation = (text: string) => ({ 'rotations/on-call.yaml': text });
const ISO_SITE = 'title: Test\nareas: [{id: profit, name: Profit}, {id: growth, name: Growth}]\n';
const US_SITE = `${ISO_SITE}calendar: {weekStartsOn: sunday, firstWeekContainsDate: 1}\n`;

describe('loadData: override weeks', () => {
  it('accepts 2026-W53, which exists under ISO weeks (Mon 28 Dec 2026 – Sun 3 Jan 2027)', () => {
    expect(
      problemsWith(
        rotation(yaml`
          name: On-call
          members: [engineer-a, engineer-b, engineer-c]
          start: 2026-01-01
          overrides:
            - {week: 2026-W53, engineer: engineer-b, reason: New year}
        `),
      ),
    ).toEqual([]);
  });

  it('reports 2027-W53, which ISO 2027 does not have', () => {
    expect(
      problemsWith(
        rotation(yaml`
          name: On-call
          members: [engineer-a, engineer-b, engineer-c]
          start: 2026-01-01
          overrides:
            - week: 2027-W53
              engineer: engineer-b
              reason: New year
        `),
      ),
    ).toEqual([
      'rotations/on-call.yaml:5:11: week 2027-W53 does not exist: 2027 has 52 weeks in the company calendar (weeks start on monday, week 1 contains 4 January); use 2027-W01 to 2027-W52',
    ]);
  });

  it('reports week 00', () => {
    expect(problemsWith(rotation('name: On-call\nmembers: [engineer-a, engineer-b]\nstart: 2026-01-01\noverrides:\n  - {week: 2026-W00, engineer: engineer-b, reason: x}\n'))).toEqual([
      'rotations/on-call.yaml:5:12: week 2026-W00 does not exist: 2026 has 53 weeks in the company calendar (weeks start on monday, week 1 contains 4 January); use 2026-W01 to 2026-W53',
    ]);
  });

  it('checks weeks against the company calendar: US weeks have a 2022-W53 but no 2026-W53', () => {
    // US weeks start on Sunday and week 1 holds 1 January: 2022 runs Sun 26 Dec 2021 – Sat 31 Dec 2022, 53 weeks.
    expect(
      problemsWith({
        'site.yaml': US_SITE,
        ...rotation(yaml`
          name: On-call
          members: [engineer-a, engineer-b, engineer-c]
          start: 2026-01-01
          overrides:
            - {week: 2022-W53, engineer: engineer-b, reason: Old}
            - {week: 2026-W53, engineer: engineer-b, reason: New year}
        `),
      }),
    ).toEqual([
      'rotations/on-call.yaml:6:12: week 2026-W53 does not exist: 2026 has 52 weeks in the company calendar (weeks start on sunday, week 1 contains 1 January); use 2026-W01 to 2026-W52',
    ]);
  });

  it('reports a week not written as YYYY-Www', () => {
    expect(problemsWith(rotation('name: On-call\nmembers: [engineer-a, engineer-b]\nstart: 2026-01-01\noverrides:\n  - {week: 2026-53, engineer: engineer-b, reason: x}\n'))).toEqual([
      'rotations/on-call.yaml:5:12: overrides[0].week: expected a week as "YYYY-Www", e.g. "2026-W53"; write 2026-W53; got "2026-53"',
    ]);
  });

  it.each([
    ['2027-W5', '2027-W05'],
    ['2026-w50', '2026-W50'],
    ['2026W50', '2026-W50'],
  ])('returns the right spelling as the fix when a week is written %s', (week, fixed) => {
    expect(problemsWith(rotation(`name: On-call\nmembers: [engineer-a, engineer-b]\nstart: 2026-01-01\noverrides:\n  - {week: ${week}, engineer: engineer-b, reason: x}\n`))).toEqual([
      `rotations/on-call.yaml:5:12: overrides[0].week: expected a week as "YYYY-Www", e.g. "2026-W53"; write ${fixed}; got "${week}"`,
    ]);
  });

  it('returns no spelling for a week number that cannot exist', () => {
    expect(problemsWith(rotation('name: On-call\nmembers: [engineer-a, engineer-b]\nstart: 2026-01-01\noverrides:\n  - {week: 2026-w60, engineer: engineer-b, reason: x}\n'))).toEqual([
      'rotations/on-call.yaml:5:12: overrides[0].week: expected a week as "YYYY-Www", e.g. "2026-W53"; got "2026-w60"',
    ]);
  });

  it('reports a second override for the same week, pointing at the first', () => {
    expect(
      problemsWith(
        rotation(yaml`
          name: On-call
          members: [engineer-a, engineer-b, engineer-c]
          start: 2026-01-01
          overrides:
            - {week: 2026-W10, engineer: engineer-b, reason: Swap}
            - {week: 2026-W11, engineer: engineer-c, reason: Swap}
            - {week: 2026-W10, engineer: engineer-c, reason: Swap again}
        `),
      ),
    ).toEqual(['rotations/on-call.yaml:7:12: two overrides for 2026-W10; the other one is on line 5, keep one']);
  });
});

describe('loadData: rotation members', () => {
  it('reports a member listed twice, at the second', () => {
    expect(problemsWith(rotation('name: On-call\nmembers:\n  - engineer-a\n  - engineer-b\n  - engineer-a\nstart: 2026-01-01\n'))).toEqual([
      'rotations/on-call.yaml:5:5: "engineer-a" is listed twice in members (also members[0]); each person appears once in rotation order, remove one',
    ]);
  });

  it('reports a rotation with fewer than 2 members', () => {
    expect(problemsWith(rotation('name: On-call\nmembers: [engineer-a]\nstart: 2026-01-01\n'))).toEqual([
      'rotations/on-call.yaml:2:10: members: a rotation needs at least 2 members',
    ]);
  });

  it('accepts a rotation of exactly 2', () => {
    expect(problemsWith(rotation('name: On-call\nmembers: [engineer-a, engineer-b]\nstart: 2026-01-01\n'))).toEqual([]);
  });
});
