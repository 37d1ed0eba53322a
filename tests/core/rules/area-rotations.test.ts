import { describe, expect, it } from 'vitest';
import { dataDir, load, peopleFile, problemsWith, yaml } from '../../helpers/data-dir.ts';

// Two rotations with members of their own, so that no week is double-booked.
const WEEKEND = { 'rotations/weekend.yaml': 'name: Weekend\nmembers: [engineer-d, engineer-e]\nstart: 2026-01-01\n' };
const PEOPLE = peopleFile('abcde');
const site = (growthRotation: string) => ({
  'site.yaml': yaml`
    title: Test runbooks
    calendar: {pastWeeks: 0, futureWeeks: 8}
    areas:
      - {id: profit, name: Profit}
      - id: growth
        name: Growth
        rotation: ${growthRotation}
  `,
});

describe('loadData: area default rotations', () => {
  it('returns the area rotation for a pipeline that names none when there are several rotations', () => {
    const { model, problems } = load(dataDir({ ...PEOPLE, ...WEEKEND, ...site('weekend'), 'pipelines/profit.yaml': null }));
    expect(problems).toEqual([]);
    expect(model!.byId.pipelines.get('growth')!.rotation).toBe('weekend');
  });

  it("returns the pipeline's own rotation over its area's", () => {
    const own = yaml`
      name: Growth
      area: growth
      audience: experiments
      rotation: on-call
      owners: {primary: engineer-c, secondary: engineer-a}
    `;
    const { model, problems } = load(dataDir({ ...PEOPLE, ...WEEKEND, ...site('weekend'), 'pipelines/profit.yaml': null, 'pipelines/growth.yaml': own }));
    expect(problems).toEqual([]);
    expect(model!.byId.pipelines.get('growth')!.rotation).toBe('on-call');
  });

  it('returns the area rotation also when it is the only rotation', () => {
    const { model } = load(dataDir({ ...site('on-call'), 'pipelines/profit.yaml': null }));
    expect(model!.byId.pipelines.get('growth')!.rotation).toBe('on-call');
  });

  it('reports an area rotation that has no file, at its line', () => {
    expect(problemsWith({ ...site('weekned'), 'pipelines/profit.yaml': null })).toEqual([
      'site.yaml:7:15: unknown rotation "weekned" in areas[1].rotation; known rotations: on-call; a rotation is a file rotations/<id>.yaml',
    ]);
  });

  it('reports a pipeline with no rotation in an area with none, naming both fixes', () => {
    expect(problemsWith({ ...PEOPLE, ...WEEKEND, ...site('weekend'), 'pipelines/profit.yaml': yaml`
      name: Profit
      area: profit
      audience: experiments
      owners: {primary: engineer-c, secondary: engineer-a}
    ` })).toEqual([
      'pipelines/profit.yaml:1:1: no rotation given and there are 2 rotations; add "rotation:" with one of on-call, weekend, or give area "profit" a default rotation in site.yaml (areas: - {id, name, rotation})',
    ]);
  });
});
