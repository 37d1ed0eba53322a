// @ts-check
import { defineConfig } from 'astro/config';
import runbooks from './src/integrations/runbooks.ts';

// The deployed URL (optional): makes the calendar feeds' webcal:// links absolute without JavaScript.
// `astro build --site https://runbooks.example.com` works too.
const site = process.env.RUNBOOKS_SITE_URL || undefined;

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // External CSS so that one cached file serves every page and the CSP needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  // No telemetry prompts, no dev toolbar injecting scripts into pages.
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline scripts or assets as data: URLs or inline <script>: the CSP allows 'self' only.
      assetsInlineLimit: 0,
    },
  },
  integrations: [runbooks()],
});
