import type { Pipeline } from '../../core/model.ts';

// What a pipeline's rendered Markdown looks like and where the build keeps it, without the renderer:
// the integration imports this on the main thread, where nothing renders Markdown during a build
// (loading Astro's Markdown pipeline and Shiki takes a noticeable part of a small build).

/** A Markdown text as the page shows it, and as search finds it (render.ts renders it). */
export interface RenderedMarkdown {
  /** Safe HTML, its headings placed below the page's own. */
  readonly html: string;
  /** The words a reader sees (see markdownWords), taken from the same parse. */
  readonly words: string;
}

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
