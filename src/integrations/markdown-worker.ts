// The worker thread that renders the pipelines' Markdown during a build. Bundled next to the
// integration by runbooks-loader.mjs, as a file Node can load, and started by markdown-renders.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { MarkdownFieldPaths } from '../core/markdown/fields.ts';
import { renderPipelineMarkdown, type MarkdownFields, type PipelineMarkdown } from '../site/markdown/pipeline-markdown.ts';
import { CSP } from '../site/csp.ts';
import { providePageContext } from '../site/page-context.ts';
import { normalizeBase } from '../site/paths.ts';

/**
 * What the integration sends: the site's base (for site links), which fields hold Markdown (read from
 * the schema on the main thread, so that this thread loads no zod) and each pipeline's Markdown fields,
 * in page order.
 */
export interface MarkdownJob {
  readonly base: string;
  readonly fields: MarkdownFieldPaths;
  readonly pipelines: readonly MarkdownFields[];
}

/** What the worker sends back: renders in batches as they finish, then `done`, or the first failure. */
export type MarkdownReply =
  | { readonly kind: 'rendered'; readonly renders: readonly (readonly [id: string, markdown: PipelineMarkdown])[] }
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly id: string; readonly message: string };

// Batches keep the messages few (one per pipeline cost more in structured cloning than rendering
// short texts) yet early pages need not wait for the last pipeline.
const BATCH = 64;

async function main({ base, fields, pipelines }: MarkdownJob): Promise<void> {
  // Site links in the Markdown get the base (paths.ts reads it from the context, as pages do).
  providePageContext({ base: normalizeBase(base), csp: CSP });
  let batch: [string, PipelineMarkdown][] = [];
  const send = (reply: MarkdownReply) => parentPort!.postMessage(reply);
  for (const p of pipelines) {
    try {
      batch.push([p.id, await renderPipelineMarkdown(p, fields)]);
    } catch (error) {
      send({ kind: 'failed', id: p.id, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (batch.length === BATCH) {
      send({ kind: 'rendered', renders: batch });
      batch = [];
    }
  }
  if (batch.length) send({ kind: 'rendered', renders: batch });
  send({ kind: 'done' });
}

if (parentPort) void main(workerData as MarkdownJob);
