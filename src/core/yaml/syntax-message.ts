/**
 * Turns a js-yaml error into what went wrong and how to fix it. js-yaml's reason names the parser's
 * state ("bad indentation of a mapping entry"); which mistake it was is read from its positions:
 * the nodes still open when it stopped (its listener's trace), their kinds and where they start.
 */

import type { YAMLException } from 'js-yaml';
import type { ProblemText } from '../problem.ts';
import { LineIndex } from './lines.ts';
import { isEmpty, mappingEntries, nodeStart, unwrap } from './positions.ts';
import { MAX_DEPTH, type RefusedNode, type Trace, type YamlNode } from './parse.ts';
import { REASON, REASON_START } from './reasons.ts';
import { indentOf, lineAt, lineStartOf, previousNonBlank } from './scan.ts';

export interface SyntaxProblem extends ProblemText {
  /** Where to point: an offset into the text as parsed. */
  readonly offset: number;
}

const SYNTAX = 'YAML syntax error: ';

/** `what` names the mistake; `about` (default: `what`) leaves out line numbers, which move with edits. */
const say = (offset: number, what: string, fix: string, about?: string): SyntaxProblem =>
  about === undefined ? { offset, what: SYNTAX + what, fix } : { offset, what: SYNTAX + what, fix, about: SYNTAX + about };

