/**
 * Turns js-yaml's parser reasons into messages that say what to change. The parser reports
 * where it noticed the problem; people need to know what they typed wrong, which is often an
 * unclosed quote lines above or a value that needed quotes.
 */
import { LineIndex } from './lines.ts';

export interface Opener {
  readonly char: string;
  readonly offset: number;
}

const lineStartOf = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEndOf = (text: string, offset: number) => {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
};
const lineNumberOf = (text: string, offset: number) => new LineIndex(text).position(offset).line;
const where = (text: string, offset: number) => `line ${lineNumberOf(text, offset)}, column ${offset - lineStartOf(text, offset) + 1}`;

/**
 * The innermost quote or bracket still open at `end`. A quote or bracket only opens a value
 * where YAML would read it so (line start, after ": ", "- ", "[", "{" or ","), so apostrophes in
 * plain text ("Engineer B's turn") do not count; comments and block scalars are skipped.
 */
export function unclosedOpener(text: string, end: number): Opener | undefined {
  const flows: Opener[] = [];
  let quote: Opener | undefined;
  let blockIndent = -1; // inside a | or > block scalar: lines indented deeper than this are text
  for (let i = 0; i < end; i++) {
    const ch = text[i]!;
    if (quote) {
      if (quote.char === '"' && ch === '\\') i++;
      else if (ch === quote.char) {
        if (quote.char === "'" && text[i + 1] === "'") i++;
        else quote = undefined;
      }
      continue;
    }
    if (i === lineStartOf(text, i) && blockIndent >= 0) {
      const indent = /^ */.exec(text.slice(i, lineEndOf(text, i)))![0].length;
      if (indent > blockIndent || text.slice(i, lineEndOf(text, i)).trim() === '') {
        i = lineEndOf(text, i);
        continue;
      }
      blockIndent = -1;
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      i = lineEndOf(text, i);
      continue;
    }
    let p = i - 1;
    while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
    const prev = p < 0 ? '\n' : text[p]!;
    const valueStart =
      prev === '\n' ||
      ((prev === ':' || prev === '-' || prev === '?') && p + 1 < i) ||
      (flows.length > 0 && (prev === '[' || prev === '{' || prev === ',' || prev === ':'));
    if ((ch === '"' || ch === "'") && valueStart) quote = { char: ch, offset: i };
    else if ((ch === '[' || ch === '{') && (valueStart || flows.length > 0)) flows.push({ char: ch, offset: i });
    else if ((ch === ']' || ch === '}') && flows.length > 0) flows.pop();
    else if ((ch === '|' || ch === '>') && valueStart && flows.length === 0 && /^[|>][-+0-9]*\s*(#.*)?$/.test(text.slice(i, lineEndOf(text, i)))) {
      const start = lineStartOf(text, i);
      blockIndent = /^ */.exec(text.slice(start))![0].length;
      i = lineEndOf(text, i);
    }
  }
  return quote ?? flows[flows.length - 1];
}

const CLOSER: Record<string, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };

function unclosedHint(text: string, offset: number): string | undefined {
  const open = unclosedOpener(text, offset);
  if (!open) return undefined;
  const what = open.char === '"' || open.char === "'" ? 'quote' : 'bracket';
  return `the ${what} ${open.char} at ${where(text, open.offset)} is never closed; add the closing ${CLOSER[open.char]}`;
}

/** The nearest line above `offset` that holds something other than blanks or a comment. */
function previousContentLine(text: string, offset: number): { text: string; offset: number } | undefined {
  let end = lineStartOf(text, offset) - 1;
  while (end > 0) {
    const start = lineStartOf(text, end);
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() && !line.trim().startsWith('#')) return { text: line, offset: start };
    end = start - 1;
  }
  return undefined;
}

