import { Worker } from 'node:worker_threads';
import { markdownWords } from '../core/markdown/plain.ts';
import { PIPELINE_MARKDOWN } from '../core/schemas/markdown-fields.ts';
import { markdownFields, renderedTexts, type MarkdownFields, type PipelineMarkdown } from '../site/markdown/pipeline-texts.ts';
import { background, type Background } from './background.ts';
import type { MarkdownJob, MarkdownReply } from './markdown-worker.ts';

/**
 * Renders a pipeline's Markdown on this thread, loading the renderer (Astro's Markdown pipeline, Shiki)
 * on first use: for a build without the worker (a test that runs the integration's source).
 */
export const renderHere = async (p: MarkdownFields): Promise<PipelineMarkdown> => (await import('../site/markdown/pipeline-markdown.ts')).renderPipelineMarkdown(p, PIPELINE_MARKDOWN);

export interface MarkdownRenders {
  /** A pipeline's rendered Markdown, when it is ready; undefined for a pipeline the worker was not given. */
  lookup(id: string): Promise<PipelineMarkdown> | undefined;
  /** Once every pipeline is rendered: each text's words for search, from the render's own parse. */
  words(): Promise<(text: string) => string>;
  /** Stops the worker (a finished worker has already stopped). */
  close(): Promise<void>;
}

/**
 * Renders every pipeline's Markdown (remark, rehype, Shiki) in a worker thread, started as soon as
 * the data is valid: it runs on the second core while Astro collects and bundles the site, and the
 * pages then only pick up HTML. At 10,000 pipelines the Markdown is about 30,000 texts, whose parse
 * and highlight otherwise ran on the one thread that renders pages (and a second time for search).
 * The worker is a task of `work` (background.ts), which owns its failure and stops it.
 */
export function startMarkdownRenders(workerFile: URL, pipelines: readonly MarkdownFields[], base: string, work: Background = background()): MarkdownRenders {
  const given = new Set(pipelines.map((p) => p.id));
  const rendered = new Map<string, PipelineMarkdown>();
  // Pages that asked before their pipeline was rendered; each awaits its promise, so a failure reaches it.
  const waiting = new Map<string, { resolve(m: PipelineMarkdown): void; reject(e: Error): void }[]>();
  let failure: Error | undefined;
  const job: MarkdownJob = { base, fields: PIPELINE_MARKDOWN, pipelines: pipelines.map(markdownFields) };
  // It keeps the process alive while it renders (pages wait for it); the build stops it when done.
  const worker = new Worker(workerFile, { workerData: job });
  const stop = () => worker.terminate();
  work.onClose(stop);
  const finished = work.run('rendering the Markdown', (signal) => {
    return new Promise<void>((done, fail) => {
      let complete = false;
      const failAll = (error: Error) => {
        // The worker exits once it has sent everything: only an exit before that is a failure.
        if (failure || complete) return;
        failure = error;
        for (const waiters of waiting.values()) for (const w of waiters) w.reject(error);
        waiting.clear();
        fail(error);
      };
      signal.addEventListener('abort', () => {
        failAll(new Error('cancelled'));
        void stop();
      });
      worker.on('message', (reply: MarkdownReply) => {
        if (reply.kind === 'rendered') {
          for (const [id, markdown] of reply.renders) {
            rendered.set(id, markdown);
            for (const w of waiting.get(id) ?? []) w.resolve(markdown);
            waiting.delete(id);
          }
        } else if (reply.kind === 'done') {
          complete = true;
          done();
        }
        else failAll(new Error(`rendering the Markdown of pipelines/${reply.id}: ${reply.message}`));
      });
      worker.on('error', (error) => failAll(new Error(`the Markdown worker failed: ${error.message}`)));
      worker.on('exit', (code) => failAll(new Error(`the Markdown worker stopped (exit code ${code}) before it rendered every pipeline`)));
    });
  });
  return {
    lookup(id) {
      if (!given.has(id)) return undefined;
      const ready = rendered.get(id);
      if (ready) return Promise.resolve(ready);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => waiting.set(id, [...(waiting.get(id) ?? []), { resolve, reject }]));
    },
    async words() {
      await finished;
      const words = new Map<string, string>();
      for (const p of pipelines) for (const [text, r] of renderedTexts(p, rendered.get(p.id)!)) words.set(text, r.words);
      return (text) => words.get(text) ?? markdownWords(text);
    },
    async close() {
      await stop();
    },
  };
}
