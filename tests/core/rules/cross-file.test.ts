import { describe, expect, it } from 'vitest';
import { problemsWith, yaml } from '../../helpers/data-dir.ts';

const growth = (lines: string) => ({ 'pipelines/growth.yaml': `name: Growth\narea: growth\naudience: experiments\n${lines}` });

describe('loadData: unique ids', () => {
  it('reports a duplicate person id at the second one, pointing at the first', () => {
    expect(
      problemsWith({
        'people.yaml': yaml`
          people:
            - id: engineer-a
              name: Engineer A
            - id: engineer-b
              name: Engineer B
            - id: engineer-c
              name: Engineer C
            - id: engineer-b
              name: Engineer B again
        `,
      }),
    ).toEqual(['people.yaml:8:9: duplicate person id "engineer-b"; it is already used on line 4, pick another id']);
  });

  it('reports a duplicate team id', () => {
    expect(
      problemsWith({
        'teams.yaml': yaml`
          teams:
            - {id: finance-data, name: Finance Data Team}
            - {id: investor-relations, name: Investor Relations}
            - {id: finance-data, name: Finance Data (old)}
        `,
      }),
    ).toEqual(['teams.yaml:4:10: duplicate team id "finance-data"; it is already used on line 2, pick another id']);
  });

  it('reports a duplicate area id', () => {
    expect(
      problemsWith({
        'site.yaml': yaml`
          title: Test
          areas:
            - {id: profit, name: Profit}
            - {id: growth, name: Growth}
            - {id: profit, name: Profit again}
        `,
      }),
    ).toEqual(['site.yaml:5:10: duplicate area id "profit"; it is already used on line 3, pick another id']);
  });
});

describe('loadData: references', () => {
  it('reports owners that are not people, suggesting the closest id', () => {
    expect(problemsWith(growth('owners:\n  primary: engineer-x\n  secondary: enginer-a\n'))).toEqual([
      'pipelines/growth.yaml:5:12: unknown person "engineer-x" in owners.primary; did you mean "engineer-a"? known people: engineer-a, engineer-b, engineer-c; if "engineer-x" is a new person, add them to people.yaml first (- id: engineer-x, with their name)',
      'pipelines/growth.yaml:6:14: unknown person "enginer-a" in owners.secondary; did you mean "engineer-a"? known people: engineer-a, engineer-b, engineer-c',
    ]);
  });

  it('reports rotation members and override engineers that are not people', () => {
    expect(
      problemsWith({
        'rotations/on-call.yaml': yaml`
          name: On-call
          members: [engineer-a, engineer-b, someone-else]
          start: 2026-01-01
          overrides:
            - {week: 2026-W10, engineer: engineer-z, reason: Swap}
        `,
      }),
    ).toEqual([
      'rotations/on-call.yaml:2:35: unknown person "someone-else" in members[2]; known people: engineer-a, engineer-b, engineer-c; if "someone-else" is a new person, add them to people.yaml first (- id: someone-else, with their name)',
      'rotations/on-call.yaml:5:32: unknown person "engineer-z" in overrides[0].engineer; did you mean "engineer-a"? known people: engineer-a, engineer-b, engineer-c; if "engineer-z" is a new person, add them to people.yaml first (- id: engineer-z, with their name)',
    ]);
  });

  it('reports upstream and downstream entries that are not teams', () => {
    expect(problemsWith(growth('owners: {primary: engineer-c, secondary: engineer-a}\nupstream: [finance-data, sales]\ndownstream:\n  - investor-relation\n'))).toEqual([
      'pipelines/growth.yaml:5:26: unknown team "sales" in upstream[1]; known teams: finance-data, investor-relations; teams are listed in teams.yaml',
      'pipelines/growth.yaml:7:5: unknown team "investor-relation" in downstream[0]; did you mean "investor-relations"? known teams: finance-data, investor-relations; teams are listed in teams.yaml',
    ]);
  });

  it('reports a team reference when there is no teams.yaml at all', () => {
    expect(
      problemsWith({
        'teams.yaml': null,
        'pipelines/profit.yaml': null,
        ...growth('owners: {primary: engineer-c, secondary: engineer-a}\nupstream: [finance-data]\n'),
      }),
    ).toEqual(['pipelines/growth.yaml:5:12: unknown team "finance-data" in upstream[0]; there are no teams yet; teams are listed in teams.yaml']);
  });

  it('reports an area that is not one of the site\'s areas', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': 'name: Growth\narea: grwth\naudience: experiments\nowners: {primary: engineer-c, secondary: engineer-a}\n',
      }),
    ).toEqual(['pipelines/growth.yaml:2:7: unknown area "grwth" in area; did you mean "growth"? known areas: profit, growth; areas are listed in site.yaml']);
  });

  it('reports a rotation that has no file', () => {
    expect(problemsWith(growth('rotation: on-cal\nowners: {primary: engineer-c, secondary: engineer-a}\n'))).toEqual([
      'pipelines/growth.yaml:4:11: unknown rotation "on-cal" in rotation; did you mean "on-call"? known rotations: on-call; a rotation is a file rotations/<id>.yaml',
    ]);
  });

  it('accepts a pipeline without rotation when exactly one rotation exists, and one naming it', () => {
    expect(problemsWith(growth('rotation: on-call\nowners: {primary: engineer-c, secondary: engineer-a}\n'))).toEqual([]);
  });

  it('reports a pipeline without rotation when there are several', () => {
    expect(
      problemsWith({
        'rotations/weekend.yaml': 'name: Weekend\nmembers: [engineer-a, engineer-b]\nstart: 2026-01-01\n',
        'pipelines/profit.yaml': null,
        ...growth('owners: {primary: engineer-c, secondary: engineer-a}\n'),
      }),
    ).toEqual([
      'pipelines/growth.yaml:1:1: no rotation given and there are 2 rotations; add "rotation:" with one of on-call, weekend, or give area "growth" a default rotation in site.yaml (areas: - {id, name, rotation})',
    ]);
  });
});

