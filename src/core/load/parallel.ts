import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Problem } from '../problem.ts';
import type { Path } from '../yaml/positions.ts';
import { sourceFromText } from '../yaml/source.ts';
import { checkFile, checkFilesInTurn, type CheckedFile, type FileChecker } from './check-file.ts';
import type { DataFile } from './files.ts';

/**
 * Parsing YAML is most of what validating thousands of files costs (js-yaml, then zod), and it is
 * independent per file. So the CLIs spread it over the machine's cores: worker threads and the main
 * thread take chunks of files from a shared counter until none are left, so a thread that starts
 * late or runs on a busy core simply takes fewer. loadData stays synchronous: the main thread
 * blocks on Atomics.wait for chunks still in flight, then reads their results with
 * receiveMessageOnPort. Results are placed by index, so the outcome is the same as checking the
 * files in turn; a chunk a worker could not finish is checked again on the main thread.
 */

const CHUNK = 32;
/** Below this, starting a thread (~0.1 s to load the bundle) costs more than it saves. */
const MIN_FILES = 300;
/** A worker that makes no progress for this long is given up on; its chunks are redone here. */
const STALL_MS = 30_000;

// Int32 slots in the shared buffer.
const NEXT = 0; // index of the next unclaimed file
const IN_FLIGHT = 1; // chunks claimed by workers whose results are not posted yet

export interface CheckWorkerData {
  readonly dataDir: string;
  readonly files: readonly DataFile[];
  readonly shared: SharedArrayBuffer;
  readonly port: MessagePort;
}

/** What a worker posts per chunk; `files` is absent when the chunk failed and must be redone. */
interface ChunkResult {
  start: number;
  files?: { text?: string; raw?: unknown; value?: unknown; problems: readonly Problem[]; rejected?: readonly Path[] }[];
}

export interface ParallelOptions {
  /** Worker threads besides the main thread; default: one per extra core. */
  readonly threads?: number;
  readonly minFiles?: number;
}

/**
 * A FileChecker that uses worker threads running `workerUrl` (a bundle that calls runCheckWorker).
 * It checks in turn when there are few files, one core, or no worker bundle (running from source).
 */
export function parallelChecker(workerUrl: URL, options: ParallelOptions = {}): FileChecker {
  return (dataDir, files) => {
    const threads = Math.min(options.threads ?? availableParallelism() - 1, Math.floor(files.length / CHUNK));
    if (threads < 1 || files.length < (options.minFiles ?? MIN_FILES) || !existsSync(fileURLToPath(workerUrl))) {
      return checkFilesInTurn(dataDir, files);
    }
    const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    const counters = new Int32Array(shared);
    const ports = Array.from({ length: threads }, () => {
      const { port1, port2 } = new MessageChannel();
      const data: CheckWorkerData = { dataDir, files, shared, port: port2 };
      new Worker(workerUrl, { workerData: data, transferList: [port2] }).unref();
      return port1;
    });

    const results: (CheckedFile | undefined)[] = new Array(files.length);
    for (let start = Atomics.add(counters, NEXT, CHUNK); start < files.length; start = Atomics.add(counters, NEXT, CHUNK)) {
      for (let i = start; i < Math.min(start + CHUNK, files.length); i++) results[i] = checkFile(dataDir, files[i]!);
    }
    // Every chunk is claimed now; wait for the workers' chunks still being checked.
    for (let inFlight = Atomics.load(counters, IN_FLIGHT); inFlight > 0; inFlight = Atomics.load(counters, IN_FLIGHT)) {
      if (Atomics.wait(counters, IN_FLIGHT, inFlight, STALL_MS) === 'timed-out') break;
    }
    for (const port of ports) {
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const chunk = message.message as ChunkResult;
        chunk.files?.forEach(({ text, raw, value, problems, rejected }, k) => {
          const file = files[chunk.start + k]!.file;
          results[chunk.start + k] = { ...(text !== undefined ? { source: sourceFromText(file, text, raw) } : {}), value, problems, rejected };
        });
      }
      port.close();
    }
    return files.map((entry, i) => results[i] ?? checkFile(dataDir, entry));
  };
}

/** The worker's side: claim chunks, check them, post the results, until no files are left. */
export function runCheckWorker({ dataDir, files, shared, port }: CheckWorkerData): void {
  const counters = new Int32Array(shared);
  for (;;) {
    // Counted as in flight before claiming, so the main thread never misses a chunk being checked.
    Atomics.add(counters, IN_FLIGHT, 1);
    const start = Atomics.add(counters, NEXT, CHUNK);
    try {
      if (start >= files.length) break;
      const result: ChunkResult = { start, files: [] };
      for (let i = start; i < Math.min(start + CHUNK, files.length); i++) {
        const { source, value, problems, rejected } = checkFile(dataDir, files[i]!);
        result.files!.push({ ...(source ? { text: source.text, raw: source.value } : {}), value, problems, rejected });
      }
      port.postMessage(result);
    } catch {
      port.postMessage({ start } satisfies ChunkResult);
    } finally {
      Atomics.sub(counters, IN_FLIGHT, 1);
      Atomics.notify(counters, IN_FLIGHT);
    }
  }
  port.close();
}
