import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './parse.ts';

/**
 * The first sentence of a Markdown text, as plain text: the pipeline's summary in tables, search
 * results and the meta description. A sentence ends at ".", "!" or "?" followed by a space or the
 * end of the first paragraph; formatting and link targets are dropped, link texts kept.
 */
export function firstSentence(markdown: string): string | undefined {
  const tree = parseMarkdown(markdown);
  const first = tree.children.find((node) => node.type === 'paragraph' || node.type === 'heading');
  if (!first) return undefined;
  const text = toString(first).replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s|$)/.exec(text);
  const sentence = end ? text.slice(0, end.index + 1) : text;
  return sentence || undefined;
}
