// Which test file runs in which vitest project (see tests/vitest.config.ts and docs/development.md "Tests").
// A new file lands in `unit` unless it matches one of the slower projects' lists: put a test that
// spawns a compiled CLI (or git) under tests/cli/ or in the cli list, one that runs `astro build` in
// the build list, and one that opens Chromium under tests/browser/.

const cli = [
  'tests/cli/**/*.test.ts',
  'tests/scripts/**/*.test.ts',
  // The bad-input corpus through the compiled validate, a sample plus what only a process shows.
  'tests/corpus/validate.test.ts',
  // Real git repositories, a git process per step (compare.test.ts covers the comparison in process).
  'tests/core/changes/git.test.ts',
  'tests/core/changes/compare-git.test.ts',
  'tests/feeds/stamp.test.ts',
  // Runs tsc on a copy of src/ with a field added to the schemas (about 30 s).
  'tests/core/schemas/new-field.test.ts',
  // Runs the loader, renderer and search of a copy of src/ with a Markdown field added to the schema.
  'tests/core/schemas/new-markdown-field.test.ts',
  // bash -n on each workflow script.
  'tests/github/**/*.test.ts',
];

const build = [
  // Starts `npm run dev` and edits its data.
  'tests/integrations/live-preview.test.ts',
  // Builds with --base, then starts `npm run preview`.
  'tests/integrations/preview-base.test.ts',
  'tests/corpus/build.test.ts',
  'tests/site/build.test.ts',
  'tests/site/long-horizon.test.ts',
  'tests/site/hours-pages.test.ts',
  'tests/site/reproducible.test.ts',
  // Builds generated orgs of three sizes and compares the built paths with the link check's.
  'tests/site/routes.test.ts',
  'tests/site/security.test.ts',
  'tests/site/versions.test.ts',
  'tests/site/site-url.test.ts',
  // `npm run dev` with a browser: timing-sensitive, so it runs with the builds, one file at a time.
  'tests/integrations/**/*.test.ts',
];

const browser = ['tests/browser/**/*.test.ts'];

export const projectFiles = {
  unit: { include: ['tests/**/*.test.ts'], exclude: [...cli, ...build, ...browser] },
  cli: { include: cli },
  build: { include: build },
  browser: { include: browser },
};