/** Why a `key: value` line did not parse, read from the line itself. */
function mappingEntryHint(text: string, offset: number): string {
  const lineStart = lineStartOf(text, offset);
  const line = text.slice(lineStart, lineEndOf(text, offset)).replace(/\r$/, '');
  const entry = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?):\s+(.*)$/.exec(line);
  if (entry) {
    const [, , key, value] = entry as unknown as [string, string, string, string];
    if (/^[@`]/.test(value)) return `a value cannot start with "${value[0]}"; put it in quotes: ${key}: "${value.replace(/"/g, '\\"')}"`;
    if (/^[*&]/.test(value)) return `a value starting with "${value[0]}" is read as an alias or anchor; put it in quotes: ${key}: "${value.replace(/"/g, '\\"')}"`;
    if (value.startsWith("'")) return `the value ends at its second ' and text follows it; inside single quotes write '' for an apostrophe, or use double quotes`;
    if (value.startsWith('"')) return `the value ends at its second " and text follows it; inside double quotes write \\" for a quote, or use single quotes`;
    if (/:\s/.test(value)) return `the value contains ": "; put the whole value in quotes: ${key}: "${value.replace(/"/g, '\\"')}"`;
  }
  const previous = previousContentLine(text, offset);
  const glued = previous && /^\s*(?:-\s+)?([A-Za-z0-9_-]+):(\S.*)$/.exec(previous.text);
  if (glued && !glued[2]!.startsWith('//')) {
    return `line ${lineNumberOf(text, previous.offset)} has no space after "${glued[1]}:"; write "${glued[1]}: ${glued[2]}"`;
  }
  return 'keys of one mapping must start in the same column; check the indentation of this line and the one above';
}

const codePoint = (text: string, offset: number) =>
  `U+${(text.codePointAt(offset) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `YAML syntax error: …` with what to change, for a parser `reason` at `offset` of `text`. */
export function yamlSyntaxMessage(reason: string, text: string, offset: number, maxDepth: number): string {
  const say = (hint: string) => `YAML syntax error: ${hint}`;
  if (/tab characters/.test(reason)) return say('a tab is used for indentation; indent with spaces');
  if (/duplicated mapping key/.test(reason)) {
    const near = /^["']?([^"':\n]+)/.exec(text.slice(offset, offset + 200))?.[1]?.trim();
    return `duplicate key${near ? ` "${near}"` : ''}; it is already set earlier in this mapping, keep one of the two`;
  }
  if (/maxAliases/.test(reason)) {
    return 'YAML aliases (*name) are not allowed in runbook data; write the value out in full, or put text that starts with "*" in quotes';
  }
  if (/maxDepth|nesting/i.test(reason)) return say(`the data is nested more than ${maxDepth} levels deep`);
  if (/unknown .*tag/.test(reason)) return say(`${reason}; remove the tag, plain values are enough`);
  if (/complex keys/.test(reason)) return say('a list or mapping is used as a key; keys must be plain text');
  if (/deficient indentation|unexpected end of the (stream|document) within|missed comma/.test(reason)) {
    const hint = unclosedHint(text, offset);
    if (hint) return say(hint);
    if (/missed comma/.test(reason)) return say('separate the items in [ ] or { } with commas');
    return say(`${reason}; this line is indented less than the value it continues`);
  }
  if (/bad indentation of a mapping entry/.test(reason)) return say(mappingEntryHint(text, offset));
  if (/multiline key may not be an implicit key/.test(reason)) {
    const previous = previousContentLine(text, offset);
    if (previous && !/:(\s|$)/.test(previous.text)) {
      return say(`line ${lineNumberOf(text, previous.offset)} ("${previous.text.trim()}") is not a "key: value" line; add ":" after the key`);
    }
  }
  if (/bad indentation of a sequence entry/.test(reason)) return say('list items under one key must start with "-" in the same column');
  if (/end of the stream or a document separator is expected/.test(reason)) {
    const line = text.slice(lineStartOf(text, offset), lineEndOf(text, offset)).trim();
    if (line.startsWith('-')) return say('a list item cannot follow "key: value" lines at the same indentation; indent it under the key it belongs to');
    return say('this line does not fit the structure above it; check its indentation');
  }
  if (/valid JSON character|non-printable/.test(reason)) return say(`control character ${codePoint(text, offset)} is not allowed; remove it`);
  if (/unknown escape sequence/.test(reason)) return say('inside double quotes "\\" starts an escape; write "\\\\" for a backslash, or use single quotes');
  return say(reason);
}
