import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { treeWords } from '../../core/markdown/plain.ts';
import { rehypeStyleToClass } from './code-colors.ts';
import { rehypeHighlight } from './highlight.ts';
import { rehypeHeadingPlace, type HeadingPlace } from './headings.ts';
import { rehypeSafeLinks, remarkHtmlAsText } from './inert.ts';
import type { RenderedMarkdown } from './pipeline-texts.ts';

export type { HeadingPlace, RenderedMarkdown };

type Frontmatter = { place: HeadingPlace; words?: string };

/**
 * Records the text's words in the render's frontmatter, from the tree as parsed (before raw HTML
 * becomes text), so that search needs no second parse of every text.
 */
function remarkWords() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Partial<Frontmatter> } } }) => {
    const frontmatter = file.data.astro?.frontmatter;
    if (frontmatter) frontmatter.words = treeWords(tree);
  };
}

let processor: Promise<MarkdownProcessor> | undefined;

/**
 * Astro's own Markdown pipeline (remark with GitHub's tables, task lists and autolinks, then rehype),
 * with Shiki, made inert for text from the data: raw HTML shown as text, unsafe links without href,
 * no inline styles. One processor per build: Shiki loads its grammars once.
 */
function markdownProcessor(): Promise<MarkdownProcessor> {
  processor ??= createMarkdownProcessor({
    gfm: true,
    // Quotes and dashes stay as typed: engineers copy commands out of prose too.
    smartypants: false,
    // Highlighted by rehypeHighlight, with Shiki directly (see there why).
    syntaxHighlight: false,
    remarkPlugins: [remarkWords, remarkHtmlAsText],
    rehypePlugins: [rehypeSafeLinks, rehypeHighlight, rehypeStyleToClass, rehypeHeadingPlace],
  });
  return processor;
}

// One render at a time: Shiki's highlighter loads grammars into shared state as pages need them.
let queue: Promise<unknown> = Promise.resolve();

/** Markdown from the data as safe HTML for the page, its headings placed below the page's own, and its words. */
export function renderMarkdown(markdown: string, place: HeadingPlace): Promise<RenderedMarkdown> {
  const run = queue.then(async () => {
    const frontmatter: Frontmatter = { place };
    const result = await (await markdownProcessor()).render(markdown, { frontmatter });
    return { html: result.code, words: (result.metadata.frontmatter as Frontmatter).words ?? '' };
  });
  queue = run.catch(() => undefined);
  return run;
}
