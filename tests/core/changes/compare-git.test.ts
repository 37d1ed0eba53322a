import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareWithRef } from './compare-repo.ts';
import { repoWithData, type TestRepo } from './git-repo.ts';

// End to end through a real git repository: the base read at a ref with dataAtRef, the head from
// the working tree. What the comparison reports is tested on plain directories in compare.test.ts.
let repo: TestRepo;
beforeEach(() => {
  repo = repoWithData();
});
afterEach(() => repo.remove());

describe('compareData against a git ref', () => {
  it('reports a committed owner change against the commit before it', () => {
    repo.replace('pipelines/aggregate-profit.yaml', 'primary: engineer-b', 'primary: engineer-d');
    repo.commit('hand Aggregate profit over to Engineer D');

    const report = compareWithRef(repo, 'HEAD~1');

    expect(report.pipelines.changed.map((p) => [p.id, p.changes])).toEqual([
      ['aggregate-profit', [{ kind: 'changed', key: 'owners.primary', field: 'primary owner', before: 'Engineer B', after: 'Engineer D' }]],
    ]);
    expect(compareWithRef(repo, 'HEAD').hasChanges).toBe(false);
  });

  it('reports a change left in the working tree against HEAD', () => {
    repo.replace('pipelines/aggregate-profit.yaml', 'deadline: "06:00"', 'deadline: "05:00"');

    const report = compareWithRef(repo);

    expect(report.pipelines.changed.map((p) => [p.id, p.changes])).toEqual([
      ['aggregate-profit', [{ kind: 'changed', key: 'sla.delivery.deadline', field: 'deadline', before: '06:00 UTC', after: '05:00 UTC' }]],
    ]);
  });

  it('treats everything as new when the ref has no data directory', () => {
    repo.git('rm', '-rq', 'data');
    repo.commit('no data yet');
    repo.git('checkout', '-q', 'HEAD~1', '--', 'data');

    const report = compareWithRef(repo);

    expect(report.base.found).toBe(false);
    expect(report.pipelines.added).toHaveLength(5);
  });
});
