import type { RuleParams } from '../rules/catalogue.ts';
import { linkProblem, markdownLinks } from './links.ts';
import { parseMarkdown } from './parse.ts';
import type { SitePages } from './site-pages.ts';

/** A problem in a Markdown text, at a position in that text. */
export interface MarkdownProblem {
  readonly line: number;
  readonly column: number;
  /** The first line of the offending link as written, to find it again inside a YAML value. */
  readonly snippet: string;
  readonly params: RuleParams<'markdown-link'>;
}

/**
 * Every way CommonMark and GitHub write a link needs one of these: `[text](url)`, `[ref]`, `<url>` or
 * HTML, a bare `www.`, `scheme:` or `name@host`. Text without any of them is not parsed: validating
 * 10,000 pipelines spent half its time parsing Markdown fields that hold no link.
 */
const MAY_LINK = /[[<@:]|www\./i;

/** Every link in the text whose scheme is not allowed or that points at no page of the site. */
export function checkMarkdown(text: string, pages: SitePages): MarkdownProblem[] {
  if (!MAY_LINK.test(text)) return [];
  const problems: MarkdownProblem[] = [];
  for (const link of markdownLinks(parseMarkdown(text))) {
    const problem = linkProblem(link.url, pages);
    if (problem) problems.push({ line: link.line, column: link.column, snippet: text.slice(link.start, link.end).split('\n')[0]!, params: problem });
  }
  return problems;
}

/**
 * Where a Markdown problem found in a YAML value sits in the file: the value may be quoted, folded
 * or a block scalar, so the link is found again by its text, from the value's position on.
 */
export function locateInYaml(fileText: string, value: { line: number; column: number }, snippet: string, from = 0): { line: number; column: number; offset: number } {
  const lines = fileText.split('\n');
  let offset = 0;
  for (let i = 0; i < value.line - 1 && i < lines.length; i++) offset += lines[i]!.length + 1;
  offset += value.column - 1;
  const found = snippet ? fileText.indexOf(snippet, Math.max(offset, from)) : -1;
  if (found < 0) return { ...value, offset };
  const before = fileText.slice(0, found);
  const line = before.split('\n').length;
  return { line, column: found - before.lastIndexOf('\n'), offset: found + 1 };
}
