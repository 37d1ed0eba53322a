import { describe, expect, it } from 'vitest';
import { namesFrom } from '../../../src/core/changes/names.ts';
import { rotationChanges } from '../../../src/core/changes/rotations.ts';
import type { Rotation } from '../../../src/core/model.ts';

const names = namesFrom({
  people: ['a', 'b', 'c', 'd', 'e'].map((x) => ({ id: `engineer-${x}`, name: `Engineer ${x.toUpperCase()}`, holidays: [] })),
  rotations: [],
  pipelines: [],
  unloaded: [],
});

const rotation: Rotation = {
  id: 'data-platform',
  file: 'rotations/data-platform.yaml',
  name: 'Data platform on-call',
  members: ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'],
  versions: [],
  assignment: 'week-number',
  start: '2026-01-01',
  handoff: '00:00',
  overrides: [{ week: '2026-W53', engineer: 'engineer-b', reason: 'ISO 2026 has 53 weeks', agreed: false }],
  covers: [],
};

describe('rotationChanges', () => {
  it('reports a member added without calling it a change of order', () => {
    const after = { ...rotation, members: [...rotation.members, 'engineer-e'] };
    expect(rotationChanges(rotation, after, names)).toEqual([{ kind: 'added', key: 'members', field: 'member', value: 'Engineer E' }]);
  });

  it('reports a new order with both lists', () => {
    const after = { ...rotation, members: ['engineer-b', 'engineer-a', 'engineer-c', 'engineer-d'] };
    expect(rotationChanges(rotation, after, names)).toEqual([
      {
        kind: 'changed',
        key: 'members',
        field: 'rotation order',
        before: 'Engineer A, Engineer B, Engineer C, Engineer D',
        after: 'Engineer B, Engineer A, Engineer C, Engineer D',
      },
    ]);
  });

  it('reports overrides added, removed and changed by week', () => {
    const after: Rotation = {
      ...rotation,
      handoff: '09:00',
      overrides: [
        { week: '2026-W53', engineer: 'engineer-c', reason: 'ISO 2026 has 53 weeks', agreed: false },
        { week: '2027-W10', engineer: 'engineer-a', reason: 'Swap for a conference', agreed: true },
      ],
    };
    expect(rotationChanges(rotation, after, names)).toEqual([
      { kind: 'changed', key: 'handoff', field: 'handoff', before: '00:00', after: '09:00' },
      { kind: 'changed', key: 'overrides', field: 'override 2026-W53', before: 'Engineer B — ISO 2026 has 53 weeks', after: 'Engineer C — ISO 2026 has 53 weeks' },
      { kind: 'added', key: 'overrides', field: 'override 2027-W10', value: 'Engineer A, agreed back to back — Swap for a conference' },
    ]);
    expect(rotationChanges(after, rotation, names).at(-1)).toEqual({
      kind: 'removed',
      key: 'overrides',
      field: 'override 2027-W10',
      value: 'Engineer A, agreed back to back — Swap for a conference',
    });
  });
});
