import { describe, expect, it } from 'vitest';
import { didYouMean, knownList, pathText } from '../../src/core/suggest.ts';

describe('didYouMean', () => {
  it('returns the closest candidate when it is a likely typo', () => {
    expect(didYouMean('secondry', ['primary', 'secondary'])).toBe('did you mean "secondary"?');
    expect(didYouMean('engineer-x', ['engineer-a', 'finance-data'])).toBe('did you mean "engineer-a"?');
  });

  it('allows two edits in short words', () => {
    expect(didYouMean('ara', ['area', 'name'])).toBe('did you mean "area"?');
    expect(didYouMean('nme', ['name'])).toBe('did you mean "name"?');
  });

  it('allows about one edit in three letters in long words', () => {
    // 12 and 13 letters: up to 4 edits; "firstWeekDate" is 8 away.
    expect(didYouMean('commmonIsues', ['commonIssues'])).toBe('did you mean "commonIssues"?');
    expect(didYouMean('firstWeekDate', ['firstWeekContainsDate'])).toBe('');
  });

  it('returns an empty string when nothing is close', () => {
    expect(didYouMean('colour', ['primary', 'secondary'])).toBe('');
  });

  it('returns an empty string when there are no candidates', () => {
    expect(didYouMean('anything', [])).toBe('');
  });
});

describe('knownList', () => {
  it('lists every candidate in order when there are few', () => {
    expect(knownList('x', ['profit', 'growth', 'engagement'])).toBe('profit, growth, engagement');
  });

  it('lists the nearest candidates first and counts the rest when there are many', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `team-${String.fromCharCode(97 + i)}`);
    expect(knownList('team-k', ids, 3)).toBe('team-k, team-a, team-b, … (12 in all)');
  });
});

describe('pathText', () => {
  it('returns a data path as written in JavaScript', () => {
    expect(pathText(['sla', 'targets', 0, 'percent'])).toBe('sla.targets[0].percent');
    expect(pathText([0, 'id'])).toBe('[0].id');
  });

  it('returns "(top level)" for the empty path', () => {
    expect(pathText([])).toBe('(top level)');
  });
});
