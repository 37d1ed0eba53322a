import { constructFromEvents, parseEvents, YAMLException, type Event } from 'js-yaml';
import type { Problem } from '../problem.ts';
import { LineIndex } from './lines.ts';
import { collectOffsets, pathKey, type Path } from './positions.ts';
import { syntaxMessage } from './syntax-message.ts';

/** Larger files are refused before parsing: nobody writes 4 MB of runbook by hand. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Deeper nesting than any data file needs; stops pathological input early. */
const MAX_DEPTH = 32;

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

const fail = (file: string, line: number, column: number, message: string, rule = 'yaml'): ParseResult => ({
  ok: false,
  problem: { file, line, column, message, rule },
});

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

// One decoder for every file: decode() without { stream: true } keeps no state between calls,
// and constructing a TextDecoder per file showed up when validating thousands of files.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(file: string, bytes: Uint8Array): { text: string } | { error: ParseResult } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // TextDecoder also rejects overlong and surrogate forms the scan above lets through; fall back to the file start then.
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    const byte = bytes[bad]?.toString(16).padStart(2, '0') ?? '??';
    return {
      error: fail(file, line, bad - lineStart + 1, `byte 0x${byte} is not valid UTF-8; save the file as UTF-8 text`, 'encoding'),
    };
  }
}

export function parseYaml(file: string, bytes: Uint8Array): ParseResult {
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return fail(file, 1, 1, `the file is ${mb} MB; data files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MB, split it up`, 'size');
  }
  const decoded = decode(file, bytes);
  if ('error' in decoded) return decoded.error;
  // A BOM is invisible in editors, so it must not shift columns or confuse the parser.
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH });
    documents = constructFromEvents(events, { source: text, filename: file, maxAliases: 0 });
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark;
      return fail(file, (mark?.line ?? 0) + 1, (mark?.column ?? 0) + 1, syntaxMessage(error.reason, text, mark?.position ?? 0, MAX_DEPTH));
    }
    return fail(file, 1, 1, `the YAML could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (documents.length === 0 || (documents.length === 1 && documents[0] == null)) {
    return fail(file, 1, 1, `${file} is empty; it must be a YAML mapping of keys to values`, 'file');
  }
  if (documents.length > 1) {
    return fail(file, 1, 1, `${file} holds ${documents.length} YAML documents (separated by "---"); keep exactly one`, 'file');
  }
  const value = documents[0];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    return fail(file, 1, 1, `${file} must be a YAML mapping of keys to values, but it is ${kind}`, 'file');
  }
  return { ok: true, source: sourceFromText(file, text, value) };
}

/**
 * A SourceFile over text that parsed cleanly. Positions are only needed when a problem is reported,
 * which is rare: they are worked out on the first locate() by parsing the text again, rather than
 * keeping an offset map and line index for every node of every file (validating 10,000 files spent
 * ~10% of its time on them). Without `value` (a file checked in a worker thread), the value too is
 * rebuilt on first use.
 */
export function sourceFromText(file: string, text: string, ...value: [unknown?]): SourceFile {
  let offsets: ReturnType<typeof collectOffsets> | undefined;
  let lines: LineIndex | undefined;
  let parsed: { value: unknown } | undefined = value.length ? { value: value[0] } : undefined;
  const events = () => parseEvents(text, { filename: file, maxDepth: MAX_DEPTH });
  const lineIndex = () => (lines ??= new LineIndex(text));
  return {
    file,
    text,
    get value() {
      parsed ??= { value: constructFromEvents(events(), { source: text, filename: file, maxAliases: 0 })[0] };
      return parsed.value;
    },
    get lineCount() {
      return lineIndex().lineCount;
    },
    locate(path, at = 'value') {
      offsets ??= collectOffsets(events(), text);
      for (let n = path.length; n >= 0; n--) {
        const hit = offsets.get(pathKey(path.slice(0, n)));
        if (hit) return lineIndex().position(at === 'key' && n === path.length && hit.key !== undefined ? hit.key : hit.value);
      }
      return { line: 1, column: 1 };
    },
  };
}
