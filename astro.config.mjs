// @ts-check
import { defineConfig } from 'astro/config';
import { loadIntegration } from './src/integrations/runbooks-loader.mjs';

// Validates and loads data/ (or $RUNBOOKS_DATA) once, prints problems, writes the search index.
const runbooks = await loadIntegration();

// The deployed URL (optional): makes the calendar feeds' webcal:// links absolute without JavaScript.
// `astro build --site https://runbooks.example.com` works too.
const site = process.env.RUNBOOKS_SITE_URL || undefined;

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // Pages are rendered several at a time: Astro writes each one with awaited fs calls, and one at a
    // time the build spent most of its page phase waiting on them (docs/performance.md has the numbers).
    concurrency: 8,
    // External CSS so that one cached file serves every page and the CSP needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  // No dev toolbar injecting scripts into pages.
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline scripts or assets as data: URLs or inline <script>: the CSP allows 'self' only.
      assetsInlineLimit: 0,
    },
  },
  integrations: [runbooks()],
});
