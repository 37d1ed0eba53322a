import { YAMLException } from 'js-yaml';
import { fileProblem, problem, type Problem } from '../problem.ts';
import type { EncodingParams, FileParams, YamlParams } from '../rules/catalogue.ts';
import { LineIndex } from './lines.ts';
import { findOffsets, type Path } from './positions.ts';
import { emptyTrace, readYaml, RefusedNode, type YamlNode } from './parse.ts';
import { explainSyntaxError } from './syntax-message.ts';

/** Larger files are refused before parsing: nobody writes 4 MB of runbook by hand. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** A parsed file that can say where any data path sits in its text. */
export interface SourceFile {
  readonly file: string;
  /** The text as parsed: decoded, without a BOM. */
  readonly text: string;
  readonly value: unknown;
  /** The position of the node at `path`, or of its key; falls back to the nearest ancestor that exists. */
  locate(path: Path, at?: 'key' | 'value'): { line: number; column: number };
  readonly lineCount: number;
}

export type ParseResult = { ok: true; source: SourceFile } | { ok: false; problem: Problem };

const failed = (problem: Problem): ParseResult => ({ ok: false, problem });
/** The file as a whole is not one YAML mapping. */
const notMapping = (file: string, params: FileParams): ParseResult => failed(fileProblem(file, 'file', params));

/**
 * Offset of the first byte that does not start or continue a well-formed UTF-8 sequence
 * (Unicode table 3-7, as TextDecoder checks it: no overlong forms, no surrogates), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

// One decoder for every file: decode() without { stream: true } keeps no state between calls,
// and constructing a TextDecoder per file showed up when validating thousands of files.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A data file's text (a BOM kept), or the `encoding` problem at the first byte that is not UTF-8;
 * for the YAML files and the long-form runbooks alike.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const encoding = (line: number, column: number, params: EncodingParams) => ({ problem: problem({ file, line, column }, 'encoding', params) });
    // Windows editors save "Unicode" as UTF-16 with a byte-order mark; name it rather than its first byte.
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return encoding(1, 1, { problem: 'utf-16' });
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    // Everything before the bad byte is valid, so its line and column count characters, as editors do.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const { line, column } = new LineIndex(before).position(before.length);
    return encoding(line, column, { problem: 'byte', byte: bytes[bad] ?? 0 });
  }
}

export const tooLarge = (bytes: number) => ({ bytes, limitBytes: MAX_FILE_BYTES });

export function parseYaml(file: string, bytes: Uint8Array): ParseResult {
  if (bytes.length > MAX_FILE_BYTES) return failed(fileProblem(file, 'size', tooLarge(bytes.length)));
  const decoded = decodeUtf8(file, bytes);
  if ('problem' in decoded) return failed(decoded.problem);
  // A BOM is invisible in editors, so it must not shift columns or confuse the parser.
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  let documents: unknown[];
  try {
    documents = readYaml(text, file);
  } catch (error) {
    if (!(error instanceof YAMLException || error instanceof RefusedNode)) {
      const params: YamlParams = { problem: 'unreadable', error: error instanceof Error ? error.message : String(error) };
      return failed(fileProblem(file, 'yaml', params));
    }
    // Errors are rare: only now parse again, recording every node, to tell which mistake it was.
    const trace = emptyTrace();
    try {
      readYaml(text, file, trace);
    } catch {
      // The same error again, with the trace filled up to it.
    }
    const { offset, params } = explainSyntaxError(text, error, trace);
    const { line, column } = new LineIndex(text).position(offset);
    return failed(problem({ file, line, column }, 'yaml', params));
  }
  if (documents.length === 0 || (documents.length === 1 && documents[0] == null)) {
    return notMapping(file, { problem: 'empty', file });
  }
  if (documents.length > 1) {
    return notMapping(file, { problem: 'documents', file, count: documents.length });
  }
  const value = documents[0];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    // js-yaml's core schema reads nothing else: null is the empty file above, timestamps stay strings.
    const found = Array.isArray(value) ? 'list' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
    return notMapping(file, { problem: 'not-mapping', file, found });
  }
  return { ok: true, source: sourceFromText(file, text, value) };
}

/**
 * A SourceFile over text that parsed cleanly. Positions are only needed when a problem is reported,
 * which is rare: they are worked out on the first locate() by parsing the text again with js-yaml's
 * listener recording every node, rather than for every node of every file.
 */
function sourceFromText(file: string, text: string, value: unknown): SourceFile {
  let root: { node: YamlNode | undefined } | undefined;
  let lines: LineIndex | undefined;
  const lineIndex = () => (lines ??= new LineIndex(text));
  return {
    file,
    text,
    value,
    get lineCount() {
      return lineIndex().lineCount;
    },
    locate(path, at = 'value') {
      if (!root) {
        const trace = emptyTrace();
        readYaml(text, file, trace);
        root = { node: trace.roots[0] };
      }
      const found = findOffsets(text, root.node, path);
      return lineIndex().position(at === 'key' && found.depth === path.length && found.key !== undefined ? found.key : found.value);
    },
  };
}
