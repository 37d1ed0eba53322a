import { PAGE_ANCHORS } from '../../core/markdown/anchors.ts';
import { textOf, type MarkdownFieldPaths } from '../../core/markdown/fields.ts';
import type { MarkdownFields, PipelineMarkdown } from './pipeline-texts.ts';
import { renderMarkdown } from './render.ts';

export type { MarkdownFields, PipelineMarkdown };

/**
 * Renders a pipeline's Markdown where its page shows it: its top-level Markdown fields (the description)
 * and the long-form runbook under the page's h2 sections (h3), each issue's fields (symptoms, checks, fix)
 * under the issue's h3 (h4), with heading ids that never take the page's or the issues' anchors. Which
 * fields those are is the schema's to say (`fields`: PIPELINE_MARKDOWN, read from its Markdown tags).
 */
export async function renderPipelineMarkdown(p: MarkdownFields, fields: MarkdownFieldPaths): Promise<PipelineMarkdown> {
  const reserved = [...PAGE_ANCHORS, ...p.commonIssues.map((i) => i.id)];
  const md = (text: string | undefined, level: number, idPrefix = '') => (text === undefined ? undefined : renderMarkdown(text, { level, idPrefix, reserved }));
  const rendered = async (item: Parameters<typeof textOf>[0], keys: readonly string[], level: number, prefix: (key: string) => string) => {
    const out: Record<string, Awaited<ReturnType<typeof renderMarkdown>>> = {};
    for (const key of keys) {
      const r = await md(textOf(item, key), level, prefix(key));
      if (r !== undefined) out[key] = r;
    }
    return out;
  };
  const texts = await rendered(p, fields.top, 3, (key) => `${key}-`);
  const issueKeys = fields.lists.commonIssues ?? [];
  const issues = [];
  for (const issue of p.commonIssues) issues.push(await rendered(issue, issueKeys, 4, () => `${issue.id}-`));
  const runbook = await md(p.runbook?.markdown, 3);
  return { texts, issues, ...(runbook !== undefined ? { runbook } : {}) };
}
