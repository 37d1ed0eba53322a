/**
 * Turns a js-yaml error into which mistake it was, as the `yaml` rule's parameters (the catalogue says
 * it in words, with the fix). js-yaml's reason names the parser's
 * state ("bad indentation of a mapping entry"); which mistake it was is read from its positions:
 * the nodes still open when it stopped (its listener's trace), their kinds and where they start.
 */

import type { YAMLException } from 'js-yaml';
import { YAML_RESERVED, type YamlLine, type YamlParams } from '../rules/catalogue.ts';
import { LineIndex } from './lines.ts';
import { isEmpty, mappingEntries, nodeStart, unwrap } from './positions.ts';
import { MAX_DEPTH, type RefusedNode, type Trace, type YamlNode } from './parse.ts';
import { REASON, REASON_START } from './reasons.ts';
import { indentOf, lineAt, lineStartOf, previousNonBlank } from './scan.ts';

/** Which mistake it was, as the `yaml` rule's parameters (the catalogue words it), and where to point. */
export interface SyntaxProblem {
  /** Where to point: an offset into the text as parsed. */
  readonly offset: number;
  readonly params: YamlParams;
}

const say = (offset: number, params: YamlParams): SyntaxProblem => ({ offset, params });

const OPENERS = ['[', '{', '"', "'"] as const;
type Opener = (typeof OPENERS)[number];
const isOpener = (c: string | undefined): c is Opener => (OPENERS as readonly (string | undefined)[]).includes(c);
const isReserved = (c: string): c is keyof typeof YAML_RESERVED => Object.hasOwn(YAML_RESERVED, c);
/** A line that starts a new entry: `key:` or `- `; a value's continuation line does not look like this. */
const ENTRY_LINE = /^\s*(?:-(?:\s|$)|[^\s#'"[\]{}][^:#]*:(?:\s|$))/;

/** Explains a syntax error of `text`; `trace` is what js-yaml's listener saw up to it. */
export function explainSyntaxError(text: string, error: YAMLException | RefusedNode, trace: Trace): SyntaxProblem {
  const lines = new LineIndex(text);
  const ctx: Context = { text, trace, lineOf: (offset) => lines.position(offset).line };
  if ('refusal' in error) {
    return say(error.offset, { problem: error.refusal === 'alias' ? 'alias' : 'complex-key' });
  }
  // js-yaml appends a line break to text that lacks one, so its end-of-stream mark can be one past ours.
  const at = Math.min(error.mark?.position ?? 0, text.length);
  const reason = error.reason;
  const top = trace.open[trace.open.length - 1];
  switch (reason) {
    case REASON.tab:
      return say(at, { problem: 'tab' });
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
      return say(at, { problem: 'missed-comma' });
    case REASON.unknownEscape:
      return say(at, { problem: 'escape', hex: false });
    case REASON.hexEscape:
      return say(at, { problem: 'escape', hex: true });
    case REASON.nullByte:
      return say(at, { problem: 'null-byte' });
    case REASON.nonPrintable:
    case REASON.nonPrintableQuoted:
      return controlCharacter(ctx, at, top);
  }
  if (reason.startsWith(REASON_START.maxDepth)) {
    return say(at, { problem: 'depth', max: MAX_DEPTH });
  }
  if (reason.startsWith(REASON_START.unidentifiedAlias)) return starText(ctx, at, top);
  if (reason.includes('!<')) return tagProblem(ctx, at, reason, top);
  return say(at, { problem: 'parser', reason });
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
  return say(at, {
    problem: 'duplicate-key',
    ...(name !== undefined ? { key: name } : {}),
    ...(first ? { firstLine: lineOf(nodeStart(text, first.key)) } : {}),
  });
}

/** The last entry of a block mapping (its key) or list (its item), for "align with … on line N". */
function lastEntry(text: string, collection: Candidate): { node: YamlNode; key?: string } | undefined {
  const node = unwrap(collection.node);
  if (collection.kind === 'mapping') {
    const key = mappingEntries(text, node).at(-1)?.key;
    return key && { node: key, key: String(key.result) };
  }
  const item = lastChild(node);
  return item && { node: item };
}

/** What starts the line at `first`: a key's name, a list item, or neither. */
function lineStarts(text: string, first: number): YamlLine {
  const line = lineAt(text, first).slice(column(text, first));
  if (/^-(\s|$)/.test(line)) return { item: true };
  const key = /^([^\s:#'"][^:#]*?):(\s|$)/.exec(line);
  return key ? { key: key[1]! } : { neither: true };
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
  return say(first, {
    problem: 'indentation',
    subject: lineStarts(text, first),
    by: Math.abs(indent - best.column),
    deeper: indent > best.column,
    ...(ref ? { than: { ...(ref.key !== undefined ? { key: ref.key } : {}), line: lineOf(nodeStart(text, ref.node)) } } : {}),
    column: best.column + 1,
  });
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
  return say(at, { problem: 'no-space', line: lineOf(start), key: glued[1]!, rest: glued[2]! });
}

/** More text after a value on its own line. */
function sameLine(text: string, at: number, entry: YamlNode | undefined, entryStart: number): SyntaxProblem {
  const c = text[at] ?? '';
  const quote = text[entryStart];
  if (entry && isEmpty(entry) && isReserved(c)) return say(at, { problem: 'reserved', char: c });
  if (quote === "'" || quote === '"') return say(at, { problem: 'after-quote', quote });
  if (c === ':') return say(at, { problem: 'colon-in-value' });
  return say(at, { problem: 'more-on-line' });
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
  return say(at, { problem: 'structure' });
}

/** A quote or bracket still open where a line starts a new entry, or where the file ends. */
function unclosed(ctx: Context, at: number): SyntaxProblem {
  const { text, trace, lineOf } = ctx;
  let opener: { char: Opener; offset: number } | undefined;
  for (let i = trace.open.length - 1; i >= 0 && !opener; i--) {
    const start = nodeStart(text, trace.open[i]!);
    const char = text[start];
    if (isOpener(char)) opener = { char, offset: start };
  }
  const endOfFile = at >= text.length || !text.slice(at).trim();
  if (opener && (endOfFile || ENTRY_LINE.test(lineAt(text, at)))) return say(at, { problem: 'unclosed', opener: opener.char, line: lineOf(opener.offset) });
  const bracket = opener && (opener.char === '[' || opener.char === '{') ? { opener: opener.char, line: lineOf(opener.offset) } : undefined;
  return say(at, { problem: 'continued', ...(bracket ? { bracket } : {}) });
}

/** A key (often a multi-line one) with no ":" after it. */
function missingColon({ text, lineOf }: Context, at: number, mapping: YamlNode | undefined): SyntaxProblem {
  const key = lastChild(mapping);
  if (key) {
    const start = nodeStart(text, key);
    const first = lineAt(text, start).trim();
    if (!/:(\s|$)/.test(first)) return say(at, { problem: 'no-colon', line: lineOf(start), text: first });
  }
  return say(at, { problem: 'no-colon-above' });
}

/** js-yaml reports a control character where its value ends; point at the character itself. */
function controlCharacter({ text }: Context, at: number, node: YamlNode | undefined): SyntaxProblem {
  const pattern = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/g;
  pattern.lastIndex = node?.open ?? 0;
  const found = pattern.exec(text);
  const offset = found && found.index <= at ? found.index : at;
  return say(offset, { problem: 'control', code: text.codePointAt(offset) ?? 0 });
}

/** `key: *bold* text`: js-yaml reads an alias that names no anchor. */
function starText({ text }: Context, at: number, node: YamlNode | undefined): SyntaxProblem {
  const start = node ? nodeStart(text, node) : at;
  const value = lineAt(text, start)
    .slice(column(text, start))
    .replace(/\s+#.*$/, '')
    .trim();
  const siblings = node?.parent?.children ?? [];
  const before = siblings[siblings.indexOf(node!) - 1];
  const isValue = node && text[node.open - 1] === ':';
  if (isValue && before) return say(start, { problem: 'star', value, key: String(before.result) });
  return say(start, { problem: 'star', value, ...(text[previousNonBlank(text, start)] === '-' ? { item: true } : {}) });
}

/** A `!tag` js-yaml does not know or cannot apply; pointed at the tag as written. */
function tagProblem({ text }: Context, at: number, reason: string, node: YamlNode | undefined): SyntaxProblem {
  const start = node ? nodeStart(text, node) : at;
  const offset = text[start] === '!' ? start : at;
  const written = text[offset] === '!' ? /^!\S*/.exec(text.slice(offset))![0] : undefined;
  const said = reason.replace(/!<tag:yaml\.org,2002:([^>]*)>/g, '!!$1').replace(/!<([^>]*)>/g, '$1');
  return say(offset, reason.startsWith(REASON_START.unknownTag) && written ? { problem: 'unknown-tag', tag: written } : { problem: 'tag', reason: said });
}
