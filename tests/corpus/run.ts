// Runs the bundled CLI as a whole process, the way CI and people run it, under a hard timeout.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Expectation } from './expectation.ts';
import { ROOT } from './corpus.ts';

export const VALIDATE = join(ROOT, '.build/cli/validate.js');

export interface ProcessResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs a command; past `timeoutMs` the child is killed, so a hang fails the test instead of stalling it. */
export function run(cmd: string, args: readonly string[], options: { timeoutMs: number; env?: NodeJS.ProcessEnv; cwd?: string }): Promise<ProcessResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      {
        cwd: options.cwd ?? ROOT,
        env: options.env ?? process.env,
        timeout: options.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        const failed = error as (Error & { code?: number | string; signal?: NodeJS.Signals }) | null;
        resolve({
          code: failed ? (typeof failed.code === 'number' ? failed.code : null) : 0,
          signal: failed?.signal ?? null,
          stdout,
          stderr,
          ms: performance.now() - started,
        });
      },
    );
  });
}

/** "Today" for every corpus run (Mon 23 Nov 2026), so calendar rules never read the wall clock. */
export const PINNED_NOW = new Date(Date.UTC(2026, 10, 23));
/** `SOURCE_DATE_EPOCH` pins PINNED_NOW for the processes. */
export const PINNED_ENV: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: String(PINNED_NOW.getTime() / 1000), TZ: 'UTC' };

export interface ValidateResult extends ProcessResult {
  /** CPU milliseconds the validate process used, start-up included. */
  readonly cpuMs: number;
}

const CPU_PRELOAD = join(ROOT, 'tests/corpus/cpu-usage.mjs');

/** Runs `node .build/cli/validate.js --data DIR`, recording its CPU time through a preload. */
export async function runValidate(dataDir: string, timeoutMs: number, extra: readonly string[] = []): Promise<ValidateResult> {
  const cpuFile = join(mkdtempSync(join(tmpdir(), 'runbooks-cpu-')), 'ms');
  try {
    const env = { ...PINNED_ENV, RUNBOOKS_CPU_FILE: cpuFile };
    const result = await run(process.execPath, ['--import', pathToFileURL(CPU_PRELOAD).href, VALIDATE, '--data', dataDir, ...extra], { timeoutMs, env });
    return { ...result, cpuMs: existsSync(cpuFile) ? Number(readFileSync(cpuFile, 'utf8')) : Number.NaN };
  } finally {
    rmSync(dirname(cpuFile), { recursive: true, force: true });
  }
}

const PROBLEM_LINE = /^(.+?):(\d+):(\d+): error: (.*)$/;

/**
 * The printed problems with the data directory prefix removed, rewritten so that they equal
 * the expectations exactly when they match (column dropped where the case leaves it out,
 * message cut to the expected substring). A mismatch then shows as a readable diff.
 */
export function problemsAsExpected(output: string, dataDir: string, expected: readonly Expectation[]): string[] {
  const prefix = `${dataDir.replaceAll('\\', '/')}/`;
  return output
    .split('\n')
    .filter((line) => PROBLEM_LINE.test(line))
    .map((line, i) => {
      const [, path, lineNo, col, message] = PROBLEM_LINE.exec(line)!;
      const file = path!.startsWith(prefix) ? path!.slice(prefix.length) : path!;
      const want = expected[i];
      const column = want && want.column === undefined ? '' : `:${col}`;
      const text = want && message!.includes(want.message) ? want.message : message;
      return `${file}:${lineNo}${column}: error: ${text}`;
    });
}

/** How every V8 stack frame starts; it never appears in what the tools print. */
export const STACK_FRAME = '    at ';

/** Runs at most `n` tasks at once: more processes than cores only makes each one slower. */
export function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
