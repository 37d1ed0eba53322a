/**
 * Work a build starts early and waits for late: the Markdown worker, the search index, the feeds.
 *
 * Each piece runs while Astro does something else, so nobody awaits it for a while; a promise that
 * fails in that time would end the process as an unhandled rejection, with a stack trace. This is the
 * one place that owns those failures: a task's failure is held here (and handed to whoever awaits the
 * task), the first one cancels the others through their AbortSignal, and `settle()` reports it once
 * everything has stopped. Cleanups (stopping the worker, Pagefind's process) run whatever happened.
 */
export interface Background {
  /**
   * Starts `work` now. The returned promise is the task's result for whoever needs it; awaiting it is
   * optional, because its failure is owned here and reported by `settle()`.
   */
  run<T>(name: string, work: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Runs `cleanup` when the work is settled or cancelled, after any registered later (last in, first out). */
  onClose(cleanup: () => unknown): void;
  /** Cancels every task still running, with `reason`; their failures are then not reported. */
  cancel(reason: string): void;
  /**
   * Waits for every task, runs the cleanups, and throws the first failure (`name: message`) if any
   * task failed. Safe to call more than once: later calls return the same outcome.
   */
  settle(): Promise<void>;
}

/** A task's failure as one line: what failed and why (no stack: the reason is the message). */
export class BackgroundError extends Error {
  constructor(
    readonly task: string,
    readonly reason: unknown,
  ) {
    super(`${task}: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'BackgroundError';
  }
}

export function background(): Background {
  const controller = new AbortController();
  const tasks: Promise<unknown>[] = [];
  const cleanups: (() => unknown)[] = [];
  let failure: BackgroundError | undefined;
  let settled: Promise<void> | undefined;

  return {
    run<T>(name: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
      let started: Promise<T>;
      try {
        started = work(controller.signal);
      } catch (error) {
        started = Promise.reject(error);
      }
      const result = started.catch((error: unknown) => {
        // A task that fails because it was cancelled says nothing new: the first failure (or the
        // caller's reason to cancel) is the one reported.
        if (!controller.signal.aborted) {
          failure ??= new BackgroundError(name, error);
          controller.abort(failure);
        }
        throw error;
      });
      // Owned here: reported by settle(), never as an unhandled rejection.
      tasks.push(result.catch(() => undefined));
      return result;
    },
    onClose(cleanup) {
      cleanups.push(cleanup);
    },
    cancel(reason) {
      if (!controller.signal.aborted) controller.abort(new Error(reason));
    },
    settle() {
      settled ??= (async () => {
        // Tasks may start others (the index's write waits for its records): wait until none is added.
        for (let seen = -1; seen !== tasks.length; ) {
          seen = tasks.length;
          await Promise.all(tasks);
        }
        const closing: unknown[] = [];
        for (const cleanup of cleanups.reverse()) {
          try {
            await cleanup();
          } catch (error) {
            closing.push(error);
          }
        }
        if (failure) throw failure;
        if (closing.length) throw new BackgroundError('stopping the background work', closing[0]);
      })();
      return settled;
    },
  };
}
