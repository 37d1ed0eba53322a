import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The same parser (remark with GitHub's extensions) the site renders with, so validate and the
// page agree on what is a link. Parsing is synchronous; only rendering (Shiki) needs the site.
const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** CommonMark with GitHub tables, task lists, strikethrough and autolinks, as a syntax tree with positions. */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}
