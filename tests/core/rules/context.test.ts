import { describe, expect, it } from 'vitest';
import { describe as describeFinding } from '../../../src/core/rules/catalogue.ts';
import { looksNew, unknownReference } from '../../../src/core/rules/context.ts';

const PEOPLE = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'];

describe('looksNew', () => {
  it.each([
    ['frank', 'no known id is close'],
    ['engineer-e', 'the known pattern with a last part of its own'],
    ['data-engineer', 'nothing close'],
  ])('returns true for %s (%s)', (id) => {
    expect(looksNew(id, PEOPLE)).toBe(true);
  });

  it.each([
    ['enginer-a', 'a letter missing'],
    ['engineer-aa', 'a letter doubled'],
    ['angineer-a', 'a letter changed in the shared part'],
  ])('returns false for the typo %s (%s)', (id) => {
    expect(looksNew(id, PEOPLE)).toBe(false);
  });
});

describe('unknownReference', () => {
  it('returns the add-to-people.yaml fix only when the id looks new', () => {
    const fix = (value: string) => describeFinding({ rule: 'reference', params: unknownReference('person', value, PEOPLE, ['owners', 'primary']) }).fix;
    expect(fix('frank')).toBe(
      'known people: engineer-a, engineer-b, engineer-c, engineer-d; if "frank" is a new person, add them to people.yaml first (- id: frank, with their name)',
    );
    expect(fix('enginer-a')).toBe('did you mean "engineer-a"? known people: engineer-a, engineer-b, engineer-c, engineer-d');
  });
});
