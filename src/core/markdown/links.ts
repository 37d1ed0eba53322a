import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ProblemText } from '../problem.ts';
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

const show = (url: string) => JSON.stringify(url.length > 60 ? `${url.slice(0, 59)}…` : url);

/** What is wrong with a link target, with the fix; undefined when it is fine. */
export function linkProblem(url: string, pages: SitePages): ProblemText | undefined {
  const scheme = linkScheme(url);
  if (scheme !== undefined) {
    return SCHEMES.includes(scheme)
      ? undefined
      : {
          what: `"${scheme}:" links are not allowed in Markdown`,
          fix: 'link to an https://, http:// or mailto: address, or to a page of this site such as /oncall/',
        };
  }
  if (url.startsWith('#')) return undefined;
  if (url.startsWith('//')) return { what: `link ${show(url)} has no scheme`, fix: `write it in full: https:${url}` };
  if (!url.startsWith('/')) {
    return {
      what: `link ${show(url)} is relative`,
      fix: 'start it with / for a page of this site (e.g. /pipelines/<id>/), or write a full https:// URL',
    };
  }
  const path = url.replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // Leave a malformed escape as written: it matches no page and is reported as such.
  }
  if (pages.has(decoded)) return undefined;
  const hint = pages.suggest(decoded);
  return {
    what: `link ${show(url)} points at no page of this site`,
    fix: `${hint ? `${hint} ` : ''}pages are /, /pipelines/<id>/, /people/<id>/, /teams/<id>/, /areas/<id>/, /oncall/, /oncall/<rotation>/, /sla/ and /search/`,
  };
}
