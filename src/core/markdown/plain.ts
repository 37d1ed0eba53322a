import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './parse.ts';

/**
 * A Markdown text as the words a reader sees, for search: text, inline code and code blocks, with
 * link targets and formatting dropped. Raw HTML counts as text, as the page shows it.
 */
export function markdownWords(markdown: string): string {
  return treeWords(parseMarkdown(markdown));
}

/** The words of an already parsed text (the site takes them from the tree it renders, not a second parse). */
export function treeWords(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if ('value' in node && typeof node.value === 'string') parts.push(node.value);
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
