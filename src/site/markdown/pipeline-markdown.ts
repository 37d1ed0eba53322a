import { PAGE_ANCHORS } from '../../core/markdown/anchors.ts';
import { pageContext } from '../page-context.ts';
import type { MarkdownFields, PipelineMarkdown } from './pipeline-texts.ts';
import { renderMarkdown } from './render.ts';

export type { MarkdownFields, PipelineMarkdown };

/**
 * Renders a pipeline's Markdown where its page shows it: the description and the long-form runbook
 * under the page's h2 sections (h3), each issue's symptoms, checks and fix under the issue's h3 (h4),
 * with heading ids that never take the page's or the issues' anchors.
 */
export async function renderPipelineMarkdown(p: MarkdownFields): Promise<PipelineMarkdown> {
  const reserved = [...PAGE_ANCHORS, ...p.commonIssues.map((i) => i.id)];
  const md = (text: string | undefined, level: number, idPrefix = '') => (text === undefined ? undefined : renderMarkdown(text, { level, idPrefix, reserved }));
  const present = <T extends object>(entries: Record<string, T | undefined>) =>
    Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined)) as Record<string, T>;
  const description = await md(p.description, 3, 'description-');
  const issues = [];
  for (const issue of p.commonIssues) {
    const prefix = `${issue.id}-`;
    issues.push(present({ symptoms: await md(issue.symptoms, 4, prefix), checks: await md(issue.checks, 4, prefix), fix: await md(issue.fix, 4, prefix) }));
  }
  const runbook = await md(p.runbook?.markdown, 3);
  return { ...present({ description, runbook }), issues };
}

/** For the page: the pipeline's Markdown, rendered ahead by the build, or here and now (the dev server). */
export function pipelineMarkdown(p: MarkdownFields): Promise<PipelineMarkdown> {
  return pageContext()?.markdown?.(p.id) ?? renderPipelineMarkdown(p);
}