const BACKSLASH = 'write "\\\\" for a backslash, or use single quotes';
const CLOSER: Record<string, string> = { '[': ']', '{': '}', '"': '"', "'": "'" };
const RESERVED: Record<string, string> = { '@': '"@"', '`': 'a backtick', '%': '"%"', '|': '"|"', '>': '">"' };
/** A line that starts a new entry: `key:` or `- `; a value's continuation line does not look like this. */
const ENTRY_LINE = /^\s*(?:-(?:\s|$)|[^\s#'"[\]{}][^:#]*:(?:\s|$))/;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Explains a syntax error of `text`; `trace` is what js-yaml's listener saw up to it. */
export function explainSyntaxError(text: string, error: YAMLException | RefusedNode, trace: Trace): SyntaxProblem {
  const lines = new LineIndex(text);
  const ctx: Context = { text, trace, lineOf: (offset) => lines.position(offset).line };
  if ('refusal' in error) {
    return error.refusal === 'alias'
      ? {
          offset: error.offset,
          what: 'YAML aliases (*name) are not allowed in runbook data',
          fix: 'write the value out in full, or put text that starts with "*" in quotes',
        }
      : say(error.offset, 'a list or mapping is used as a key', 'keys must be plain text');
  }
  // js-yaml appends a line break to text that lacks one, so its end-of-stream mark can be one past ours.
  const at = Math.min(error.mark?.position ?? 0, text.length);
  const reason = error.reason;
  const top = trace.open[trace.open.length - 1];
  switch (reason) {
    case REASON.tab:
      return say(at, 'a tab is used for indentation', 'indent with spaces');
    case REASON.duplicateKey:
      return duplicateKey(ctx, at, top);
    case REASON.mappingIndent:
      return badIndentation(ctx, at, top, 'mapping');
    case REASON.sequenceIndent:
      return badIndentation(ctx, at, top, 'sequence');
    case REASON.notOneNode:
      return notOneNode(ctx, at);
    case REASON.deficientIndent:
    case REASON.endInFlow:
    case REASON.endInDoubleQuotes:
    case REASON.endInSingleQuotes:
    case REASON.documentInDoubleQuotes:
    case REASON.documentInSingleQuotes:
      return unclosed(ctx, at);
    case REASON.multilineKey:
    case REASON.missedColon:
      return missingColon(ctx, at, top);
    case REASON.missedComma:
      return say(at, 'a comma is missing', 'separate the items in [ ] or { } with ", "');
    case REASON.unknownEscape:
      return say(at, 'inside double quotes "\\" starts an escape', BACKSLASH);
    case REASON.hexEscape:
      return say(at, 'inside double quotes "\\x", "\\u" and "\\U" must be followed by hexadecimal digits', BACKSLASH);
    case REASON.nullByte:
      return say(at, 'null byte is not allowed', 'delete it (U+0000, invisible in most editors)');
    case REASON.nonPrintable:
    case REASON.nonPrintableQuoted:
      return controlCharacter(ctx, at, top);
  }
  if (reason.startsWith(REASON_START.maxDepth)) {
    return say(at, `the data is nested more than ${MAX_DEPTH} levels deep`, 'no data file needs that many levels, remove the extra nesting');
  }
  if (reason.startsWith(REASON_START.unidentifiedAlias)) return starText(ctx, at, top);
  if (reason.includes('!<')) return tagProblem(ctx, at, reason, top);
  return say(at, reason, 'correct the YAML at this line and column');
}

interface Context {
  readonly text: string;
  readonly trace: Trace;
  lineOf(offset: number): number;
}

const column = (text: string, offset: number) => offset - lineStartOf(text, offset);
const lastChild = (node: YamlNode | undefined) => node?.children[node.children.length - 1];

function duplicateKey({ text, lineOf }: Context, at: number, mapping: YamlNode | undefined): SyntaxProblem {
  const entries = mapping ? mappingEntries(text, mapping) : [];
  const second = entries.find((e) => nodeStart(text, e.key) === at) ?? entries[entries.length - 1];
  const name = second && String(second.key.result);
  const first = second && entries.find((e) => e !== second && String(e.key.result) === name);
  const where = first ? `on line ${lineOf(nodeStart(text, first.key))}` : 'earlier in this mapping';
  return { offset: at, what: `duplicate key${name === undefined ? '' : ` "${name}"`}`, fix: `it is already set ${where}, keep one of the two` };
}

/** The last entry of a block mapping (its key) or list (its item), for "align with … on line N". */
function lastEntry(text: string, collection: Candidate): { node: YamlNode; label: string } | undefined {
  const node = unwrap(collection.node);
  if (collection.kind === 'mapping') {
    const key = mappingEntries(text, node).at(-1)?.key;
    return key && { node: key, label: `"${String(key.result)}"` };
  }
  const item = lastChild(node);
  return item && { node: item, label: 'the "- "' };
}

/** What starts the line at `first`: a key's name, a list item, or just "this line". */
function lineLabel(text: string, first: number): string {
  const line = lineAt(text, first).slice(column(text, first));
  if (/^-(\s|$)/.test(line)) return 'this list item';
  const key = /^([^\s:#'"][^:#]*?):(\s|$)/.exec(line);
  return key ? `"${key[1]}"` : 'this line';
}

/**
 * A line indented off its siblings. `collection` is the block mapping or list js-yaml was reading,
 * `expected` the columns its entries (and those of the collection just closed inside it) start at.
 */
/** A block mapping or list a misindented line may belong to; js-yaml sets `kind` only once a node closes. */
interface Candidate {
  readonly node: YamlNode;
  readonly kind: 'mapping' | 'sequence';
  /** The column its entries start at, 0-based. */
  readonly column: number;
}

function indentation(ctx: Context, at: number, candidates: Candidate[]): SyntaxProblem {
  const { text, lineOf } = ctx;
  const indent = indentOf(text, at);
  const first = lineStartOf(text, at) + indent;
  // The nearest column wins; on a tie the deeper one, since a line most often continues the entries just above it.
  const best = [...candidates].sort((x, y) => Math.abs(x.column - indent) - Math.abs(y.column - indent) || y.column - x.column)[0]!;
  const ref = lastEntry(text, best);
  const off = Math.abs(indent - best.column);
  const than = ref ? ` than ${ref.label} on line ${lineOf(nodeStart(text, ref.node))}` : '';
  const how = indent > best.column ? 'deeper' : 'less';
  const label = lineLabel(text, first);
  return say(first, `bad indentation: ${label} is indented ${plural(off, 'space')} ${how}${than}`, `start it at column ${best.column + 1}`, `bad indentation of ${label}`);
}

/** js-yaml read an entry, then found more on its line, or a next line indented deeper than the entries. */
function badIndentation(ctx: Context, at: number, collection: YamlNode | undefined, kind: Candidate['kind']): SyntaxProblem {
  const { text, lineOf } = ctx;
  const entry = lastChild(collection);
  const entryStart = entry ? nodeStart(text, entry) : at;
  const glued = entry && noSpaceAfterColon(ctx, at, entry);
  if (glued) return glued;
  if (!collection || lineOf(entryStart) === lineOf(at)) return sameLine(text, at, entry, entryStart);
  const candidates: Candidate[] = [{ node: collection, kind, column: column(text, nodeStart(text, collection)) }];
  if (entry && (entry.kind === 'mapping' || entry.kind === 'sequence') && !/[[{]/.test(text[entryStart]!)) {
    const inner = column(text, entryStart);
    if (inner > candidates[0]!.column) candidates.push({ node: entry, kind: entry.kind, column: inner });
  }
  return indentation(ctx, at, candidates);
}

/** `key:value` reads as one plain value, which then runs on into the next line. */
function noSpaceAfterColon({ text, lineOf }: Context, at: number, node: YamlNode): SyntaxProblem | undefined {
  if (node.kind !== 'scalar') return undefined;
  const start = nodeStart(text, node);
  const glued = /^([A-Za-z][A-Za-z0-9_-]*):(\S.*)$/.exec(lineAt(text, start).slice(column(text, start)));
  if (!glued || glued[2]!.startsWith('//')) return undefined;
  return say(at, `line ${lineOf(start)} has no space after "${glued[1]}:"`, `write "${glued[1]}: ${glued[2]}"`, `no space after "${glued[1]}:"`);
}

/** More text after a value on its own line. */
function sameLine(text: string, at: number, entry: YamlNode | undefined, entryStart: number): SyntaxProblem {
  const c = text[at] ?? '';
  const quote = text[entryStart];
  if (entry && isEmpty(entry) && RESERVED[c]) return say(at, `a value cannot start with ${RESERVED[c]}`, 'put the whole value in quotes');
  if (quote === "'") {
    return say(at, "the value ends at its second ' and text follows it", "inside single quotes write '' for an apostrophe, or use double quotes");
  }
  if (quote === '"') return say(at, 'the value ends at its second " and text follows it', 'inside double quotes write \\" for a quote, or use single quotes');
  if (c === ':') return say(at, 'a value containing ": " must be in quotes', 'put the whole value in quotes');
  return say(at, 'there is more on this line than one value', 'put the whole value in quotes, or move the rest to a line of its own');
}

/** The document ended but the text goes on: a line that belongs to no collection above it. */
function notOneNode(ctx: Context, at: number): SyntaxProblem {
  const { text, trace } = ctx;
  const root = trace.roots[trace.roots.length - 1];
  const rootStart = root ? nodeStart(text, root) : 0;
  const glued = root && noSpaceAfterColon(ctx, at, root);
  if (glued) return glued;
  if (root && (root.kind === 'mapping' || root.kind === 'sequence') && indentOf(text, at) < column(text, rootStart)) {
    return indentation(ctx, at, [{ node: root, kind: root.kind, column: column(text, rootStart) }]);
  }
  return say(at, 'this line does not fit the structure above it', 'check its indentation, and that the line above is "key: value" with a space after the colon');
}

/** A quote or bracket still open where a line starts a new entry, or where the file ends. */
function unclosed(ctx: Context, at: number): SyntaxProblem {
  const { text, trace, lineOf } = ctx;
  let opener: { char: string; offset: number } | undefined;
  for (let i = trace.open.length - 1; i >= 0 && !opener; i--) {
    const start = nodeStart(text, trace.open[i]!);
    if (CLOSER[text[start]!]) opener = { char: text[start]!, offset: start };
  }
  const endOfFile = at >= text.length || !text.slice(at).trim();
  if (opener && (endOfFile || ENTRY_LINE.test(lineAt(text, at)))) {
    const what = opener.char === '"' || opener.char === "'" ? `the quote ${opener.char}` : `the "${opener.char}"`;
    return say(at, `${what} opened on line ${lineOf(opener.offset)} is never closed`, `add the closing ${CLOSER[opener.char]}`, `${what} is never closed`);
  }
  const inside = opener && (opener.char === '[' || opener.char === '{') ? `the "${opener.char}" on line ${lineOf(opener.offset)}` : 'the quoted value';
  return say(at, `this line continues ${inside} but is indented less than its key`, 'indent it further', 'a continued value is indented less than its key');
}

const COLON_FIX = 'add the missing ":" or put a long value in quotes';

/** A key (often a multi-line one) with no ":" after it. */
function missingColon({ text, lineOf }: Context, at: number, mapping: YamlNode | undefined): SyntaxProblem {
  const key = lastChild(mapping);
  if (key) {
    const start = nodeStart(text, key);
    const first = lineAt(text, start).trim();
    if (!/:(\s|$)/.test(first)) {
      return say(at, `line ${lineOf(start)} ("${first}") is not "key: value"`, COLON_FIX, `"${first}" is not "key: value"`);
    }
  }
  return say(at, 'a line above is not "key: value"', COLON_FIX);
}

/** js-yaml reports a control character where its value ends; point at the character itself. */
function controlCharacter({ text }: Context, at: number, node: YamlNode | undefined): SyntaxProblem {
  const pattern = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/g;
  pattern.lastIndex = node?.open ?? 0;
  const found = pattern.exec(text);
  const offset = found && found.index <= at ? found.index : at;
  const code = (text.codePointAt(offset) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return say(offset, `the file contains a control character (U+${code})`, 'delete it (it is invisible in most editors)');
}

/** `key: *bold* text`: js-yaml reads an alias that names no anchor. */
function starText({ text }: Context, at: number, node: YamlNode | undefined): SyntaxProblem {
  const start = node ? nodeStart(text, node) : at;
  const value = lineAt(text, start)
    .slice(column(text, start))
    .replace(/\s+#.*$/, '')
    .trim();
  const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const siblings = node?.parent?.children ?? [];
  const before = siblings[siblings.indexOf(node!) - 1];
  const isValue = node && text[node.open - 1] === ':';
  const write = isValue && before ? `${String(before.result)}: ${quoted}` : text[previousNonBlank(text, start)] === '-' ? `- ${quoted}` : quoted;
  return say(start, 'a value starting with "*" is read as an alias or anchor', `put the whole value in quotes: ${write}`);
}

/** A `!tag` js-yaml does not know or cannot apply; pointed at the tag as written. */
function tagProblem({ text }: Context, at: number, reason: string, node: YamlNode | undefined): SyntaxProblem {
  const start = node ? nodeStart(text, node) : at;
  const offset = text[start] === '!' ? start : at;
  const written = text[offset] === '!' ? /^!\S*/.exec(text.slice(offset))![0] : undefined;
  const said = reason.replace(/!<tag:yaml\.org,2002:([^>]*)>/g, '!!$1').replace(/!<([^>]*)>/g, '$1');
  const what = reason.startsWith(REASON_START.unknownTag) && written ? `unknown tag ${written}` : said;
  return say(offset, what, 'remove the tag, plain values are enough');
}
