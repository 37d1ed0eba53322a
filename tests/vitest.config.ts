import { defineConfig } from 'vitest/config';
import { projectFiles } from './projects.ts';

// Four projects, so that the fast part can run after every change (`npm run test:unit`) and the
// slow parts only when they matter. Which file belongs where is decided in tests/projects.ts.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    // Pin the zone so a test that accidentally depends on it fails the same way everywhere;
    // the tests that prove TZ-independence set TZ themselves in child processes.
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: more workers only make each one slower.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          ...projectFiles.unit,
          // Pure code, no process-wide state: one module graph for all files saves re-importing
          // zod, js-yaml and the core for each file (most of the unit time before the split).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          ...projectFiles.cli,
          // The compiled CLIs, built once before any file starts.
          globalSetup: ['tests/build-cli.global.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          ...projectFiles.build,
          globalSetup: ['tests/build-cli.global.ts'],
          // Each file starts `astro build` (up to two at once inside the file): one file at a time,
          // after unit and cli have finished, so builds never compete with each other for the cores.
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          ...projectFiles.browser,
          globalSetup: ['tests/browser/chromium.global.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
