// Loads the site's Astro integration (runbooks.ts, next to this file) as plain JavaScript.
//
// Why: a config that imports TypeScript makes Astro load it through Vite's module runner, whose
// rewritten imports slow the data loader several times over (10,000 YAML files). Bundled once with
// esbuild and imported natively, it runs as fast as `npm run validate` (docs/performance.md). The Markdown
// worker is bundled with it: a worker thread needs a file Node can load.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = (file) => fileURLToPath(new URL(file, import.meta.url));

const isRunning = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/** Removes the bundles of builds that were killed before they could remove their own. */
function removeStaleBundles(dir) {
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    // <pid>/ now; runbooks.<pid>.mjs from the loader before the Markdown worker.
    const pid = /^(?:runbooks\.)?(\d+)(?:\.mjs)?$/.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(`${dir}/${name}`, { recursive: true, force: true });
  }
}

/** Bundles the integration and its Markdown worker; returns the integration, the worker's file and their directory. */
export async function bundleIntegration() {
  removeStaleBundles(`${root}.build/site`);
  // One directory per process: two builds at once (the tests run several) must not share it.
  const outdir = `${root}.build/site/${process.pid}`;
  // The worker may start late in the build (or not at all): the files go when the process does.
  process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
  await build({
    // The page context is a module of its own (split out, not copied into each entry): the pages are
    // handed this very file (page-context-plugin.ts), so that they share the integration's instance.
    entryPoints: { runbooks: here('./runbooks.ts'), 'markdown-worker': here('./markdown-worker.ts'), 'page-context': here('../site/page-context.ts') },
    splitting: true,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Runs outside Vite, which fills in import.meta.env for pages; src/site/paths.ts takes the base from
    // the page context the integration provides, so this default is never read.
    define: { 'import.meta.env.BASE_URL': '"/"' },
    logLevel: 'warning',
  });
  const integration = (await import(pathToFileURL(`${outdir}/runbooks.mjs`).href)).default;
  return { integration, markdownWorker: pathToFileURL(`${outdir}/markdown-worker.mjs`), outdir };
}

/** The integration for astro.config.mjs, with the Markdown worker it renders with. */
export async function loadIntegration() {
  const { integration, markdownWorker } = await bundleIntegration();
  return (options = {}) => integration({ markdownWorker, ...options });
}
