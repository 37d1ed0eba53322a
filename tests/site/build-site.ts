import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Sun 3 Jan 2027 00:00 UTC: inside 2026-W53, the week the seed's override covers. */
export const EPOCH_2027_01_03 = '1798934400';

export interface BuildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
}

/**
 * Runs `astro build` as its own process, as `npm run build` does. The output goes under .build/
 * (inside the project, so Astro keeps its intermediate files in the output directory and two
 * builds running at once never share them).
 */
export function buildSite(name: string, env: Record<string, string>, args: readonly string[] = []): Promise<BuildResult> {
  const outDir = join(ROOT, '.build/site-tests', name);
  rmSync(outDir, { recursive: true, force: true });
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['node_modules/astro/astro.js', 'build', '--outDir', outDir, ...args], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, outDir }));
  });
}
