import type { Browser } from 'playwright-core';
import { buildSite } from '../site/build-site.ts';
import { launch } from './chromium.ts';
import { serveStatic } from './static-server.ts';

export interface BuiltSite {
  readonly url: string;
  readonly browser: Browser;
  /** Closes the browser and stops the server. */
  close(): Promise<void>;
}

/** Builds a site (`buildSite`), serves it on loopback under `base`, and starts Chromium. */
export async function buildAndServe(name: string, env: Record<string, string>, base = '/'): Promise<BuiltSite> {
  const built = await buildSite(name, env, base === '/' ? [] : ['--base', base]);
  if (built.code !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
  const server = await serveStatic(built.outDir, base);
  const browser = await launch();
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
