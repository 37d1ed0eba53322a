import { describe, expect, it } from 'vitest';
import { problemsWith, yaml } from '../../helpers/data-dir.ts';

const growth = (rest: string) => `name: Growth (experiments)\narea: growth\naudience: experiments\n${rest}`;

describe('loadData: a display name where an id belongs', () => {
  it('returns the kebab-case message and the id of the person with that name for engineer: Engineer B', () => {
    const rotation = yaml`
      name: On-call
      members: [engineer-a, engineer-b, engineer-c]
      start: 2026-01-01
      overrides:
        - week: 2026-W10
          engineer: Engineer B
          reason: Swap
    `;
    expect(problemsWith({ 'rotations/on-call.yaml': rotation })).toEqual([
      'rotations/on-call.yaml:6:15: overrides[0].engineer: person id must be kebab-case (lowercase words joined by "-"), e.g. "engineer-a"; got "Engineer B"; "Engineer B" is the name of person engineer-b: write engineer: engineer-b',
    ]);
  });

  it('returns the id of the team, the area and the rotation with the name written, whatever its case and spaces', () => {
    const file = growth('rotation: on-call\nowners: {primary: engineer-c, secondary: engineer-a}\nupstream: [finance data  TEAM]\n').replace('area: growth', 'area: Growth').replace('rotation: on-call', 'rotation: On-call');
    // The valid fixture's teams: finance-data is named "Finance Data Team".
    expect(problemsWith({ 'pipelines/growth.yaml': file })).toEqual([
      'pipelines/growth.yaml:2:7: area: area id must be kebab-case (lowercase words joined by "-"), e.g. "profit"; got "Growth"; "Growth" is the name of area growth: write area: growth',
      'pipelines/growth.yaml:4:11: rotation: rotation id must be kebab-case (lowercase words joined by "-"), e.g. "data-platform"; got "On-call"; "On-call" is the name of rotation on-call: write rotation: on-call',
      'pipelines/growth.yaml:6:12: upstream[0]: team id must be kebab-case (lowercase words joined by "-"), e.g. "finance-data"; got "finance data  TEAM"; "finance data  TEAM" is the name of team finance-data: write finance-data',
    ]);
  });

  it('returns the kebab-case message alone when nobody has that name', () => {
    expect(problemsWith({ 'pipelines/growth.yaml': growth('owners: {primary: Engineer Z, secondary: engineer-a}\n') })).toEqual([
      'pipelines/growth.yaml:4:19: owners.primary: person id must be kebab-case (lowercase words joined by "-"), e.g. "engineer-a"; got "Engineer Z"',
    ]);
  });
});
