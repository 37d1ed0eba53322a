/**
 * js-yaml's reasons describe the parser's state ("deficient indentation"), not the mistake a
 * person made. These turn the common ones into what went wrong and how to fix it.
 */

import { LineIndex } from './lines.ts';

interface Opener {
  char: string;
  line: number;
}

const CLOSER: Record<string, string> = { '[': ']', '{': '}', '"': '"', "'": "'" };

/**
 * The bracket or quote still open at `end`, if any. A heuristic scan of the text before the
 * error: quotes and brackets count only where YAML starts a value with them, so the apostrophe
 * in `reason: Engineer A's week` or the bracket in `title: fix [urgent]` do not.
 */
export function unclosedBefore(text: string, end: number): Opener | undefined {
  const flow: Opener[] = [];
  let quote: Opener | undefined;
  let line = 1;
  let last = '\n'; // the last significant character outside quotes
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (quote) {
      if (quote.char === '"' && c === '\\') i++;
      else if (c === quote.char && quote.char === "'" && text[i + 1] === "'") i++;
      else if (c === quote.char) {
        quote = undefined;
        last = c;
      }
      continue;
    }
    if (c === '#' && (last === '\n' || /\s/.test(text[i - 1] ?? '\n'))) {
      while (i + 1 < end && text[i + 1] !== '\n') i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    const startsValue = last === '\n' || last === ':' || last === '-' || last === ',' || last === '[' || last === '{' || last === '?';
    if ((c === '"' || c === "'") && startsValue) quote = { char: c, line };
    else if ((c === '[' || c === '{') && (startsValue || flow.length > 0)) flow.push({ char: c, line });
    else if ((c === ']' || c === '}') && flow.length > 0) flow.pop();
    // A ":" or "-" only separates when followed by a space; inside plain text it is just a character.
    last = (c === ':' || c === '-') && !/[\s]/.test(text[i + 1] ?? '\n') ? 'x' : c;
  }
  return quote ?? flow[flow.length - 1];
}

const RESERVED: Record<string, string> = { '@': '"@"', '`': 'a backtick', '%': '"%"', '|': '"|"', '>': '">"' };

/** The nearest line above `position` that holds something other than blanks or a comment, with its number. */
function lineAbove(text: string, position: number): { text: string; line: number } | undefined {
  let end = text.lastIndexOf('\n', position - 1);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() && !line.trim().startsWith('#')) return { text: line, line: new LineIndex(text).position(start).line };
    end = start - 1;
  }
  return undefined;
}

/**
 * Mistakes that js-yaml reports as "bad indentation" on the line where it noticed them, read
 * from the line itself: text after a closing quote, a value starting with "*" or "&", and a
 * "key:value" on the line above, which YAML reads as one plain value.
 */
