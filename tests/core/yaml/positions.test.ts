import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/core/yaml/lines.ts';
import { findOffsets, type Path } from '../../../src/core/yaml/positions.ts';
import { emptyTrace, readYaml } from '../../../src/core/yaml/parse.ts';
import { yaml } from '../../helpers/data-dir.ts';

/** `line:col` of the value at `path`, and of its key when it has one. */
function where(text: string) {
  const trace = emptyTrace();
  readYaml(text, 't.yaml', trace);

  const lines = new LineIndex(text);
  const show = (offset: number | undefined) => {
    if (offset === undefined) return undefined;
    const { line, column } = lines.position(offset);
    return `${line}:${column}`;
  };
  return (path: Path) => {
    const hit = findOffsets(text, trace.roots[0], path);
    return hit.depth === path.length ? { value: show(hit.value), key: show(hit.key) } : undefined;
  };
}

describe('findOffsets', () => {
  const at = where(yaml`
    # a comment line
    name: Aggregate profit
    owners:
      primary: engineer-a
      secondary: "engineer-b"
    upstream: [sales-systems, 'finance-data']
    commonIssues:
      - title: Late sync
        fix: re-run
      -   title: Second
    empty:
    anchored: &a value
    block: |
      text
  `);

  it('returns the root mapping at its first key', () => {
    expect(at([])).toEqual({ value: '2:1', key: undefined });
  });

  it('returns a top-level value and its key', () => {
    expect(at(['name'])).toEqual({ value: '2:7', key: '2:1' });
  });

  it('returns nested mapping values by their data path', () => {
    expect(at(['owners', 'primary'])).toEqual({ value: '4:12', key: '4:3' });
  });

  it('returns a quoted scalar at its opening quote', () => {
    expect(at(['owners', 'secondary'])?.value).toBe('5:14');
    expect(at(['upstream', 1])?.value).toBe('6:27');
  });

  it('returns flow sequence items by index', () => {
    expect(at(['upstream'])).toEqual({ value: '6:11', key: '6:1' });
    expect(at(['upstream', 0])).toEqual({ value: '6:12', key: undefined });
  });

  it('returns mappings inside block sequences by index', () => {
    expect(at(['commonIssues', 0])?.value).toBe('8:5');
    expect(at(['commonIssues', 0, 'fix'])).toEqual({ value: '9:10', key: '9:5' });
    expect(at(['commonIssues', 1, 'title'])).toEqual({ value: '10:14', key: '10:7' });
  });

  it('returns an empty value at its key, since it has no text of its own', () => {
    expect(at(['empty'])).toEqual({ value: '11:1', key: '11:1' });
  });

  it('returns an anchored value at its "&"', () => {
    expect(at(['anchored'])?.value).toBe('12:11');
  });

  it('returns a block scalar at its "|"', () => {
    expect(at(['block'])?.value).toBe('13:8');
  });

  it('returns undefined for paths that are not in the document', () => {
    expect(at(['owners', 'tertiary'])).toBeUndefined();
    expect(at(['upstream', 2])).toBeUndefined();
  });

  it('returns a folded block scalar at its ">" when a comment follows it', () => {
    expect(where('a: >- # fold | this\n\n  text\n')(['a'])?.value).toBe('1:4');
  });

  it('returns an empty list item at its list', () => {
    const item = where('list:\n  - a\n  -\n  - c\n');
    expect(item(['list', 1])?.value).toBe('2:3');
    expect(item(['list', 2])?.value).toBe('4:5');
  });
});
