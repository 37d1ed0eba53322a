import type { Pipeline } from '../../core/model.ts';
import type { RenderedMarkdown } from './render.ts';

// What a pipeline's rendered Markdown looks like and where the build keeps it, without the renderer:
// the integration imports this on the main thread, where nothing renders Markdown during a build
// (Astro's Markdown pipeline and Shiki cost 0.12 s to load).

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

/** Each Markdown text of a pipeline beside its render, in page order (a text not rendered is left out). */
export function renderedTexts(p: MarkdownFields, m: PipelineMarkdown): [text: string, rendered: RenderedMarkdown][] {
  const pairs: [string | undefined, RenderedMarkdown | undefined][] = [
    [p.description, m.description],
    ...p.commonIssues.flatMap((issue, k): [string | undefined, RenderedMarkdown | undefined][] => [
      [issue.symptoms, m.issues[k]?.symptoms],
      [issue.checks, m.issues[k]?.checks],
      [issue.fix, m.issues[k]?.fix],
    ]),
    [p.runbook?.markdown, m.runbook],
  ];
  return pairs.filter((pair): pair is [string, RenderedMarkdown] => pair[0] !== undefined && pair[1] !== undefined);
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

/** The pipeline's Markdown as the build rendered it ahead, if it did. */
export const storedMarkdownRender = (id: string): Promise<PipelineMarkdown> | undefined => (globalThis as Store)[KEY]?.(id);
