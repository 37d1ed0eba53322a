import { describe, expect, it } from 'vitest';
import { fileView, idList, indicesAt, lengthAt, textAt } from '../../src/core/file-view.ts';

const entry = { file: 'people.yaml', kind: 'people' as const };
const teams = { file: 'teams.yaml', kind: 'teams' as const };
const pipeline = { file: 'pipelines/p.yaml', kind: 'pipeline' as const };

describe('textAt', () => {
  it('returns text that zod accepted', () => {
    expect(textAt(fileView(entry, { people: [{ id: 'a' }] }), ['people', 0, 'id'])).toBe('a');
  });

  it('returns undefined for text zod rejected, and for values that are not text', () => {
    const view = fileView(entry, { people: [{ id: 'A' }, { id: 3 }] }, [['people', 0, 'id']]);
    expect(textAt(view, ['people', 0, 'id'])).toBeUndefined();
    expect(textAt(view, ['people', 1, 'id'])).toBeUndefined();
    expect(textAt(view, ['people', 2, 'id'])).toBeUndefined();
  });
});

describe('lengthAt', () => {
  it('returns 0 for an absent key and undefined for a value that is not a list', () => {
    const view = fileView(pipeline, { upstream: [1, 2], downstream: 'x', commonIssues: null });
    expect([lengthAt(view, ['upstream']), lengthAt(view, ['downstream']), lengthAt(view, ['commonIssues']), lengthAt(view, ['links'])]).toEqual([2, undefined, 0, 0]);
  });
});

describe('indicesAt', () => {
  it('returns the indices of a list, and none for anything else', () => {
    const view = fileView(pipeline, { upstream: ['x', 'y'], downstream: { 0: 'x' } });
    expect([indicesAt(view, ['upstream']), indicesAt(view, ['downstream'])]).toEqual([[0, 1], []]);
  });
});

describe('idList', () => {
  it('returns the readable ids and marks the list complete when all are readable', () => {
    const list = idList(fileView(entry, { people: [{ id: 'a' }, { id: 'b' }] }), 'people', true);
    expect([list.items, [...list.ids], list.complete]).toEqual([[{ id: 'a', index: 0 }, { id: 'b', index: 1 }], ['a', 'b'], true]);
  });

  it('marks the list incomplete when an id was rejected', () => {
    const list = idList(fileView(entry, { people: [{ id: 'a' }, { id: 'B' }] }, [['people', 1, 'id']]), 'people', true);
    expect([[...list.ids], list.complete]).toEqual([['a'], false]);
  });

  it('treats a missing optional file as an empty, complete list and a missing required one as incomplete', () => {
    expect(idList(undefined, 'teams', false).complete).toBe(true);
    expect(idList(undefined, 'people', true).complete).toBe(false);
  });

  it('marks a file whose YAML did not parse as incomplete', () => {
    expect(idList(fileView(teams, undefined), 'teams', false).complete).toBe(false);
  });

  it('marks a required list that is absent as incomplete and an optional one as complete', () => {
    expect(idList(fileView(entry, {}), 'people', true).complete).toBe(false);
    expect(idList(fileView(teams, {}), 'teams', false).complete).toBe(true);
  });
});

describe('paths typed from the schemas', () => {
  it('fails compilation for a path that no schema field spells', () => {
    const view = fileView(pipeline, { owners: { primary: 'a' } });
    expect(textAt(view, ['owners', 'primary'])).toBe('a');
    // @ts-expect-error `primray` is no field of owners: a renamed or misspelt field does not compile.
    expect(textAt(view, ['owners', 'primray'])).toBeUndefined();
    // @ts-expect-error `members` belongs to rotations, not pipelines.
    expect(indicesAt(view, ['members'])).toEqual([]);
  });
});
