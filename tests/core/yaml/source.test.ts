import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseYaml } from '../../../src/core/yaml/source.ts';
import { yaml } from '../../helpers/data-dir.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** `line:col: message` of the problem parsing `text` as `t.yaml`, or the parsed value. */
function parse(text: string | Uint8Array) {
  const result = parseYaml('t.yaml', typeof text === 'string' ? bytes(text) : text);
  return result.ok ? { value: result.source.value } : { problem: `${result.problem.line}:${result.problem.column}: ${result.problem.message}`, rule: result.problem.rule };
}

describe('parseYaml', () => {
  describe('accepts', () => {
    it('returns the mapping and locates its values', () => {
      const result = parseYaml('t.yaml', bytes('a: 1\nb:\n  c: [x, y]\n'));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.source.value).toEqual({ a: 1, b: { c: ['x', 'y'] } });
      expect(result.source.locate(['b', 'c', 1])).toEqual({ line: 3, column: 10 });
      expect(result.source.locate(['b', 'c'], 'key')).toEqual({ line: 3, column: 3 });
      expect(result.source.lineCount).toBe(4);
    });

    it('locates a missing path at its nearest existing ancestor', () => {
      const result = parseYaml('t.yaml', bytes('a: 1\nb:\n  c: x\n'));
      if (!result.ok) throw new Error('expected a parse');
      expect(result.source.locate(['b', 'd', 0])).toEqual({ line: 3, column: 3 });
      expect(result.source.locate(['zzz'])).toEqual({ line: 1, column: 1 });
    });

    it('strips a UTF-8 byte order mark without shifting columns', () => {
      const result = parseYaml('t.yaml', bytes('\uFEFFname: x\narea: y\n'));
      if (!result.ok) throw new Error(result.problem.message);
      expect(result.source.value).toEqual({ name: 'x', area: 'y' });
      expect(result.source.locate(['name'])).toEqual({ line: 1, column: 7 });
    });

    it('reads CRLF line endings and counts positions as for LF', () => {
      const result = parseYaml('t.yaml', bytes('name: x\r\nowners:\r\n  primary: "a"\r\n'));
      if (!result.ok) throw new Error(result.problem.message);
      expect(result.source.value).toEqual({ name: 'x', owners: { primary: 'a' } });
      expect(result.source.locate(['owners', 'primary'])).toEqual({ line: 3, column: 12 });
    });

    it('keeps dates, times and weeks as the strings written', () => {
      expect(parse('start: 2026-01-01\nat: 06:00\nweek: 2026-W53\n').value).toEqual({ start: '2026-01-01', at: '06:00', week: '2026-W53' });
    });
  });

  describe('the file', () => {
    it('reports an empty file, naming it', () => {
      expect(parse('')).toEqual({ problem: '1:1: t.yaml is empty; it must be a YAML mapping of keys to values', rule: 'file' });
    });

    it('reports a file holding only comments as empty', () => {
      expect(parse('# nothing yet\n\n').problem).toBe('1:1: t.yaml is empty; it must be a YAML mapping of keys to values');
    });

    it('reports a file that is a list', () => {
      expect(parse('- a\n- b\n').problem).toBe('1:1: t.yaml must be a YAML mapping of keys to values, but it is a list');
    });

    it('reports a file that is a single value', () => {
      expect(parse('just text\n').problem).toBe('1:1: t.yaml must be a YAML mapping of keys to values, but it is a string');
      expect(parse('42\n').problem).toBe('1:1: t.yaml must be a YAML mapping of keys to values, but it is a number');
    });

    it('reports several YAML documents', () => {
      expect(parse('a: 1\n---\nb: 2\n').problem).toBe('1:1: t.yaml holds 2 YAML documents (separated by "---"); keep exactly one');
    });

    it('reports bytes that are not UTF-8 at their line and column', () => {
      expect(parse(new Uint8Array([...bytes('a: 1\nname: x'), 0xff, 0x0a]))).toEqual({
        problem: '2:8: byte 0xff is not valid UTF-8; save the file as UTF-8 text',
        rule: 'encoding',
      });
    });

    it('refuses a file over the size limit before parsing it', () => {
      const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20);
      expect(parse(big)).toEqual({ problem: '1:1: the file is 4.0 MB; data files are limited to 4 MB, split it up', rule: 'size' });
    });
  });

  describe('YAML syntax errors', () => {
    it('reports a tab used for indentation', () => {
      expect(parse('owners:\n\tprimary: a\n')).toEqual({ problem: '2:1: YAML syntax error: a tab is used for indentation; indent with spaces', rule: 'yaml' });
    });

    it('accepts a tab between a key and its value, which is not indentation', () => {
      expect(parse('name:\tx\n').value).toEqual({ name: 'x' });
    });

    it('reports a duplicate key at the second occurrence, naming the line of the first', () => {
      expect(
        parse(yaml`
          name: a
          area: profit
          name: b
        `).problem,
      ).toBe('3:1: duplicate key "name"; it is already set on line 1, keep one of the two');
    });

    it('reports a duplicate key in a nested mapping', () => {
      expect(
        parse(yaml`
          owners:
            primary: a
            primary: b
        `).problem,
      ).toBe('3:3: duplicate key "primary"; it is already set on line 2, keep one of the two');
    });

    it('reports a duplicate key in a flow mapping', () => {
      expect(parse('owners: {primary: a, primary: b}\n').problem).toBe(
        '1:22: duplicate key "primary"; it is already set on line 1, keep one of the two',
      );
    });

    it('reports a bracket that is never closed, naming the line it opens on', () => {
      expect(
        parse(yaml`
          name: x
          upstream: [a, b
          downstream: [c]
        `).problem,
      ).toBe('3:1: YAML syntax error: the "[" opened on line 2 is never closed; add the closing ]');
    });

    it('reports a quote that is never closed, naming the line it opens on', () => {
      expect(parse('name: x\narea: "profit\n').problem).toBe('3:1: YAML syntax error: the quote " opened on line 2 is never closed; add the closing "');
    });

    it('does not take an apostrophe inside a plain value for a quote', () => {
      expect(parse("reason: Engineer A's week\nname: 'x\n").problem).toBe(
        "3:1: YAML syntax error: the quote ' opened on line 2 is never closed; add the closing '",
      );
    });

    it('reports a key indented deeper than its siblings', () => {
      expect(
        parse(yaml`
          owners:
            primary: a
             secondary: b
        `).problem,
      ).toBe('3:4: YAML syntax error: bad indentation: "secondary" is indented 1 space deeper than "primary" on line 2; start it at column 3');
    });

    it('reports a key in a list item indented off its siblings as a key, not a list item', () => {
      expect(parse('teams:\n  - id: a\n   name: x\n').problem).toBe(
        '3:4: YAML syntax error: bad indentation: "name" is indented 1 space less than "id" on line 2; start it at column 5',
      );
    });

    it('reports a list item indented less than its siblings', () => {
      expect(
        parse(yaml`
          members:
            - a
           - b
        `).problem,
      ).toBe('3:2: YAML syntax error: bad indentation: this list item is indented 1 space less than the "- " on line 2; start it at column 3');
    });

    it('reports an unquoted value containing ": "', () => {
      expect(parse('reason: cover: new year\n').problem).toBe(
        '1:14: YAML syntax error: a value containing ": " must be in quotes; put the whole value in quotes',
      );
    });

    it('reports a value starting with a reserved character', () => {
      expect(parse('chat: @engineer-a\n').problem).toBe('1:7: YAML syntax error: a value cannot start with "@"; put the whole value in quotes');
      expect(parse('chat: `x`\n').problem).toBe('1:7: YAML syntax error: a value cannot start with a backtick; put the whole value in quotes');
    });

    it('reports a line that does not fit the structure above it', () => {
      expect(parse('name: x\n- a\n').problem).toBe(
        '2:1: YAML syntax error: this line does not fit the structure above it; check its indentation, and that the line above is "key: value" with a space after the colon',
      );
    });

    it('reports a line that is not "key: value"', () => {
      expect(parse('name: x\narea\naudience: y\n').problem).toBe(
        '3:9: YAML syntax error: line 2 ("area") is not "key: value"; add the missing ":" or put a long value in quotes',
      );
    });

    it('reports a missing comma in a flow list', () => {
      expect(parse('x: {a: 1 b: 2}\n').problem).toBe('1:11: YAML syntax error: a comma is missing; separate the items in [ ] or { } with ", "');
    });

    it('reports a control character', () => {
      expect(parse('name: a\u0007b\n').problem).toBe(
        '1:8: YAML syntax error: the file contains a control character (U+0007); delete it (it is invisible in most editors)',
      );
    });

    it('reports aliases, which would let one edit change values far away', () => {
      expect(parse('a: &x 1\nb: *x\n').problem).toBe(
        '2:4: YAML aliases (*name) are not allowed in runbook data; write the value out in full, or put text that starts with "*" in quotes',
      );
    });

    it('reports unknown tags', () => {
      expect(parse('a: !!binary aGVsbG8=\n').problem).toBe(
        '1:4: YAML syntax error: unknown tag !!binary; remove the tag, plain values are enough',
      );
    });

    it('reports nesting deeper than any data file needs, instead of recursing', () => {
      const deep = `${'['.repeat(40)}${']'.repeat(40)}`;
      expect(parse(`a: ${deep}\n`).problem).toBe(
        '1:35: YAML syntax error: the data is nested more than 32 levels deep; no data file needs that many levels, remove the extra nesting',
      );
    });
  });
});
