import { issueSlug, PAGE_ANCHORS } from '../markdown/anchors.ts';
import { checkMarkdown, locateInYaml } from '../markdown/check.ts';
import type { SitePages } from '../markdown/site-pages.ts';
import type { Path } from '../yaml/positions.ts';
import { indicesAt, textAt, type FileView, type PathIn } from '../file-view.ts';
import { markdownTexts } from '../schemas/markdown-fields.ts';
import type { RuleContext } from './context.ts';

/**
 * The Markdown fields of a pipeline file, found through the schema's Markdown tags (a new Markdown field
 * is checked with no edit here); textAt then skips any that zod rejected.
 */
function markdownPaths(view: FileView<'pipeline'>): PathIn<'pipeline'>[] {
  const value = typeof view.value === 'object' && view.value !== null ? view.value : {};
  return markdownTexts(value).map(([path]) => path as PathIn<'pipeline'>);
}

/** Links in a pipeline's Markdown fields: allowed schemes only, site-relative links to real pages. */
export function markdownFieldRules(ctx: RuleContext, view: FileView<'pipeline'>, pages: SitePages): void {
  if (view.text === undefined) return;
  for (const path of markdownPaths(view)) {
    const text = textAt(view, path);
    if (text === undefined) continue;
    let from = 0;
    for (const p of checkMarkdown(text, pages)) {
      // Located only for a problem: positions cost a second parse of the file.
      const start = ctx.locate(view.file, path);
      const at = locateInYaml(view.text, start, p.snippet, from);
      from = at.offset;
      ctx.reportAt(view.file, at.line, at.column, 'markdown-link', p.params);
    }
  }
}

/** Each common issue's anchor (its id, or its title's slug) is unique in the pipeline and not one the page uses. */
export function issueAnchorRules(ctx: RuleContext, view: FileView<'pipeline'>): void {
  const seen = new Map<string, number>();
  for (const i of indicesAt(view, ['commonIssues'])) {
    const given = textAt(view, ['commonIssues', i, 'id']);
    const title = textAt(view, ['commonIssues', i, 'title']);
    if (given === undefined && title === undefined) continue;
    const anchor = given ?? issueSlug(title!.trim(), i);
    const path: Path = ['commonIssues', i, given !== undefined ? 'id' : 'title'];
    const first = seen.get(anchor);
    if (first !== undefined) {
      const { line } = ctx.locate(view.file, ['commonIssues', first]);
      ctx.report(view.file, path, 'issue-anchor', { clash: 'issue', anchor, otherLine: line, suggestion: `${anchor}-${i + 1}` });
      continue;
    }
    seen.set(anchor, i);
    if ((PAGE_ANCHORS as readonly string[]).includes(anchor)) {
      ctx.report(view.file, path, 'issue-anchor', { clash: 'page', anchor });
    }
  }
}
