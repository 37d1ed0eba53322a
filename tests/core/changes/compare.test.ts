import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareWithRef } from './compare-repo.ts';
import { repoWithData, type TestRepo } from './git-repo.ts';

let repo: TestRepo;
beforeEach(() => {
  repo = repoWithData();
});
afterEach(() => repo.remove());

describe('compareData', () => {
  it('reports an owner change in words, with names, when the change is committed', () => {
    repo.replace('pipelines/aggregate-profit.yaml', 'primary: engineer-b', 'primary: engineer-d');
    repo.commit('hand Aggregate profit over to Engineer D');

    const report = compareWithRef(repo, 'HEAD~1');

    expect(report.hasChanges).toBe(true);
    expect(report.pipelines.changed).toEqual([
      {
        id: 'aggregate-profit',
        name: 'Aggregate profit (investors)',
        file: 'pipelines/aggregate-profit.yaml',
        changes: [{ kind: 'changed', field: 'primary owner', before: 'Engineer B', after: 'Engineer D' }],
      },
    ]);
    expect(report.problems.introduced).toEqual([]);
  });

  it('reports an SLA deadline change as "06:00 UTC → 05:00 UTC" when it is left in the working tree', () => {
    repo.replace('pipelines/aggregate-profit.yaml', 'deadline: "06:00"', 'deadline: "05:00"');

    const report = compareWithRef(repo);

    expect(report.pipelines.changed.map((p) => [p.id, p.changes])).toEqual([
      ['aggregate-profit', [{ kind: 'changed', field: 'deadline', before: '06:00 UTC', after: '05:00 UTC' }]],
    ]);
  });

  it('reports a holiday added to people.yaml, with its dates and note', () => {
    repo.replace(
      'people.yaml',
      '  - id: engineer-c\n    name: Engineer C\n    holidays: []',
      '  - id: engineer-c\n    name: Engineer C\n    holidays:\n      - from: 2026-12-21\n        to: 2026-12-27\n        note: Winter break',
    );

    const report = compareWithRef(repo);

    expect(report.people.changed).toEqual([
      {
        id: 'engineer-c',
        name: 'Engineer C',
        file: 'people.yaml',
        changes: [{ kind: 'added', field: 'holiday', value: '2026-12-21 to 2026-12-27 (Winter break)' }],
      },
    ]);
  });

  it('reports the problem a change introduces, and lists it as fixed when compared the other way round', () => {
    // Engineer C becomes both owners of Aggregate growth: the validator's "owners" rule.
    repo.replace('pipelines/aggregate-growth.yaml', 'secondary: engineer-d', 'secondary: engineer-c');
    repo.commit('break a rule');

    const report = compareWithRef(repo, 'HEAD~1');

    expect(report.head.loaded).toBe(false);
    expect(report.problems.introduced).toEqual([
      {
        file: 'pipelines/aggregate-growth.yaml',
        line: 7,
        column: 14,
        rule: 'owners',
        message: '"engineer-c" is both primary and secondary owner; name a different secondary owner',
      },
    ]);
    // What loaded is still compared: the owner change is reported next to the problem.
    expect(report.pipelines.changed[0]?.changes).toEqual([
      { kind: 'changed', field: 'secondary owner', before: 'Engineer D', after: 'Engineer C' },
    ]);

    repo.git('checkout', '-q', 'HEAD~1', '--', 'data');
    const back = compareWithRef(repo, 'main');
    expect(back.base.loaded).toBe(false);
    expect(back.problems.fixed.map((p) => p.rule)).toEqual(['owners']);
    expect(back.problems.introduced).toEqual([]);
  });

  it('reports no change in effect for a reformat: flow lists, quotes, comments and key order', () => {
    repo.write(
      'pipelines/aggregate-profit.yaml',
      `# Reformatted: same meaning.
owners: { secondary: engineer-c, primary: engineer-b }
name: 'Aggregate profit (investors)'
audience: investors
area: profit
downstream:
  - finance-reporting
  - investor-relations
upstream: [finance-data, sales-systems] # order of teams carries no meaning
commonIssues:
  - { title: Delay in Finance DB sync }
  - title: "Mismatched transaction IDs across systems"
sla:
  targets: [{ metric: accuracy, operator: within, percent: 1.0, reference: Finance DB }]
  delivery: { cadence: daily, deadline: "06:00", timezone: UTC }
`,
    );
    repo.commit('reformat');

    const report = compareWithRef(repo, 'HEAD~1');

    expect(report.hasChanges).toBe(false);
    expect(report.pipelines).toEqual({ added: [], removed: [], changed: [] });
  });

  it('lists pipelines added and removed with what they are', () => {
    repo.git('mv', 'data/pipelines/daily-growth.yaml', 'data/pipelines/weekly-growth.yaml');
    repo.replace('pipelines/weekly-growth.yaml', 'name: Daily growth (experiments)', 'name: Weekly growth (experiments)');

    const report = compareWithRef(repo);

    expect(report.pipelines.added).toEqual([
      {
        id: 'weekly-growth',
        name: 'Weekly growth (experiments)',
        file: 'pipelines/weekly-growth.yaml',
        summary: 'Growth, experiments; owners Engineer D and Engineer A',
      },
    ]);
    expect(report.pipelines.removed.map((p) => p.id)).toEqual(['daily-growth']);
  });

  it('treats everything as new when the base has no data directory', () => {
    repo.git('rm', '-rq', 'data');
    repo.commit('no data yet');
    repo.git('checkout', '-q', 'HEAD~1', '--', 'data');

    const report = compareWithRef(repo);

    expect(report.base.found).toBe(false);
    expect(report.hasChanges).toBe(true);
    expect(report.pipelines.added).toHaveLength(5);
    expect(report.people.added.map((p) => p.id)).toEqual(['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d']);
  });

  it('says which files it could not compare, instead of calling their pipelines added or removed', () => {
    repo.replace('pipelines/aggregate-growth.yaml', 'audience: investors', 'audience: investors\nowner: engineer-c');

    const report = compareWithRef(repo);

    expect(report.pipelines).toEqual({ added: [], removed: [], changed: [] });
    expect(report.notCompared).toEqual(['pipelines/aggregate-growth.yaml does not load in the working tree, so its contents were not compared']);
    expect(report.problems.introduced.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      'pipelines/aggregate-growth.yaml:5:1 unknown-key',
    ]);
  });
});
