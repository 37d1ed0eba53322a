import { YAMLException } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../../src/core/yaml/parse.ts';
import { REASON, REASON_START } from '../../../src/core/yaml/reasons.ts';

/** The reason js-yaml gives for `text`, from the real parser. */
function reasonFor(text: string): string {
  try {
    readYaml(text, 't.yaml');
  } catch (error) {
    if (error instanceof YAMLException) return error.reason;
    throw error;
  }
  throw new Error(`parsed without an error: ${JSON.stringify(text)}`);
}

// One input per kind of error that syntax-message.ts tells apart.
const INPUTS: Record<keyof typeof REASON, string> = {
  tab: 'owners:\n\tprimary: a\n',
  duplicateKey: 'a: 1\na: 2\n',
  mappingIndent: 'owners:\n  primary: "a"\n   secondary: b\n',
  sequenceIndent: 'list:\n  - a: 1\n   b: 2\n',
  deficientIndent: 'up: [a,\nb]\n',
  notOneNode: 'name: x\n- a\n',
  multilineKey: 'name: x\narea trials\naudience: y\n',
  missedColon: 'a: 1\nb c: 2 d\n"e" f\n',
  missedComma: 'x: {a: 1 b: 2}\n',
  // At the top level, where no indentation is deficient, an unclosed bracket or quote runs to the end.
  endInFlow: '[a,\nb\n',
  endInDoubleQuotes: '"a\nb\n',
  endInSingleQuotes: "'a\nb\n",
  documentInDoubleQuotes: '"a\n---\n',
  documentInSingleQuotes: "'a\n---\n",
  unknownEscape: 'a: "C:\\q"\n',
  hexEscape: 'a: "\\xZZ"\n',
  nonPrintable: 'a: b\u0007c\n',
  nonPrintableQuoted: 'a: "b\u0007c"\n',
  nullByte: 'a: b\u0000c\n',
};

describe('js-yaml reasons', () => {
  it.each(Object.entries(INPUTS))('returns the reason syntax-message.ts expects for %s', (kind, text) => {
    expect(reasonFor(text)).toBe(REASON[kind as keyof typeof REASON]);
  });

  it('returns the reasons that carry a name after a fixed start', () => {
    expect(reasonFor(`a: ${'['.repeat(40)}${']'.repeat(40)}\n`)).toMatch(new RegExp(`^${REASON_START.maxDepth}`));
    expect(reasonFor('a: !!binary aGVsbG8=\n').startsWith(REASON_START.unknownTag)).toBe(true);
    expect(reasonFor('a: *bold* text\n').startsWith(REASON_START.unidentifiedAlias)).toBe(true);
  });
});
