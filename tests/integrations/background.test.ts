import { describe, expect, it } from 'vitest';
import { background, BackgroundError } from '../../src/integrations/background.ts';

const later = <T>(ms: number, value: T) => new Promise<T>((done) => setTimeout(() => done(value), ms));

describe('background', () => {
  it("returns each task's result to whoever awaits it, and settles once all are done", async () => {
    const work = background();
    const a = work.run('a', () => later(10, 'A'));
    const b = work.run('b', async () => 'B');
    expect(await Promise.all([a, b])).toEqual(['A', 'B']);
    await expect(work.settle()).resolves.toBeUndefined();
  });

  it('throws the first failure from settle, named by its task, without an unhandled rejection for a task nobody awaits', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const work = background();
      void work.run('writing the calendar feeds', async () => {
        throw new Error('disk full');
      });
      await later(20, undefined);
      const settled = work.settle();
      await expect(settled).rejects.toThrow(new BackgroundError('writing the calendar feeds', new Error('disk full')));
      await expect(settled).rejects.toThrow('writing the calendar feeds: disk full');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('cancels the other tasks through their signal when one fails, and reports only the first failure', async () => {
    const work = background();
    let cancelled = false;
    void work.run('the search index', (signal) => new Promise((_, fail) => signal.addEventListener('abort', () => ((cancelled = true), fail(new Error('aborted'))))));
    void work.run('rendering the Markdown', async () => {
      await later(5, undefined);
      throw new Error('worker stopped');
    });
    await expect(work.settle()).rejects.toThrow('rendering the Markdown: worker stopped');
    expect(cancelled).toBe(true);
  });

  it('returns no failure after cancel(), and runs every cleanup, last registered first, whatever happened', async () => {
    const order: string[] = [];
    const work = background();
    work.onClose(() => order.push('stop the worker'));
    work.onClose(async () => order.push('close Pagefind'));
    void work.run('slow', (signal) => new Promise((_, fail) => signal.addEventListener('abort', () => fail(new Error('cancelled')))));
    work.cancel('the build stopped');
    await expect(work.settle()).resolves.toBeUndefined();
    expect(order).toEqual(['close Pagefind', 'stop the worker']);

    const failing = background();
    failing.onClose(() => order.push('cleaned up after a failure'));
    void failing.run('fails', () => Promise.reject(new Error('no')));
    await expect(failing.settle()).rejects.toThrow('fails: no');
    expect(order).toContain('cleaned up after a failure');
  });

  it('waits for a task started while it settles (the index write starts once the records exist)', async () => {
    const work = background();
    let wrote = false;
    void work.run('index', async () => {
      await later(5, undefined);
      void work.run('write', async () => {
        await later(10, undefined);
        wrote = true;
      });
    });
    await work.settle();
    expect(wrote).toBe(true);
  });

  it('returns a task that throws synchronously as a failure of that task', async () => {
    const work = background();
    const task = work.run('sync', () => {
      throw new Error('at once');
    });
    await expect(task).rejects.toThrow('at once');
    await expect(work.settle()).rejects.toThrow('sync: at once');
  });
});
