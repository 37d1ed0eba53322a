import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { noDependencyOptimizer } from '../../src/integrations/no-dependency-optimizer.ts';

// What Astro's dev toolbar plugin adds to every Vite config it makes, the build's content sync included.
const astroToolbar: Plugin = { name: 'astro-toolbar-like', config: () => ({ optimizeDeps: { include: ['astro > aria-query', 'astro > axobject-query'] } }) };

const dirs: string[] = [];
const servers: ViteDevServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A Vite server configured as `astro build` configures its content-sync server. */
async function syncServer(plugins: Plugin[]) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'runbooks-vite-cache-'));
  dirs.push(cacheDir);
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    cacheDir,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    optimizeDeps: { noDiscovery: true },
    plugins,
  });
  servers.push(server);
  return server;
}

describe('noDependencyOptimizer', () => {
  it("returns a config with no dependency optimizer when Astro's toolbar asks for pre-bundled packages", async () => {
    const server = await syncServer([astroToolbar, noDependencyOptimizer()]);
    expect(server.config.optimizeDeps.include).toEqual([]);
    expect(server.environments.client.depsOptimizer).toBeUndefined();
  });

  it('returns an optimizer without it (the control: the toolbar include alone switches one on)', async () => {
    const server = await syncServer([astroToolbar]);
    expect(server.config.optimizeDeps.include).toEqual(['astro > aria-query', 'astro > axobject-query']);
    expect(server.environments.client.depsOptimizer).toBeDefined();
  });
});
