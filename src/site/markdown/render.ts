import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeStyleToClass } from './code-colors.ts';
import { rehypeHighlight } from './highlight.ts';
import { rehypeHeadingPlace, type HeadingPlace } from './headings.ts';
import { rehypeSafeLinks, remarkHtmlAsText } from './inert.ts';

export type { HeadingPlace };

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
    remarkPlugins: [remarkHtmlAsText],
    rehypePlugins: [rehypeSafeLinks, rehypeHighlight, rehypeStyleToClass, rehypeHeadingPlace],
  });
  return processor;
}

// One render at a time: Shiki's highlighter loads grammars into shared state as pages need them.
let queue: Promise<unknown> = Promise.resolve();

/** Markdown from the data as safe HTML for the page, its headings placed below the page's own. */
export function renderMarkdown(markdown: string, place: HeadingPlace): Promise<string> {
  const run = queue.then(async () => (await (await markdownProcessor()).render(markdown, { frontmatter: { place } })).code);
  queue = run.catch(() => undefined);
  return run;
}
