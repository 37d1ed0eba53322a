import { Worker } from 'node:worker_threads';
import { markdownWords } from '../core/markdown/plain.ts';
import { markdownFields, renderedTexts, type MarkdownFields, type PipelineMarkdown } from '../site/markdown/pipeline-texts.ts';
import type { MarkdownJob, MarkdownReply } from './markdown-worker.ts';

export interface MarkdownRenders {
  /** A pipeline's rendered Markdown, when it is ready; undefined for a pipeline the worker was not given. */
  lookup(id: string): Promise<PipelineMarkdown> | undefined;
  /** Once every pipeline is rendered: each text's words for search, from the render's own parse. */
  words(): Promise<(text: string) => string>;
  /** Stops the worker (a finished worker has already stopped). */
  close(): Promise<void>;
}

interface Deferred {
  readonly promise: Promise<PipelineMarkdown>;
  resolve(markdown: PipelineMarkdown): void;
  reject(error: Error): void;
  settled: boolean;
}

function deferred(): Deferred {
  let resolve!: (m: PipelineMarkdown) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<PipelineMarkdown>((res, rej) => ((resolve = res), (reject = rej)));
  // Awaited by the page; a failure no page asks for is reported through words() instead.
  promise.catch(() => {});
  const d: Deferred = {
    promise,
    resolve: (m) => ((d.settled = true), resolve(m)),
    reject: (e) => ((d.settled = true), reject(e)),
    settled: false,
  };
  return d;
}

/**
 * Renders every pipeline's Markdown (remark, rehype, Shiki) in a worker thread, started as soon as
 * the data is valid: it runs on the second core while Astro collects and bundles the site, and the
 * pages then only pick up HTML. At 10,000 pipelines the Markdown is about 30,000 texts, whose parse
 * and highlight otherwise ran on the one thread that renders pages (and a second time for search).
 */
export function startMarkdownRenders(workerFile: URL, pipelines: readonly MarkdownFields[], base: string): MarkdownRenders {
  const renders = new Map(pipelines.map((p) => [p.id, deferred()]));
  const job: MarkdownJob = { base, pipelines: pipelines.map(markdownFields) };
  // It keeps the process alive while it renders (pages wait for it); astro:build:done stops it.
  const worker = new Worker(workerFile, { workerData: job });
  let done!: () => void;
  let failed!: (error: Error) => void;
  const finished = new Promise<void>((res, rej) => ((done = res), (failed = rej)));
  finished.catch(() => {});
  const failAll = (error: Error) => {
    for (const d of renders.values()) if (!d.settled) d.reject(error);
    failed(error);
  };
  worker.on('message', (reply: MarkdownReply) => {
    if (reply.kind === 'rendered') for (const [id, markdown] of reply.renders) renders.get(id)?.resolve(markdown);
    else if (reply.kind === 'done') done();
    else failAll(new Error(`rendering the Markdown of pipelines/${reply.id}: ${reply.message}`));
  });
  worker.on('error', (error) => failAll(new Error(`the Markdown worker failed: ${error.message}`)));
  worker.on('exit', (code) => failAll(new Error(`the Markdown worker stopped (exit code ${code}) before it rendered every pipeline`)));
  return {
    lookup: (id) => renders.get(id)?.promise,
    async words() {
      await finished;
      const words = new Map<string, string>();
      for (const p of pipelines) {
        const m = await renders.get(p.id)!.promise;
        for (const [text, rendered] of renderedTexts(p, m)) words.set(text, rendered.words);
      }
      return (text) => words.get(text) ?? markdownWords(text);
    },
    async close() {
      await worker.terminate();
    },
  };
}
