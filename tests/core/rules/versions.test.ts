import { describe, expect, it } from 'vitest';
import { peopleFile, problemsWith, yaml } from '../../helpers/data-dir.ts';

const rotation = (text: string) => ({ 'rotations/on-call.yaml': text });
const PEOPLE = peopleFile('abcd');
/** The problems of a rotation of engineer-a..c from 2026-01-01 with `versions:` on line 4 and the given items, indented by 2, from line 5. */
const withVersions = (items: string) =>
  problemsWith({
    ...PEOPLE,
    ...rotation(`name: On-call\nmembers: [engineer-a, engineer-b, engineer-c]\nstart: 2026-01-01\nversions:\n${items.replace(/^(?=.)/gm, '  ')}`),
  });

describe('loadData: rotation versions', () => {
  it('accepts versions from later weeks, oldest first', () => {
    expect(
      withVersions(yaml`
          - from: 2026-W20
            members: [engineer-a, engineer-b, engineer-c, engineer-d]
          - {from: 2026-W40, members: [engineer-d, engineer-c]}
        `),
    ).toEqual([]);
  });

  it('reports a from week that is not after the start week, at the week', () => {
    expect(
      problemsWith({
        ...PEOPLE,
        ...rotation(yaml`
          name: On-call
          members: [engineer-a, engineer-b, engineer-c]
          start: 2026-01-07
          versions:
            - from: 2026-W02
              members: [engineer-a, engineer-d]
        `),
      }),
    ).toEqual([
      'rotations/on-call.yaml:5:11: versions[0].from 2026-W02 is not after the start week 2026-W02; the top-level members apply from the start, so give a later week, or change members instead',
    ]);
  });

  it('reports versions out of order, pointing at the one before', () => {
    expect(
      withVersions(yaml`
          - {from: 2026-W30, members: [engineer-a, engineer-d]}
          - {from: 2026-W30, members: [engineer-b, engineer-d]}
          - {from: 2026-W20, members: [engineer-c, engineer-d]}
        `),
    ).toEqual([
      'rotations/on-call.yaml:6:12: versions[1].from 2026-W30 is not after 2026-W30, the version before it (line 5); list versions oldest first, each from a later week',
      'rotations/on-call.yaml:7:12: versions[2].from 2026-W20 is not after 2026-W30, the version before it (line 5); list versions oldest first, each from a later week',
    ]);
  });

  it('reports a from week the company calendar does not have, and one not written as a week', () => {
    expect(
      withVersions(yaml`
          - {from: 2027-W53, members: [engineer-a, engineer-d]}
          - {from: 2028-10, members: [engineer-a, engineer-d]}
        `),
    ).toEqual([
      'rotations/on-call.yaml:5:12: week 2027-W53 does not exist: 2027 has 52 weeks in the company calendar (weeks start on monday, week 1 contains 4 January); use 2027-W01 to 2027-W52',
      'rotations/on-call.yaml:6:12: versions[1].from: expected a week as "YYYY-Www", e.g. "2027-W02"; write 2028-W10; got "2028-10"',
    ]);
  });

  it("reports a version's members: fewer than 2, listed twice, unknown, each at its line", () => {
    expect(
      withVersions(yaml`
          - from: 2026-W10
            members: [engineer-a]
          - from: 2026-W20
            members:
              - engineer-b
              - engineer-d
              - engineer-b
              - enginer-c
        `),
    ).toEqual([
      'rotations/on-call.yaml:6:14: versions[0].members: a rotation needs at least 2 members',
      'rotations/on-call.yaml:11:9: "engineer-b" is listed twice in versions[1].members (also versions[1].members[0]); each person appears once in rotation order, remove one',
      'rotations/on-call.yaml:12:9: unknown person "enginer-c" in versions[1].members[3]; did you mean "engineer-c"? known people: engineer-a, engineer-b, engineer-c, engineer-d',
    ]);
  });

  it('reports an unknown key in a version, suggesting the right one', () => {
    expect(
      problemsWith({
        ...PEOPLE,
        ...rotation('name: On-call\nmembers: [engineer-a, engineer-b]\nstart: 2026-01-01\nversions:\n  - {from: 2026-W10, member: [engineer-c, engineer-d]}\n'),
      }),
    ).toEqual([
      'rotations/on-call.yaml:5:22: unknown key "member" in versions[0]; did you mean "members"? known keys: from, members',
    ]);
  });
});
