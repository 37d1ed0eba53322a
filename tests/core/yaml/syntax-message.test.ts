import { describe, expect, it } from 'vitest';
import { syntaxMessage, unclosedBefore } from '../../../src/core/yaml/syntax-message.ts';

describe('unclosedBefore', () => {
  it('returns the bracket still open at the end, with its line', () => {
    expect(unclosedBefore('a: x\nb: [c, {d: e}\n', 18)).toEqual({ char: '[', line: 2 });
  });

  it('returns undefined when every bracket and quote is closed', () => {
    expect(unclosedBefore('a: [b, "c]"]\nd: \'e\'\'s\'\n', 24)).toBeUndefined();
  });

  it('ignores brackets and quotes inside comments and plain values', () => {
    expect(unclosedBefore('# see [docs\ntitle: fix [urgent]\nreason: A\'s week\n', 48)).toBeUndefined();
  });

  it('skips escaped quotes inside double-quoted values', () => {
    expect(unclosedBefore('a: "say \\"hi\\"\nb: 1\n', 20)).toEqual({ char: '"', line: 1 });
  });
});

describe('syntaxMessage', () => {
  it('passes reasons it has no better words for through, marked as a syntax error', () => {
    expect(syntaxMessage('unacceptable YAML version of the document', '%YAML 2.0\n---\na: 1', 6, 32)).toBe(
      'YAML syntax error: unacceptable YAML version of the document',
    );
  });

  it('falls back to a general hint when "deficient indentation" has no unclosed bracket', () => {
    expect(syntaxMessage('deficient indentation', 'a:\n  b\nc', 7, 32)).toBe(
      'YAML syntax error: deficient indentation; indent this line under its key, or close the quote or bracket on an earlier line',
    );
  });
});
