// Each explanation is checked against what the real parser (js-yaml 4) reports for the mistake.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/core/yaml/source.ts';
import { yaml } from '../../helpers/data-dir.ts';

/** `line:col: message` for `text`, which must fail to parse. */
function problem(text: string): string {
  const result = parseYaml('t.yaml', new TextEncoder().encode(text));
  if (result.ok) throw new Error(`parsed: ${JSON.stringify(result.source.value)}`);
  return `${result.problem.line}:${result.problem.column}: ${result.problem.message}`;
}

describe('explainSyntaxError', () => {
  describe('names indentation mistakes as indentation, with the column expected and the line to align with', () => {
    it('returns "deeper" when a key after a plain value is indented too far', () => {
      expect(
        problem(yaml`
          sla:
            targets:
              - at: daily
                  deadline: "06:00"
        `),
      ).toBe('4:9: YAML syntax error: bad indentation: "deadline" is indented 2 spaces deeper than "at" on line 3; start it at column 7');
    });

    it('returns "deeper" when a key after a quoted value is indented too far, not a quoting problem', () => {
      expect(
        problem(yaml`
          owners:
            primary: "engineer-a"
              secondary: engineer-b
        `),
      ).toBe('3:5: YAML syntax error: bad indentation: "secondary" is indented 2 spaces deeper than "primary" on line 2; start it at column 3');
    });

    it('returns "less" when a key is indented less than its siblings', () => {
      expect(problem('owners:\n  primary: a\n secondary: b\n')).toBe(
        '3:2: YAML syntax error: bad indentation: "secondary" is indented 1 space less than "primary" on line 2; start it at column 3',
      );
    });

    it('returns the key of a list item as misaligned with the keys above it', () => {
      expect(problem('teams:\n  - id: a\n   name: x\n')).toBe(
        '3:4: YAML syntax error: bad indentation: "name" is indented 1 space less than "id" on line 2; start it at column 5',
      );
    });

    it('returns a list item misaligned with the items above it', () => {
      expect(problem('members:\n  - a\n - b\n')).toBe(
        '3:2: YAML syntax error: bad indentation: this list item is indented 1 space less than the "- " on line 2; start it at column 3',
      );
    });

    it('returns a top-level key indented less than the first one', () => {
      expect(problem('  name: x\narea: y\n')).toBe(
        '2:1: YAML syntax error: bad indentation: "area" is indented 2 spaces less than "name" on line 1; start it at column 3',
      );
    });
  });

  describe('reads other mistakes from js-yaml positions', () => {
    it('returns a missing space after a colon, naming its line', () => {
      expect(problem('owners:\n  primary:engineer-c\n  secondary: engineer-a\n')).toBe(
        '3:12: YAML syntax error: line 2 has no space after "primary:"; write "primary: engineer-c"',
      );
    });

    it('returns text after a closing quote', () => {
      expect(problem("name: 'Engineer C's trials'\n")).toBe(
        "1:19: YAML syntax error: the value ends at its second ' and text follows it; inside single quotes write '' for an apostrophe, or use double quotes",
      );
    });

    it('returns text after a bracketed list', () => {
      expect(problem('upstream: [a] b\n')).toBe(
        '1:15: YAML syntax error: there is more on this line than one value; put the whole value in quotes, or move the rest to a line of its own',
      );
    });

    it('returns a bracket left open at the line that starts the next key', () => {
      expect(problem('upstream: [a,\ndownstream: [b]\n')).toBe('2:1: YAML syntax error: the "[" opened on line 1 is never closed; add the closing ]');
    });

    it('returns a bracketed list continued at too little indentation as indentation', () => {
      expect(problem('upstream: [a,\nb]\n')).toBe(
        '2:1: YAML syntax error: this line continues the "[" on line 1 but is indented less than its key; indent it further',
      );
    });

    it('returns a quote left open to the end of the file', () => {
      expect(problem('"a\nb\n')).toBe('3:1: YAML syntax error: the quote " opened on line 1 is never closed; add the closing "');
    });

    it('returns text starting with "*" with the quoted line to write', () => {
      expect(problem('checks:\n  - *first* look at the logs\n')).toBe(
        '2:5: YAML syntax error: a value starting with "*" is read as an alias or anchor; put the whole value in quotes: - "*first* look at the logs"',
      );
    });

    it('returns a tag as it was written, at the tag', () => {
      expect(problem('a: !!int abc\n')).toBe('1:4: YAML syntax error: cannot resolve a node with !!int explicit tag; remove the tag, plain values are enough');
    });

    it('returns a control character at the character, not where its value ends', () => {
      expect(problem('a: x\nb: "q\u0001rest"\n')).toBe(
        '2:6: YAML syntax error: the file contains a control character (U+0001); delete it (it is invisible in most editors)',
      );
    });

    it('passes reasons it has no better words for through, marked as a syntax error', () => {
      expect(problem('%YAML 2.0\n---\na: 1\n')).toBe(
        '2:1: YAML syntax error: unacceptable YAML version of the document; correct the YAML at this line and column',
      );
    });
  });

  describe('refuses what runbook data does not allow', () => {
    it('returns an alias at its "*", even one used as a key', () => {
      expect(problem('a: &x 1\n*x : 2\n')).toBe(
        '2:1: YAML aliases (*name) are not allowed in runbook data; write the value out in full, or put text that starts with "*" in quotes',
      );
    });

    it.each([
      ['a list in brackets', '[a, b]: 1\n', '1:1'],
      ['a list as a list item key', 'list:\n  - [a]: 1\n', '2:5'],
      ['an explicit "? " list', '? - a\n  - b\n: 1\n', '1:3'],
    ])('returns %s used as a key', (_, text, at) => {
      expect(problem(text)).toBe(`${at}: YAML syntax error: a list or mapping is used as a key; keys must be plain text`);
    });

    it('returns a duplicate key naming the line of the first', () => {
      expect(problem('list:\n  - x: 1\n    y: 2\n    x: 3\n')).toBe('4:5: duplicate key "x"; it is already set on line 2, keep one of the two');
    });
  });
});
