// The worker thread of parallelChecker: bundled next to the CLIs as .build/cli/load-worker.js.
import { workerData } from 'node:worker_threads';
import { runCheckWorker, type CheckWorkerData } from '../core/load/parallel.ts';

runCheckWorker(workerData as CheckWorkerData);
