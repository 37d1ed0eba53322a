import { describe, expect, it } from 'vitest';
import { misplacedKind } from '../../../src/core/load/misplaced.ts';
import { problemsWith, yaml } from '../../helpers/data-dir.ts';

const growth = yaml`
  name: Growth (experiments)
  area: growth
  audience: experiments
  owners:
    primary: engineer-c
    secondary: engineer-a
`;
const onCall = yaml`
  name: On-call
  members: [engineer-a, engineer-b, engineer-c]
  start: 2026-01-01
`;

describe('loadData: a file in the wrong folder', () => {
  it('returns one problem, and no "no rotation given" on other pipelines, when a pipeline is in rotations/', () => {
    // As a second rotation, this file would make profit.yaml (no rotation:) ask for one.
    expect(problemsWith({ 'rotations/growth-copy.yaml': growth })).toEqual([
      'rotations/growth-copy.yaml:1:1: this is a pipeline (it has owners, area); move it to pipelines/',
    ]);
  });

  it('returns one problem saying the target exists when a copy of a pipeline is in rotations/', () => {
    expect(problemsWith({ 'rotations/growth.yaml': growth })).toEqual([
      'rotations/growth.yaml:1:1: this is a pipeline (it has owners, area); pipelines/growth.yaml already exists: delete this copy, or move it there under a new name',
    ]);
  });

  it('returns one problem, and references to the rotation still resolve, when a rotation is in pipelines/', () => {
    expect(
      problemsWith({
        'rotations/on-call.yaml': null,
        'pipelines/on-call.yaml': `# moved by mistake\n${onCall}`,
        'pipelines/growth.yaml': `${growth}rotation: on-call\n`,
      }),
    ).toEqual(['pipelines/on-call.yaml:2:1: this is a rotation (it has members, start); move it to rotations/']);
  });
});

describe('misplacedKind', () => {
  it('returns undefined when a rotation has one stray pipeline key', () => {
    expect(misplacedKind('rotation', { name: 'x', area: 'growth' })).toBeUndefined();
  });

  it('returns undefined when a file has a key only its own kind has', () => {
    expect(misplacedKind('rotation', { name: 'x', members: ['a'], owners: {}, area: 'growth' })).toBeUndefined();
    expect(misplacedKind('pipeline', { name: 'x', area: 'a', members: ['a'], start: '2026-01-01' })).toBeUndefined();
  });

  it('returns the other kind and its telling keys, most telling first, when two of them are present', () => {
    expect(misplacedKind('rotation', { audience: 'experiments', area: 'growth' })).toEqual({ kind: 'pipeline', keys: ['area', 'audience'], folder: 'pipelines/' });
    expect(misplacedKind('pipeline', { name: 'x', start: '2026-01-01', members: [] })).toEqual({ kind: 'rotation', keys: ['members', 'start'], folder: 'rotations/' });
  });

  it('returns undefined for the other file kinds and for values that are not mappings', () => {
    expect(misplacedKind('people', { owners: {}, area: 'x' })).toBeUndefined();
    expect(misplacedKind('rotation', ['owners', 'area'])).toBeUndefined();
  });
});
