// Loads the site's Astro integration (runbooks.ts, next to this file) as plain JavaScript.
//
// Why: a config that imports TypeScript makes Astro load it through Vite's module runner, whose
// rewritten imports slow the data loader several times over (10,000 YAML files). Bundled once with
// esbuild (about 0.1 s) and imported natively, it runs as fast as `npm run validate`.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function loadIntegration() {
  // One file per process: two builds at once (the tests run several) must not share it.
  const outfile = `${root}.build/site/runbooks.${process.pid}.mjs`;
  await build({
    entryPoints: [fileURLToPath(new URL('./runbooks.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Runs outside Vite, which fills in import.meta.env for pages; src/site/paths.ts takes the base from
    // the global the integration sets, so this default is never read.
    define: { 'import.meta.env.BASE_URL': '"/"' },
    logLevel: 'warning',
  });
  try {
    return (await import(pathToFileURL(outfile).href)).default;
  } finally {
    rmSync(outfile, { force: true });
  }
}