function misreadLine(text: string, position: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  const line = text.slice(lineStart).split('\n', 1)[0]!.replace(/\r$/, '');
  const entry = /^\s*(?:-\s+)?([^\s:#][^:#]*?):\s+(.*)$/.exec(line);
  const value = entry?.[2] ?? '';
  if (value.startsWith("'")) return "the value ends at its second ' and text follows it; inside single quotes write '' for an apostrophe, or use double quotes";
  if (value.startsWith('"')) return 'the value ends at its second " and text follows it; inside double quotes write \\" for a quote, or use single quotes';
  if (/^[*&]/.test(value)) return `a value starting with "${value[0]}" is read as an alias or anchor; put the whole value in quotes: ${entry![1]}: "${value.replace(/"/g, '\\"')}"`;
  const above = lineAbove(text, position);
  const glued = above && /^\s*(?:-\s+)?([A-Za-z0-9_-]+):(\S.*)$/.exec(above.text);
  if (glued && !glued[2]!.startsWith('//')) return `line ${above.line} has no space after "${glued[1]}:"; write "${glued[1]}: ${glued[2]}"`;
  return undefined;
}

export function syntaxMessage(reason: string, text: string, position: number, maxDepth: number): string {
  const at = text[position] ?? '';
  if (/tab characters/.test(reason)) return 'YAML syntax error: a tab is used for indentation; indent with spaces';
  if (/duplicated mapping key/.test(reason)) {
    const near = /^["']?([^"':\n]+)/.exec(text.slice(position, position + 200))?.[1]?.trim();
    return `duplicate key${near ? ` "${near}"` : ''}; it is already set earlier in this mapping, keep one of the two`;
  }
  if (/maxAliases/.test(reason)) {
    return 'YAML aliases (*name) are not allowed in runbook data; write the value out in full, or put text that starts with "*" in quotes';
  }
  if (/complex keys/.test(reason)) return 'YAML syntax error: a list or mapping is used as a key; keys must be plain text';
  if (/maxDepth|nesting/i.test(reason)) return `YAML syntax error: the data is nested more than ${maxDepth} levels deep`;
  if (/unknown .*tag/.test(reason)) return `YAML syntax error: ${reason}; remove the tag, plain values are enough`;
  if (/deficient indentation|unexpected end of the (stream|document) within/.test(reason)) {
    const open = unclosedBefore(text, position);
    if (open) {
      const what = open.char === '"' || open.char === "'" ? `the quote ${open.char}` : `the "${open.char}"`;
      return `YAML syntax error: ${what} opened on line ${open.line} is never closed; add the closing ${CLOSER[open.char]}`;
    }
    return `YAML syntax error: ${reason}; indent this line under its key, or close the quote or bracket on an earlier line`;
  }
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  const before = text.slice(lineStart, position);
  if (/bad indentation of a (mapping|sequence) entry/.test(reason)) {
    if (RESERVED[at]) return `YAML syntax error: a value cannot start with ${RESERVED[at]}; put the whole value in quotes`;
    // `name: a: b`: the second ": " on one line starts a mapping nobody meant.
    if (at === ':' && /:\s/.test(before)) return 'YAML syntax error: a value containing ": " must be in quotes; put the whole value in quotes';
    const misread = misreadLine(text, position);
    if (misread) return `YAML syntax error: ${misread}`;
    // The reason names what the parser was reading, not what is on the line; the line tells which it is.
    if (/^\s*-(\s|$)/.test(text.slice(lineStart).split('\n', 1)[0]!)) {
      return 'YAML syntax error: bad indentation of a list item; align this "- " with the items above it';
    }
    return 'YAML syntax error: bad indentation of a mapping entry; align this key with the keys above it';
  }
  if (/end of the stream or a document separator is expected/.test(reason)) {
    return 'YAML syntax error: this line does not fit the structure above it; check its indentation, and that the line above is "key: value" with a space after the colon';
  }
  if (/multiline key/.test(reason)) {
    const above = lineAbove(text, position);
    if (above && !/:(\s|$)/.test(above.text)) {
      return `YAML syntax error: line ${above.line} ("${above.text.trim()}") is not "key: value"; add the missing ":" or put a long value in quotes`;
    }
    return 'YAML syntax error: a line above is not "key: value"; add the missing ":" or put a long value in quotes';
  }
  if (/missed comma/.test(reason)) return 'YAML syntax error: a comma is missing; separate the items in [ ] or { } with ", "';
  if (/non-printable|valid JSON character/.test(reason)) {
    const code = (text.codePointAt(position) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    const which = /[\x00-\x1f\x7f-\x9f]/.test(at) ? ` (U+${code})` : '';
    return `YAML syntax error: the file contains a control character${which}; delete it (it is invisible in most editors)`;
  }
  if (/unknown escape sequence/.test(reason)) {
    return 'YAML syntax error: inside double quotes "\\" starts an escape; write "\\\\" for a backslash, or use single quotes';
  }
  return `YAML syntax error: ${reason}`;
}
