import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { CODE_THEMES, rehypeStyleToClass } from './code-colors.ts';
import { rehypeHeadingPlace, type HeadingPlace } from './headings.ts';
import { rehypeSafeLinks, remarkHtmlAsText } from './inert.ts';

export type { HeadingPlace };

let processor: Promise<MarkdownProcessor> | undefined;

/**
 * Astro's own Markdown pipeline (remark with GitHub's tables, task lists and autolinks, then rehype and
 * Shiki), made inert for text from the data: raw HTML shown as text, unsafe links without href,
 * no inline styles. One processor per build: Shiki loads its grammars once.
 */
function markdownProcessor(): Promise<MarkdownProcessor> {
  processor ??= createMarkdownProcessor({
    gfm: true,
    // Quotes and dashes stay as typed: engineers copy commands out of prose too.
    smartypants: false,
    syntaxHighlight: { type: 'shiki', excludeLangs: [] },
    shikiConfig: { themes: CODE_THEMES, defaultColor: false, wrap: false, langs: [], langAlias: {}, transformers: [] },
    remarkPlugins: [remarkHtmlAsText],
    rehypePlugins: [rehypeSafeLinks, rehypeStyleToClass, rehypeHeadingPlace],
  });
  return processor;
}

/** Markdown from the data as safe HTML for the page, its headings placed below the page's own. */
export async function renderMarkdown(markdown: string, place: HeadingPlace): Promise<string> {
  const { code } = await (await markdownProcessor()).render(markdown, { frontmatter: { place } });
  return code;
}
