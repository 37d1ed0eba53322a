import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/core/yaml/lines.ts';

describe('LineIndex', () => {
  it('returns 1-based line and column for offsets on each line', () => {
    const index = new LineIndex('ab\ncd\n');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(1)).toEqual({ line: 1, column: 2 });
    // The line break belongs to the line it ends.
    expect(index.position(2)).toEqual({ line: 1, column: 3 });
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 2 });
  });

  it('returns the line after a trailing line break for the end offset', () => {
    expect(new LineIndex('ab\ncd\n').position(6)).toEqual({ line: 3, column: 1 });
  });

  it('counts the lines of the text, an empty text having one', () => {
    expect(new LineIndex('').lineCount).toBe(1);
    expect(new LineIndex('a').lineCount).toBe(1);
    expect(new LineIndex('a\nb\n').lineCount).toBe(3);
  });

  it('counts columns after "\\r\\n" from the start of the line, so CRLF files report like LF files', () => {
    const index = new LineIndex('a: 1\r\nbb: 2\r\n');
    expect(index.position(6)).toEqual({ line: 2, column: 1 });
    expect(index.position(10)).toEqual({ line: 2, column: 5 });
  });

  it('finds lines by binary search in long texts', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i + 1}`).join('\n');
    const index = new LineIndex(text);
    const offset = text.indexOf('line 4321') + 5;
    expect(index.position(offset)).toEqual({ line: 4321, column: 6 });
    expect(index.lineCount).toBe(5000);
  });

  it('clamps offsets before the start to column 1', () => {
    expect(new LineIndex('abc').position(-1)).toEqual({ line: 1, column: 1 });
  });
});
