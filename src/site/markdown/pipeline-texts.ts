import type { Pipeline } from '../../core/model.ts';
import { textOf } from '../../core/markdown/fields.ts';
import { PIPELINE_MARKDOWN } from '../../core/schemas/markdown-fields.ts';

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

/** A pipeline's Markdown fields are read by key: which keys hold Markdown is the schema's to say (PIPELINE_MARKDOWN). */
type Texts = { readonly [key: string]: unknown };

/**
 * The fields of a pipeline that hold Markdown: all a render needs, and all the render worker is sent. A
 * Pipeline is one; markdownFields keeps only these.
 */
export type MarkdownFields = Pick<Pipeline, 'id' | 'runbook'> & Texts & { readonly commonIssues: readonly (Texts & { readonly id: string })[] };

/** Every Markdown text of a pipeline's page, rendered, in the page's places. */
export interface PipelineMarkdown {
  /** The top-level Markdown fields (`description`, …), by key. */
  readonly texts: Readonly<Record<string, RenderedMarkdown>>;
  /** One per common issue, in order: its Markdown fields (`symptoms`, `checks`, `fix`, …) by key. */
  readonly issues: readonly Readonly<Record<string, RenderedMarkdown>>[];
  readonly runbook?: RenderedMarkdown;
}

const ISSUE_KEYS = PIPELINE_MARKDOWN.lists.commonIssues ?? [];

/** The fields of `item` that are given, by key. */
const given = (item: Texts, keys: readonly string[]) => Object.fromEntries(keys.flatMap((k) => (textOf(item, k) !== undefined ? [[k, textOf(item, k)]] : [])));

/** Only the Markdown fields, so that a worker is sent no more than it renders. */
export const markdownFields = (p: MarkdownFields): MarkdownFields => ({
  id: p.id,
  ...given(p, PIPELINE_MARKDOWN.top),
  ...(p.runbook !== undefined ? { runbook: { file: p.runbook.file, markdown: p.runbook.markdown } } : {}),
  commonIssues: p.commonIssues.map((i) => ({ id: i.id, ...given(i, ISSUE_KEYS) })),
});

/** Each Markdown text of a pipeline beside its render, in page order (a text not rendered is left out). */
export function renderedTexts(p: MarkdownFields, m: PipelineMarkdown): [text: string, rendered: RenderedMarkdown][] {
  const pairs: [string | undefined, RenderedMarkdown | undefined][] = [
    ...PIPELINE_MARKDOWN.top.map((key): [string | undefined, RenderedMarkdown | undefined] => [textOf(p, key), m.texts[key]]),
    ...p.commonIssues.flatMap((issue, k) => ISSUE_KEYS.map((key): [string | undefined, RenderedMarkdown | undefined] => [textOf(issue, key), m.issues[k]?.[key]])),
    [p.runbook?.markdown, m.runbook],
  ];
  return pairs.filter((pair): pair is [string, RenderedMarkdown] => pair[0] !== undefined && pair[1] !== undefined);
}
