import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { compareDirs, dataPair } from './data-pair.ts';
import { addHoliday, type EditableData } from './editable.ts';

// compareData is pure: these tests compare two fixture directories, base and head, without git.
// compare-git.test.ts runs a few of the same comparisons end to end, through a git repository.
let base: EditableData;
let head: EditableData;
beforeEach(() => {
  ({ base, head } = dataPair());
});

describe('compareData', () => {
  it('reports an owner change in words, with names', () => {
    head.replace('pipelines/aggregate-profit.yaml', 'primary: engineer-b', 'primary: engineer-d');

    const report = compareDirs(base, head);

    expect(report.hasChanges).toBe(true);
    expect(report.pipelines.changed).toEqual([
      {
        id: 'aggregate-profit',
        name: 'Aggregate profit (investors)',
        file: 'pipelines/aggregate-profit.yaml',
        changes: [{ kind: 'changed', key: 'owners.primary', field: 'primary owner', before: 'Engineer B', after: 'Engineer D' }],
      },
    ]);
    expect(report.problems.introduced).toEqual([]);
  });

  it('reports an SLA deadline change as "06:00 UTC → 05:00 UTC"', () => {
    head.replace('pipelines/aggregate-profit.yaml', 'deadline: "06:00"', 'deadline: "05:00"');

    const report = compareDirs(base, head);

    expect(report.pipelines.changed.map((p) => [p.id, p.changes])).toEqual([
      ['aggregate-profit', [{ kind: 'changed', key: 'sla.delivery.deadline', field: 'deadline', before: '06:00 UTC', after: '05:00 UTC' }]],
    ]);
  });

  it('says why a week moved from the rotation fields that move weeks, and leaves out the handoff, which moves only hours', () => {
    head.replace('rotations/data-platform.yaml', 'members: [engineer-a, engineer-b, engineer-c, engineer-d]', 'members: [engineer-b, engineer-a, engineer-c, engineer-d]');
    head.replace('rotations/data-platform.yaml', 'handoff: "00:00"', 'handoff: "09:00"');

    const report = compareDirs(base, head);

    const weeks = report.oncall[0]!.weeks;
    expect(weeks.length).toBeGreaterThan(0);
    expect(new Set(weeks.filter((w) => w.week !== '2026-W53').map((w) => w.why))).toEqual(
      new Set(['rotation changed: rotation order: Engineer A, Engineer B, Engineer C, Engineer D → Engineer B, Engineer A, Engineer C, Engineer D']),
    );
  });

  it('reports a holiday that makes weeks change hands, with the swap in words', () => {
    // Engineer C covers 2026-W51 (Mon 14 Dec 2026) by week number, and is now away that week.
    addHoliday(head, 'engineer-c', '2026-12-14', '2026-12-18', 'Winter break');

    const report = compareDirs(base, head);

    expect(report.people.changed).toEqual([
      {
        id: 'engineer-c',
        name: 'Engineer C',
        file: 'people.yaml',
        changes: [{ kind: 'added', key: 'holidays', field: 'holiday', value: '2026-12-14 to 2026-12-18 (Winter break)' }],
      },
    ]);
    expect(report.oncall).toEqual([
      {
        rotation: 'data-platform',
        name: 'Data platform on-call',
        from: '2026-W48',
        to: '2027-W47',
        weeks: [
          {
            week: '2026-W51',
            start: '2026-12-14T00:00:00Z',
            end: '2026-12-21T00:00:00Z',
            firstDay: '2026-12-14',
            lastDay: '2026-12-20',
            before: { id: 'engineer-c', name: 'Engineer C' },
            after: { id: 'engineer-d', name: 'Engineer D' },
            why: 'holiday swap: Engineer C is on holiday; Engineer D covers, Engineer C takes 2026-W52 in return',
          },
          {
            week: '2026-W52',
            start: '2026-12-21T00:00:00Z',
            end: '2026-12-28T00:00:00Z',
            firstDay: '2026-12-21',
            lastDay: '2026-12-27',
            before: { id: 'engineer-d', name: 'Engineer D' },
            after: { id: 'engineer-c', name: 'Engineer C' },
            why: 'holiday swap: Engineer C takes this week in return for 2026-W51, which Engineer D covers',
          },
        ],
        people: [
          { id: 'engineer-c', name: 'Engineer C', gained: ['2026-W52'], lost: ['2026-W51'] },
          { id: 'engineer-d', name: 'Engineer D', gained: ['2026-W51'], lost: ['2026-W52'] },
        ],
        reasons: [
          { why: 'holiday swap: Engineer C is on holiday; Engineer D covers, Engineer C takes 2026-W52 in return', weeks: 1 },
          { why: 'holiday swap: Engineer C takes this week in return for 2026-W51, which Engineer D covers', weeks: 1 },
        ],
      },
    ]);
    expect(report.problems).toEqual({ introduced: [], fixed: [], unchanged: [] });
  });

  it('compares on-call weeks from the current week only: a holiday already past changes nothing', () => {
    addHoliday(head, 'engineer-c', '2026-12-14', '2026-12-18');

    // Mon 4 Jan 2027: 2026-W51 is behind us.
    const report = compareDirs(base, head, new Date(Date.UTC(2027, 0, 4)));

    expect(report.oncall.map((r) => [r.from, r.to, r.weeks])).toEqual([['2027-W01', '2028-W01', []]]);
    expect(report.hasChanges).toBe(true);
  });

  it('reports a back-to-back week the change introduces, and the week that changes hands', () => {
    // Dropping the 2026-W53 override gives Engineer A 2026-W53 and 2027-W01.
    const rotation = head.read('rotations/data-platform.yaml');
    head.write('rotations/data-platform.yaml', `${rotation.slice(0, rotation.indexOf('overrides:'))}overrides: []\n`);

    const report = compareDirs(base, head);

    expect(report.head.loaded).toBe(true);
    expect(report.problems.introduced).toEqual([
      {
        file: 'rotations/data-platform.yaml',
        line: 4,
        column: 1,
        rule: 'consecutive',
        // Worded for a reviewer: display names, the ids once in the fix (YAML); the parameters keep ids.
        what: 'Engineer A covers 2026-W53 and 2027-W01 back to back',
        fix: 'add an override for 2026-W53 (Engineer B (engineer-b) or Engineer C (engineer-c) can take it without a back-to-back week), or mark one of the weeks agreed: true',
        params: {
          engineer: 'engineer-a',
          previousWeek: '2026-W53',
          week: '2027-W01',
          fix: { change: 'add', week: '2026-W53', free: ['engineer-b', 'engineer-c'] },
        },
        message:
          'Engineer A covers 2026-W53 and 2027-W01 back to back; add an override for 2026-W53 (Engineer B (engineer-b) or Engineer C (engineer-c) can take it without a back-to-back week), or mark one of the weeks agreed: true',
      },
    ]);
    expect(report.oncall[0]?.weeks.map((w) => [w.week, w.before?.id, w.after?.id, w.why])).toEqual([
      ['2026-W53', 'engineer-b', 'engineer-a', 'override for 2026-W53 removed'],
    ]);

    // The other way round, putting the override back fixes it.
    const fixed = compareDirs(head, base);
    expect(fixed.problems.fixed.map((p) => p.rule)).toEqual(['consecutive']);
    expect(fixed.oncall[0]?.weeks.map((w) => w.why)).toEqual([
      'override: ISO 2026 has 53 weeks; Engineer B takes 2026-W53 so Engineer A does not cover 2026-W53 and 2027-W01 back to back',
    ]);
  });

  it('reports the problem a change introduces, and lists it as fixed when compared the other way round', () => {
    // Engineer C becomes both owners of Aggregate growth: the validator's "owners" rule.
    head.replace('pipelines/aggregate-growth.yaml', 'secondary: engineer-d', 'secondary: engineer-c');

    const report = compareDirs(base, head);

    expect(report.head.loaded).toBe(false);
    expect(report.problems.introduced).toEqual([
      {
        file: 'pipelines/aggregate-growth.yaml',
        line: 7,
        column: 14,
        rule: 'owners',
        // The fix is YAML, so the display name is followed by the id.
        what: 'Engineer C (engineer-c) is both primary and secondary owner',
        fix: 'name a different secondary owner',
        params: { engineer: 'engineer-c' },
        message: 'Engineer C (engineer-c) is both primary and secondary owner; name a different secondary owner',
      },
    ]);
    // What loaded is still compared: the owner change is reported next to the problem.
    expect(report.pipelines.changed[0]?.changes).toEqual([
      { kind: 'changed', key: 'owners.secondary', field: 'secondary owner', before: 'Engineer D', after: 'Engineer C' },
    ]);

    const back = compareDirs(head, base);
    expect(back.base.loaded).toBe(false);
    expect(back.problems.fixed.map((p) => p.rule)).toEqual(['owners']);
    expect(back.problems.introduced).toEqual([]);
  });

  it('reports no change in effect for a reformat: flow lists, quotes, comments and key order', () => {
    head.write(
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
reviewed: 2026-11-02
links:
  - { kind: orchestrator, url: "https://airflow.example.com/dags/aggregate_profit", title: Airflow DAG aggregate_profit }
  - { title: Profit dashboard, kind: dashboard, url: "https://dashboards.example.com/profit" }
description: "Daily profit by business unit, for the investor report. Finance Reporting reads it every morning;\\nsee the [long-form runbook](#runbook) for backfills.\\n"
`,
    );

    const report = compareDirs(base, head);

    expect(report.hasChanges).toBe(false);
    expect(report.pipelines).toEqual({ added: [], removed: [], changed: [] });
    expect(report.oncall).toEqual([{ rotation: 'data-platform', name: 'Data platform on-call', from: '2026-W48', to: '2027-W47', weeks: [], people: [], reasons: [] }]);
  });

  it('lists pipelines added and removed with what they are', () => {
    head.write('pipelines/weekly-growth.yaml', head.read('pipelines/daily-growth.yaml').replace('name: Daily growth (experiments)', 'name: Weekly growth (experiments)'));
    rmSync(join(head.dir, 'pipelines/daily-growth.yaml'));

    const report = compareDirs(base, head);

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
    const report = compareDirs(undefined, head);

    expect(report.base.found).toBe(false);
    expect(report.hasChanges).toBe(true);
    expect(report.pipelines.added).toHaveLength(5);
    expect(report.people.added.map((p) => p.id)).toEqual(['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d']);
  });

  it('says which files it could not compare, instead of calling their pipelines added or removed', () => {
    head.replace('pipelines/aggregate-growth.yaml', 'audience: investors', 'audience: investors\nowner: engineer-c');

    const report = compareDirs(base, head);

    expect(report.pipelines).toEqual({ added: [], removed: [], changed: [] });
    expect(report.notCompared).toEqual([
      'pipelines/aggregate-growth.yaml does not load in the working tree, so its contents were not compared',
      'on-call weeks were not compared: the working tree data has problems',
    ]);
    expect(report.problems.introduced.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      'pipelines/aggregate-growth.yaml:5:1 unknown-key',
    ]);
  });
});
