import { describe, expect, it } from 'vitest';
import { dataDir, load, problemsWith, TEAM_FIXTURE, yaml } from '../../helpers/data-dir.ts';

describe('loadData', () => {
  it('returns a model and no problems for the team fixture', () => {
    const result = load(TEAM_FIXTURE);
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBe(10);
    const model = result.model!;
    expect(model.people.map((p) => p.id)).toEqual(['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d']);
    expect(model.pipelines.map((p) => `${p.id}: ${p.owners.primary}/${p.owners.secondary}`)).toEqual([
      'aggregate-engagement: engineer-a/engineer-c',
      'aggregate-growth: engineer-c/engineer-d',
      'aggregate-profit: engineer-b/engineer-c',
      'daily-growth: engineer-d/engineer-a',
      'unit-level-profit: engineer-a/engineer-b',
    ]);
    expect(model.pipelines.filter((p) => p.audience === 'investors').map((p) => p.id)).toEqual([
      'aggregate-engagement',
      'aggregate-growth',
      'aggregate-profit',
    ]);
    expect(model.site.areas.map((a) => a.id)).toEqual(['profit', 'growth', 'engagement']);
    expect(model.rotations[0]!.members).toEqual(['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d']);
  });

  it('returns the ISO calendar and schema defaults for the fixture', () => {
    const model = load(dataDir()).model!;
    expect(model.site.calendar).toEqual({
      weekStartsOn: 1,
      weekStartsOnName: 'monday',
      firstWeekContainsDate: 4,
      timezone: 'UTC',
      pastWeeks: 0,
      futureWeeks: 8,
      coverageGaps: 'warn',
    });
    const rotation = model.byId.rotations.get('on-call')!;
    expect([rotation.assignment, rotation.handoff, rotation.overrides, rotation.covers, rotation.hours]).toEqual(['week-number', '00:00', [], [], undefined]);
    expect(model.byId.people.get('engineer-a')!.holidays).toEqual([]);
  });

  it('resolves a pipeline without rotation to the only rotation', () => {
    expect(load(dataDir()).model!.byId.pipelines.get('growth')!.rotation).toBe('on-call');
  });

  it('returns a frozen model, so no face can change what another reads', () => {
    const model = load(dataDir()).model!;
    expect(Object.isFrozen(model.pipelines[0]!.owners)).toBe(true);
    expect(() => (model.people as unknown as string[]).push('x')).toThrow(TypeError);
  });

  it('locates data paths for rules that run after loading', () => {
    const model = load(dataDir()).model!;
    expect(model.locate('pipelines/profit.yaml', ['owners', 'secondary'])).toEqual({ line: 6, column: 14 });
    expect(model.locate('pipelines/profit.yaml', ['owners', 'secondary'], 'key')).toEqual({ line: 6, column: 3 });
  });

  it('accepts a UTF-8 BOM and CRLF line endings, and reports positions as for LF', () => {
    const text = '\uFEFFname: Growth\r\narea: growth\r\naudience: experiments\r\nowners:\r\n  primary: engineer-c\r\n  secondary: nobody\r\n';
    expect(problemsWith({ 'pipelines/growth.yaml': text })).toEqual([
      'pipelines/growth.yaml:6:14: unknown person "nobody" in owners.secondary; known people: engineer-a, engineer-b, engineer-c; if "nobody" is a new person, add them to people.yaml first (- id: nobody, with their name)',
    ]);
    expect(load(dataDir({ 'pipelines/growth.yaml': text.replace('nobody', 'engineer-a') })).problems).toEqual([]);
  });

  it('reports a duplicate key in a data file, without a model', () => {
    const result = load(
      dataDir({
        'pipelines/growth.yaml': yaml`
          name: Growth
          area: growth
          audience: experiments
          area: profit
          owners: {primary: engineer-c, secondary: engineer-a}
        `,
      }),
    );
    expect(result.model).toBeUndefined();
    expect(result.problems).toEqual([
      {
        file: 'pipelines/growth.yaml',
        line: 4,
        column: 1,
        message: 'duplicate key "area"; it is already set on line 2, keep one of the two',
        rule: 'yaml',
        what: 'duplicate key "area"',
        fix: 'it is already set on line 2, keep one of the two',
        params: { problem: 'duplicate-key', key: 'area', firstLine: 2 },
      },
    ]);
  });

  it('reports a tab in a data file\'s indentation', () => {
    expect(problemsWith({ 'pipelines/growth.yaml': 'name: Growth\narea: growth\naudience: experiments\nowners:\n\tprimary: engineer-c\n' })).toEqual([
      'pipelines/growth.yaml:5:1: YAML syntax error: a tab is used for indentation; indent with spaces',
    ]);
  });

  it('collects problems from every file in one run, sorted by file, line and column', () => {
    expect(
      problemsWith({
        'teams.yaml': 'teams:\n  - {id: finance-data, name: Finance}\n  - {id: investor-relations, name: IR, colour: red}\n',
        'pipelines/growth.yaml': 'name: Growth\narea: nowhere\naudience: experiments\nowners: {primary: engineer-c, secondary: engineer-c}\n',
        'site.yaml': 'title: Test\ntitle: Again\n',
      }),
    ).toEqual([
      'pipelines/growth.yaml:4:42: "engineer-c" is both primary and secondary owner; name a different secondary owner',
      'site.yaml:2:1: duplicate key "title"; it is already set on line 1, keep one of the two',
      'teams.yaml:3:40: unknown key "colour" in teams[1]; known keys: id, name, contact, url',
    ]);
  });

  it('reports a data directory that does not exist as one problem', () => {
    expect(load('/nonexistent/runbooks-data').problems).toEqual([
      {
        file: '.',
        line: 1,
        column: 1,
        message: 'the data directory does not exist; pass --data DIR or set RUNBOOKS_DATA',
        rule: 'file',
        what: 'the data directory does not exist',
        fix: 'pass --data DIR or set RUNBOOKS_DATA',
        params: { problem: 'no-data-dir', reason: 'missing' },
      },
    ]);
  });
});
