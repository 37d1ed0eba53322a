import type { Plugin } from 'vite';

/**
 * Turns off Vite's dependency pre-bundling in `astro build`, where nothing reads it. The build starts a
 * Vite server of its own to sync content, and the `optimizeDeps.include` that Astro's dev toolbar adds
 * (even with the toolbar off) made that server pre-bundle two of Astro's packages whenever the cache in
 * node_modules/.vite was missing or held another config's hash: in every build of a fresh clone, as in
 * CI, and after any change to the config. The build's bundles never read that cache, so `dist/` is the
 * same. The dev server keeps pre-bundling: this plugin is added for builds only.
 */
export function noDependencyOptimizer(): Plugin {
  return {
    name: 'pipeline-runbooks:no-dependency-optimizer',
    // After Astro's plugins have added their includes.
    enforce: 'post',
    // Changed in place: a returned `include: []` would be merged into the list, not replace it.
    config(config) {
      config.optimizeDeps = { ...config.optimizeDeps, noDiscovery: true, include: [] };
    },
  };
}
