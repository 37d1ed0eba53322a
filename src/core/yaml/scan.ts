/** Small readings of the source text around the offsets js-yaml reports. */

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;

const isBlank = (c: number) => c === SPACE || c === TAB || c === LF || c === CR;

/**
 * The first offset at or after `from` that is not a space, line break or comment: where a node's
 * text starts when js-yaml opened it just after a ":", "-" or "?" and then skipped to its content.
 */
export function contentStart(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) i++;
    else if (c === HASH) {
      while (i < text.length && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
    } else return i;
  }
}

/** The offset of the last character before `before` that is not a space or line break, or -1. */
export function previousNonBlank(text: string, before: number): number {
  let i = before - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  return i;
}

/** The offset where the line holding `offset` starts (after LF, CRLF or a lone CR). */
export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== LF && text.charCodeAt(i - 1) !== CR) i--;
  return i;
}

/** The text of the line holding `offset`, without its line break. */
export function lineAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
  return text.slice(start, end);
}

/** How many spaces the line holding `offset` starts with. */
export function indentOf(text: string, offset: number): number {
  const start = lineStartOf(text, offset);
  let i = start;
  while (text.charCodeAt(i) === SPACE) i++;
  return i - start;
}
