import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { PAGE_CONTEXT_MODULE } from '../site/page-context.ts';

/**
 * Hands the pages the integration's own page context (site/page-context.ts). Astro compiles the pages
 * with Vite, which would give them a fresh copy of that module, empty; this plugin resolves their
 * import of it to the file the integration loaded, as an external module. In the dev server and in
 * the build's prerendering, Node then loads it as the integration did, from its module cache: one
 * instance, so the pages read what the integration provided. Browser code keeps its own copy, which
 * holds no context (paths.ts then falls back to import.meta.env.BASE_URL).
 */
export function pageContextPlugin(root: URL): Plugin {
  const source = fileURLToPath(new URL('src/site/page-context.ts', root));
  // As a file: URL, which Vite's dev server and the prerendered bundle both leave to Node's own import
  // (a path would be loaded through Vite again, as a new copy).
  const shared = PAGE_CONTEXT_MODULE.startsWith('file:') && fileURLToPath(PAGE_CONTEXT_MODULE) !== source ? PAGE_CONTEXT_MODULE : undefined;
  return {
    name: 'pipeline-runbooks:page-context',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      // Unbundled (a test that imports the integration's source), both sides load the source already.
      if (!options?.ssr || !importer || !shared || !id.endsWith('page-context.ts')) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved?.id === source ? { id: shared, external: true } : null;
    },
  };
}