describe('loadData: owners', () => {
  it('reports the same person as primary and secondary owner, at secondary', () => {
    expect(problemsWith(growth('owners:\n  primary: engineer-c\n  secondary: engineer-c\n'))).toEqual([
      'pipelines/growth.yaml:6:14: "engineer-c" is both primary and secondary owner; name a different secondary owner',
    ]);
  });
});

describe('loadData: investor-facing runbooks', () => {
  const investors = (rest: string) => ({
    'pipelines/profit.yaml': `name: Profit\narea: profit\naudience: investors\nowners: {primary: engineer-a, secondary: engineer-b}\n${rest}`,
  });
  const fullSla = 'sla:\n  delivery: {cadence: daily, deadline: "06:00", timezone: UTC}\n  targets: [{metric: accuracy, operator: within, percent: 1}]\n';

  it('accepts an investor-facing pipeline with a full runbook', () => {
    expect(problemsWith(investors(`upstream: [finance-data]\ndownstream: [investor-relations]\ncommonIssues: [{title: Late}]\n${fullSla}`))).toEqual([]);
  });

  it('reports every missing part at audience when the keys are absent', () => {
    expect(problemsWith(investors(''))).toEqual([
      // Problems at one position are sorted by message.
      'pipelines/profit.yaml:3:1: an investor-facing pipeline needs a full runbook; add an sla with a delivery deadline and at least one target, or set audience: experiments',
      'pipelines/profit.yaml:3:1: an investor-facing pipeline needs a full runbook; add at least one common issue, or set audience: experiments',
      'pipelines/profit.yaml:3:1: an investor-facing pipeline needs a full runbook; add at least one critical downstream team, or set audience: experiments',
      'pipelines/profit.yaml:3:1: an investor-facing pipeline needs a full runbook; add at least one upstream team (who owns its inputs), or set audience: experiments',
    ]);
  });

  it('reports empty lists at their keys', () => {
    expect(problemsWith(investors(`upstream: []\ndownstream: []\ncommonIssues: []\n${fullSla}`))).toEqual([
      'pipelines/profit.yaml:5:1: an investor-facing pipeline needs a full runbook; add at least one upstream team (who owns its inputs), or set audience: experiments',
      'pipelines/profit.yaml:6:1: an investor-facing pipeline needs a full runbook; add at least one critical downstream team, or set audience: experiments',
      'pipelines/profit.yaml:7:1: an investor-facing pipeline needs a full runbook; add at least one common issue, or set audience: experiments',
    ]);
  });

  it('reports an sla without delivery or targets at sla', () => {
    expect(problemsWith(investors('upstream: [finance-data]\ndownstream: [investor-relations]\ncommonIssues: [{title: Late}]\nsla:\n  targets: []\n'))).toEqual([
      'pipelines/profit.yaml:8:1: an investor-facing pipeline needs a full runbook; add an sla.delivery with a deadline, or set audience: experiments',
      'pipelines/profit.yaml:8:1: an investor-facing pipeline needs a full runbook; add at least one sla.targets entry, or set audience: experiments',
    ]);
  });

  it('does not ask experiments pipelines for a runbook', () => {
    expect(problemsWith(growth('owners: {primary: engineer-c, secondary: engineer-a}\n'))).toEqual([]);
  });
});

describe('loadData: holidays', () => {
  const withHoliday = (holiday: string) => ({
    'people.yaml': `people:\n  - id: engineer-a\n    name: Engineer A\n    holidays:\n      - ${holiday}\n  - {id: engineer-b, name: Engineer B}\n  - {id: engineer-c, name: Engineer C}\n`,
  });

  it('accepts a one-day holiday, to equal to from', () => {
    expect(problemsWith(withHoliday('{from: 2020-12-24, to: 2020-12-24}'))).toEqual([]);
  });

  it('reports a holiday that ends before it starts, at to', () => {
    expect(problemsWith(withHoliday('{from: 2020-12-24, to: 2020-12-23, note: Winter}'))).toEqual([
      'people.yaml:5:32: holiday ends (2020-12-23) before it starts (2020-12-24); "to" must be on or after "from"',
    ]);
  });
});
