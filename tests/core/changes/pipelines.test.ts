import { describe, expect, it } from 'vitest';
import { namesFrom } from '../../../src/core/changes/names.ts';
import { pipelineChanges } from '../../../src/core/changes/pipelines.ts';
import type { Pipeline } from '../../../src/core/model.ts';

const names = namesFrom({
  people: [
    { id: 'engineer-a', name: 'Engineer A', holidays: [] },
    { id: 'engineer-b', name: 'Engineer B', holidays: [] },
  ],
  teams: [
    { id: 'finance-data', name: 'Finance Data Team' },
    { id: 'sales-systems', name: 'Sales Systems Team' },
  ],
  rotations: [],
  pipelines: [],
  unloaded: [],
});

const profit: Pipeline = {
  id: 'aggregate-profit',
  file: 'pipelines/aggregate-profit.yaml',
  rotations: ['data-platform'],
  name: 'Aggregate profit (investors)',
  area: 'profit',
  audience: 'investors',
  rotation: 'data-platform',
  owners: { primary: 'engineer-a', secondary: 'engineer-b' },
  upstream: ['sales-systems'],
  downstream: [],
  commonIssues: [{ id: 'delay-in-finance-db-sync', title: 'Delay in Finance DB sync', fix: 'Re-run the sync' }],
  links: [],
  sla: {
    delivery: { cadence: 'daily', deadline: '06:00', timezone: 'UTC', businessDays: false },
    targets: [
      { metric: 'accuracy', operator: 'within', percent: 1, reference: 'Finance DB' },
      { metric: 'completeness', operator: '>', percent: 98 },
    ],
  },
};

describe('pipelineChanges', () => {
  it('returns nothing when two versions mean the same', () => {
    expect(pipelineChanges(profit, { ...profit, upstream: [...profit.upstream] }, names)).toEqual([]);
  });

  it('pairs SLA targets by metric, so a new threshold reads as one change', () => {
    const after: Pipeline = {
      ...profit,
      sla: { ...profit.sla, targets: [{ metric: 'accuracy', operator: 'within', percent: 0.5, reference: 'Finance DB' }, { metric: 'freshness', operator: '>=', percent: 99 }] },
    };
    expect(pipelineChanges(profit, after, names)).toEqual([
      { kind: 'changed', key: 'sla.targets', field: 'SLA target', before: 'Accuracy within 1% of Finance DB', after: 'Accuracy within 0.5% of Finance DB' },
      { kind: 'added', key: 'sla.targets', field: 'SLA target', value: 'Freshness ≥ 99%' },
      { kind: 'removed', key: 'sla.targets', field: 'SLA target', value: 'Completeness > 98%' },
    ]);
  });

  it('words a deadline in another zone, and a delivery removed', () => {
    const london: Pipeline = { ...profit, sla: { ...profit.sla!, delivery: { cadence: 'daily', deadline: '06:00', timezone: 'Europe/London', businessDays: false } } };
    expect(pipelineChanges(profit, london, names)).toEqual([{ kind: 'changed', key: 'sla.delivery.deadline', field: 'deadline', before: '06:00 UTC', after: '06:00 Europe/London' }]);
    const none: Pipeline = { ...profit, sla: { targets: profit.sla!.targets } };
    expect(pipelineChanges(profit, none, names)).toEqual([{ kind: 'removed', key: 'sla.delivery', field: 'delivery', value: 'Daily by 06:00 UTC' }]);
  });

  it('reports runbook changes: teams by name, common issues by title and their fields', () => {
    const after: Pipeline = {
      ...profit,
      upstream: ['finance-data'],
      commonIssues: [
        { id: 'delay-in-finance-db-sync', title: 'Delay in Finance DB sync', fix: 'Re-run the sync after 05:00', symptoms: 'Yesterday shows as partial' },
        { id: 'late-fx-rates', title: 'Late FX rates' },
      ],
    };
    expect(pipelineChanges(profit, after, names)).toEqual([
      { kind: 'added', key: 'upstream', field: 'upstream team', value: 'Finance Data Team' },
      { kind: 'removed', key: 'upstream', field: 'upstream team', value: 'Sales Systems Team' },
      { kind: 'added', key: 'commonIssues', field: 'common issue', value: 'Late FX rates' },
      { kind: 'added', key: 'commonIssues.symptoms', field: 'common issue "Delay in Finance DB sync" symptoms', value: 'Yesterday shows as partial' },
      { kind: 'changed', key: 'commonIssues.fix', field: 'common issue "Delay in Finance DB sync" fix', before: 'Re-run the sync', after: 'Re-run the sync after 05:00' },
    ]);
  });

  it('reports owners, audience and area, with ids where no name is known', () => {
    const after: Pipeline = { ...profit, audience: 'experiments', area: 'growth', owners: { primary: 'engineer-b', secondary: 'engineer-x' } };
    expect(pipelineChanges(profit, after, names)).toEqual([
      { kind: 'changed', key: 'area', field: 'area', before: 'profit', after: 'growth' },
      { kind: 'changed', key: 'audience', field: 'audience', before: 'investors', after: 'experiments' },
      { kind: 'changed', key: 'owners.primary', field: 'primary owner', before: 'Engineer A', after: 'Engineer B' },
      { kind: 'changed', key: 'owners.secondary', field: 'secondary owner', before: 'Engineer B', after: 'engineer-x' },
    ]);
  });
});
