import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { MarkdownLinkParams } from '../rules/catalogue.ts';
import type { SitePages } from './site-pages.ts';

/** A link target written in Markdown, where its link starts (1-based, in the Markdown text). */
export interface MarkdownLink {
  readonly url: string;
  readonly line: number;
  readonly column: number;
  /** Offsets of the whole link in the Markdown text, to find it again in a YAML file. */
  readonly start: number;
  readonly end: number;
}

/** Every link, image and link definition target in the tree (references resolve through definitions). */
export function markdownLinks(tree: Root): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.position) {
      const { start, end } = node.position;
      links.push({ url: node.url, line: start.line, column: start.column, start: start.offset ?? 0, end: end.offset ?? 0 });
    }
  });
  return links;
}

const SCHEMES = ['https', 'http', 'mailto'];

/**
 * How a browser reads a link's scheme: it ignores tabs, newlines and leading control characters and
 * spaces, so "java\tscript:" is "javascript:". Undefined for a link without a scheme.
 */
export function linkScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Whether the renderer may make this target a link: an allowed scheme, a site-relative path or a fragment. */
export function isSafeLink(url: string): boolean {
  const scheme = linkScheme(url);
  if (scheme !== undefined) return SCHEMES.includes(scheme);
  return url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//'));
}

/** What is wrong with a link target, as the catalogue's `markdown-link` parameters; undefined when it is fine. */
export function linkProblem(url: string, pages: SitePages): MarkdownLinkParams | undefined {
  const scheme = linkScheme(url);
  if (scheme !== undefined) return SCHEMES.includes(scheme) ? undefined : { link: 'scheme', url, scheme };
  if (url.startsWith('#')) return undefined;
  if (url.startsWith('//')) return { link: 'no-scheme', url };
  if (!url.startsWith('/')) return { link: 'relative', url };
  const path = url.replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // Leave a malformed escape as written: it matches no page and is reported as such.
  }
  if (pages.has(decoded)) return undefined;
  const closest = pages.closest(decoded);
  return { link: 'no-page', url, ...(closest !== undefined ? { closest } : {}) };
}
