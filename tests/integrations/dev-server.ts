import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface DevServer {
  readonly url: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Ends the server and everything it started (npm, the shell, astro), and waits for it. */
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** Starts `npm run dev` on a free port (see startNpmServer). */
export const startDev = (env: Record<string, string>) => startNpmServer('dev', [], env);

/**
 * Starts `npm run SCRIPT` (dev or preview) as a user does, in its own process group so that stop()
 * ends npm and the Astro process under it together, and waits until it says where it listens.
 */
export async function startNpmServer(script: 'dev' | 'preview', args: readonly string[], env: Record<string, string>): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn('npm', ['run', script, '--', ...args, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d));
  child.stderr!.on('data', (d: Buffer) => (output += d));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const server: DevServer = {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          // Already gone.
        }
        const killed = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }, 5000);
        await exited;
        clearTimeout(killed);
      }
    },
  };
  const deadline = Date.now() + 90_000;
  while (!/Local\s+http/.test(output)) {
    if (child.exitCode !== null) throw new Error(`npm run ${script} exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`npm run ${script} did not start within 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}

export interface Page {
  readonly status: number;
  readonly text: string;
}

export async function get(url: string): Promise<Page> {
  const response = await fetch(url, { headers: { accept: 'text/html' }, redirect: 'manual' });
  return { status: response.status, text: await response.text() };
}

/**
 * Polls `url` until `ok` holds for the response; returns how long it took, in milliseconds, or throws
 * with the last response after `limit` ms.
 */
export async function waitFor(url: string, ok: (page: Page) => boolean, limit: number): Promise<number> {
  const start = performance.now();
  let last: Page | undefined;
  while (performance.now() - start < limit) {
    last = await get(url);
    if (ok(last)) return performance.now() - start;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not change as expected within ${limit} ms; last response ${last?.status}:\n${last?.text.slice(0, 2000)}`);
}
