import { describe as group, expect, it } from 'vitest';
import { describe, type Finding } from '../../../src/core/rules/catalogue.ts';
import { ID_NAMES, namesOf } from '../../../src/core/rules/names.ts';

const PEOPLE = [
  { id: 'engineer-a', name: 'Engineer A' },
  { id: 'engineer-c', name: 'Engineer C' },
  { id: 'engineer-d', name: 'Engineer D' },
];

// engineer-c is on call in both rotations; engineer-a is free in both, so the fix names them twice.
const doubleBooked: Finding = {
  rule: 'double-booked',
  params: {
    engineer: 'engineer-c',
    week: '2026-W51',
    rotations: ['data-platform', 'reporting'],
    options: [
      { rotation: 'data-platform', free: ['engineer-a', 'engineer-d'] },
      { rotation: 'reporting', free: ['engineer-a'] },
    ],
  },
};

group('names in problem words', () => {
  it('returns ids everywhere for validate, whose fixes are YAML', () => {
    expect(describe(doubleBooked, ID_NAMES).message).toBe(
      'engineer-c is on call in 2 rotations in 2026-W51: data-platform, reporting; give one of the weeks to someone else with an override (engineer-a or engineer-d in data-platform; engineer-a in reporting can take it without a back-to-back week), or accept it with an override for 2026-W51 naming engineer-c with agreed: true',
    );
  });

  it('returns display names, with the id once after each person the YAML fix names, when naming for people', () => {
    const { what, fix } = describe(doubleBooked, namesOf(PEOPLE));
    // The sentence names engineer-c without an id; the fix gives it the first time it names them.
    expect(what).toBe('Engineer C is on call in 2 rotations in 2026-W51: data-platform, reporting');
    expect(fix).toBe(
      'give one of the weeks to someone else with an override (Engineer A (engineer-a) or Engineer D (engineer-d) in data-platform; Engineer A in reporting can take it without a back-to-back week), or accept it with an override for 2026-W51 naming Engineer C (engineer-c) with agreed: true',
    );
  });

  it('returns the id again in the next problem: "once" is per problem', () => {
    const names = namesOf(PEOPLE);
    expect(describe(doubleBooked, names).fix).toContain('(Engineer A (engineer-a) or');
    expect(describe(doubleBooked, names).fix).toContain('(Engineer A (engineer-a) or');
  });

  it('returns the id every time after a name two people share, even written in another case, spacing or Unicode form', () => {
    const names = namesOf([
      { id: 'jose-a', name: 'Jos\u00e9 Diaz' },
      { id: 'jose-b', name: 'jose\u0301  diaz' },
      { id: 'kim', name: 'Kim' },
    ]).fresh();
    expect(names.person('jose-a')).toBe('Jos\u00e9 Diaz (jose-a)');
    expect(names.person('jose-b')).toBe('jose\u0301  diaz (jose-b)');
    expect(names.personInFix('jose-a')).toBe('Jos\u00e9 Diaz (jose-a)');
    expect(names.personInFix('jose-a')).toBe('Jos\u00e9 Diaz (jose-a)');
    expect(names.person('kim')).toBe('Kim');
  });

  it('returns the id as it is for an id nobody has, or a person whose name is their id', () => {
    const names = namesOf([{ id: 'ops', name: 'ops' }]).fresh();
    expect(names.person('engineer-x')).toBe('engineer-x');
    expect(names.personInFix('engineer-x')).toBe('engineer-x');
    expect(names.personInFix('ops')).toBe('ops');
  });
});
