/**
 * The kinds of error js-yaml 4 throws, as its `YAMLException.reason` spells them. They name the
 * parser's state ("bad indentation of a mapping entry"), not the mistake; syntax-message.ts tells
 * which mistake it was from js-yaml's positions. tests/core/yaml/reasons.test.ts makes the real
 * parser produce each one, so an upgrade that rewords them fails there, not in front of a user.
 */
export const REASON = {
  tab: 'tab characters must not be used in indentation',
  duplicateKey: 'duplicated mapping key',
  mappingIndent: 'bad indentation of a mapping entry',
  sequenceIndent: 'bad indentation of a sequence entry',
  deficientIndent: 'deficient indentation',
  notOneNode: 'end of the stream or a document separator is expected',
  multilineKey: 'can not read a block mapping entry; a multiline key may not be an implicit key',
  missedColon: 'can not read an implicit mapping pair; a colon is missed',
  missedComma: 'missed comma between flow collection entries',
  endInFlow: 'unexpected end of the stream within a flow collection',
  endInDoubleQuotes: 'unexpected end of the stream within a double quoted scalar',
  endInSingleQuotes: 'unexpected end of the stream within a single quoted scalar',
  documentInDoubleQuotes: 'unexpected end of the document within a double quoted scalar',
  documentInSingleQuotes: 'unexpected end of the document within a single quoted scalar',
  unknownEscape: 'unknown escape sequence',
  hexEscape: 'expected hexadecimal character',
  nonPrintable: 'the stream contains non-printable characters',
  nonPrintableQuoted: 'expected valid JSON character',
  nullByte: 'null byte is not allowed in input',
} as const;

/** Reasons that carry a name or number after a fixed start. */
export const REASON_START = {
  maxDepth: 'nesting exceeded maxDepth',
  unknownTag: 'unknown tag !<',
  unidentifiedAlias: 'unidentified alias "',
} as const;
