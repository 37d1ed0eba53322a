import type { Element, ElementContent, Root } from 'hast';
import { bundledLanguages, createHighlighter, type Highlighter } from 'shiki';
import { visit } from 'unist-util-visit';
import { CODE_THEMES } from './code-colors.ts';

let highlighter: Promise<Highlighter> | undefined;
const getHighlighter = () => (highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: [] }));

/** The text of a hast node. */
const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

/**
 * Highlights fenced code at build time with Shiki, in both themes at once (CSS variables that
 * rehypeStyleToClass turns into classes). Shiki is called directly, with no time limit (see below).
 */
export function rehypeHighlight() {
  return async (tree: Root) => {
    const blocks: { pre: Element; code: Element; lang: string }[] = [];
    visit(tree, 'element', (pre: Element) => {
      const code = pre.tagName === 'pre' ? pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code') : undefined;
      if (!code) return;
      const lang = ((code.properties.className as string[] | undefined) ?? []).find((c) => c.startsWith('language-'))?.slice(9) ?? 'text';
      blocks.push({ pre, code, lang: lang.toLowerCase() });
    });
    if (blocks.length === 0) return;
    const shiki = await getHighlighter();
    for (const { pre, code, lang } of blocks) {
      const known = lang in bundledLanguages ? lang : 'text';
      if (known !== 'text' && !shiki.getLoadedLanguages().includes(known)) await shiki.loadLanguage(known as keyof typeof bundledLanguages);
      // No time limit: Shiki stops tokenizing a line after 500 ms by default and leaves the rest of it one
      // token, and the first line it meets with a fresh grammar can take that long on a busy machine; the
      // light theme (tokenized first) then gave the whole line one colour, differently build to build.
      const hast = shiki.codeToHast(textOf(code).replace(/\n$/, ''), { lang: known, themes: CODE_THEMES, defaultColor: false, tokenizeTimeLimit: 0 });
      const highlighted = hast.children[0] as Element;
      pre.properties = { ...highlighted.properties, dataLanguage: lang };
      pre.children = highlighted.children;
    }
  };
}
