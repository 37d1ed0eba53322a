import { PAGE_ANCHORS } from '../../core/markdown/anchors.ts';
import type { Pipeline } from '../../core/model.ts';
import { renderMarkdown, type RenderedMarkdown } from './render.ts';

/** The fields of a pipeline that hold Markdown: all a render needs, and all the render worker is sent. */
export type MarkdownFields = Pick<Pipeline, 'id' | 'description' | 'runbook'> & {
  readonly commonIssues: readonly Pick<Pipeline['commonIssues'][number], 'id' | 'symptoms' | 'checks' | 'fix'>[];
};

/** Every Markdown text of a pipeline's page, rendered, in the page's places. */
export interface PipelineMarkdown {
  readonly description?: RenderedMarkdown;
  /** One per common issue, in order. */
  readonly issues: readonly { readonly symptoms?: RenderedMarkdown; readonly checks?: RenderedMarkdown; readonly fix?: RenderedMarkdown }[];
  readonly runbook?: RenderedMarkdown;
}

/** Only the Markdown fields, so that a worker is sent no more than it renders. */
export const markdownFields = (p: MarkdownFields): MarkdownFields => ({
  id: p.id,
  ...(p.description !== undefined ? { description: p.description } : {}),
  ...(p.runbook !== undefined ? { runbook: { file: p.runbook.file, markdown: p.runbook.markdown } } : {}),
  commonIssues: p.commonIssues.map((i) => ({ id: i.id, symptoms: i.symptoms, checks: i.checks, fix: i.fix })),
});

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

// The build renders every pipeline's Markdown in a worker thread while Vite bundles (see
// integrations/markdown-renders.ts); pages then only pick up the HTML. Stored on a global, as the
// page data is: the integration and the pages are separate module instances in one process.
const KEY = Symbol.for('pipeline-runbooks.markdown');
type Store = typeof globalThis & { [KEY]?: (id: string) => Promise<PipelineMarkdown> | undefined };

/** Called by the integration: where the pages find each pipeline's rendered Markdown. */
export function storeMarkdownRenders(lookup: ((id: string) => Promise<PipelineMarkdown> | undefined) | undefined): void {
  (globalThis as Store)[KEY] = lookup;
}

/** For the page: the pipeline's Markdown, rendered ahead by the build, or here and now (the dev server). */
export function pipelineMarkdown(p: MarkdownFields): Promise<PipelineMarkdown> {
  return (globalThis as Store)[KEY]?.(p.id) ?? renderPipelineMarkdown(p);
}
