import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/build-cli.global.ts'],
    // Pin the zone so a test that accidentally depends on it fails the same way everywhere;
    // the tests that prove TZ-independence set TZ themselves in child processes.
    env: { TZ: 'UTC' },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Build and browser tests start Astro and Chromium; two cores do not fit more in parallel.
    maxWorkers: 2,
  },
});
