import { describe, expect, it } from 'vitest';
import { peopleFile, problemsWith, yaml } from '../../helpers/data-dir.ts';

// TEST_NOW is Mon 2 Mar 2026 (2026-W10); the valid fixture checks 8 weeks ahead. on-call is
// [engineer-a, engineer-b, engineer-c] by week number: W11 b, W12 c, W13 a.
const data = (agreed: boolean) => ({
  'site.yaml': yaml`
    title: Test runbooks
    calendar: {pastWeeks: 0, futureWeeks: 8}
    areas:
      - {id: profit, name: Profit, rotation: on-call}
      - {id: growth, name: Growth, rotation: on-call}
  `,
  ...peopleFile('abcde'),
  'rotations/weekend.yaml': yaml`
    name: Weekend
    members: [engineer-d, engineer-e]
    start: 2026-01-01
    overrides:
      - week: 2026-W12
        engineer: engineer-c
        reason: Engineer D is at a conference
        agreed: ${agreed}
  `,
});

describe('loadData: double-booked', () => {
  it('reports a person on call in two rotations in a checked week, in each rotation file, with who else could take it', () => {
    const message =
      'engineer-c is on call in 2 rotations in 2026-W12: on-call, weekend; give one of the weeks to someone else with an override ' +
      '(engineer-e in weekend can take it without a back-to-back week), or accept it with an override for 2026-W12 naming engineer-c with agreed: true';
    expect(problemsWith(data(false))).toEqual([`rotations/on-call.yaml:2:1: ${message}`, `rotations/weekend.yaml:5:5: ${message}`]);
  });

  it('accepts it when one of the weeks is an override with agreed: true', () => {
    expect(problemsWith(data(true))).toEqual([]);
  });
});
