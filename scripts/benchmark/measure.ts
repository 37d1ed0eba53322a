import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One whole-process run: wall time, CPU time (user + system) and peak resident memory. */
export interface Sample {
  wallMs: number;
  cpuMs: number;
  /** Peak RSS in bytes; undefined when /usr/bin/time is not available. */
  rssBytes?: number;
}

export interface Measurement {
  samples: Sample[];
  medianWallMs: number;
  medianCpuMs: number;
  /** The largest peak RSS seen over the runs. */
  maxRssBytes?: number;
  /** stdout and stderr of the last run, for phase timings in a build's log. */
  lastOutput: string;
}

export interface Command {
  argv: readonly string[];
  cwd: string;
  env?: Record<string, string>;
  /** Runs before each sample and is not timed, e.g. deleting the previous build's output. */
  before?: () => void;
  /** Exit codes that count as success; anything else aborts the measurement with the command's output. */
  okCodes?: readonly number[];
}

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export class CommandFailed extends Error {}

/**
 * Runs the command once under GNU time (`-f` with elapsed, user, system and max RSS) and returns
 * the sample. Wall time is taken around the spawn with a monotonic clock, which is finer than time's 10 ms.
 */
export function runOnce(command: Command): Sample & { output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const report = join(dir, 'time.txt');
  try {
    command.before?.();
    const argv = hasGnuTime ? [GNU_TIME, '-o', report, '-f', '%U %S %M', ...command.argv] : [...command.argv];
    const started = process.hrtime.bigint();
    const result = spawnSync(argv[0]!, argv.slice(1), {
      cwd: command.cwd,
      env: { ...process.env, ...command.env },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.error) throw new CommandFailed(`${command.argv.join(' ')}: ${result.error.message}`);
    if (!(command.okCodes ?? [0]).includes(result.status ?? -1)) {
      const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-15).join('\n');
      throw new CommandFailed(`${command.argv.join(' ')} exited with ${result.status}:\n${output}`);
    }
    const output = `${result.stdout}${result.stderr}`;
    if (!hasGnuTime) return { wallMs, cpuMs: Number.NaN, output };
    // GNU time may print "Command exited with non-zero status" first; the numbers are on the last line.
    const last = readFileSync(report, 'utf8').trim().split('\n').pop()!;
    const [user, system, rssKb] = last.split(' ').map(Number);
    return { wallMs, cpuMs: (user! + system!) * 1000, rssBytes: rssKb! * 1024, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function summarise(runs: (Sample & { output: string })[]): Measurement {
  const samples: Sample[] = runs.map(({ output: _, ...sample }) => sample);
  const rss = samples.map((s) => s.rssBytes).filter((r): r is number => r !== undefined);
  return {
    samples,
    lastOutput: runs.at(-1)!.output,
    medianWallMs: median(samples.map((s) => s.wallMs)),
    medianCpuMs: median(samples.map((s) => s.cpuMs)),
    ...(rss.length ? { maxRssBytes: Math.max(...rss) } : {}),
  };
}

/**
 * The order of the commands in turn `turn`: each turn starts one command later (A B C, B C A, C A B),
 * so that no command always runs first, or always right after the same other one (whose leftovers,
 * such as a Vite cache it rewrote or a file cache it filled, would then weigh on it alone).
 */
export function turnOrder(count: number, turn: number): number[] {
  return Array.from({ length: count }, (_, k) => (k + turn) % count);
}

/** `warmup` untimed runs (file cache, compile cache), then `runs` timed ones; medians of those. */
export function measure(command: Command, runs: number, warmup = 1): Measurement {
  return measureInterleaved([command], runs, warmup)[0]!;
}

/**
 * Several commands measured in turns (A B C, B C A, C A B, …) rather than one after the other, so that
 * a machine whose load changes during the benchmark weighs on each of them alike: a ratio between two
 * of them (our build against bare Astro's) then holds even when the absolute times do not.
 */
export function measureInterleaved(commands: readonly Command[], runs: number, warmup = 1): Measurement[] {
  for (let i = 0; i < warmup; i++) for (const command of commands) runOnce(command);
  const results = commands.map(() => [] as (Sample & { output: string })[]);
  for (let i = 0; i < runs; i++) for (const k of turnOrder(commands.length, i)) results[k]!.push(runOnce(commands[k]!));
  return results.map(summarise);
}
