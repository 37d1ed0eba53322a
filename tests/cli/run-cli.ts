import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { TEAM_FIXTURE } from '../helpers/data-dir.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a bundled CLI in a child process with a minimal environment: no SOURCE_DATE_EPOCH or
 * RUNBOOKS_DATA leaks in from the machine, and TZ is UTC unless the test sets it.
 */
export function runCli(command: string, args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): CliResult {
  const result = spawnSync(process.execPath, [join(ROOT, '.build/cli', `${command}.js`), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the team fixture in a temporary directory, with `edit` applied to named files. */
export function dataCopy(edit: Record<string, (text: string) => string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'runbooks-data-'));
  // Called inside a test: the copy goes when that test ends, whether it passed or not.
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(TEAM_FIXTURE, dir, { recursive: true });
  for (const [file, change] of Object.entries(edit)) writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

/** Drops the shipped 2026-W53 override (and its comment), leaving any others. */
export function withoutW53Override(text: string): string {
  const out = text.replace(/^ {2}# ISO 2026 has 53 weeks.*\n/m, '').replace(/^ {2}- week: 2026-W53\n(?: {4}.*\n?)*/m, '');
  return /^ {2}- week:/m.test(out) ? out : out.replace(/^overrides:.*$/m, 'overrides: []');
}

/** runCli without blocking the test's event loop, for a CLI that talks to a server the test runs. */
export function runCliAsync(command: string, args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, '.build/cli', `${command}.js`), ...args], { cwd, env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
