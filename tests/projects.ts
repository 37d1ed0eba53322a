// Which test file runs in which vitest project (see tests/vitest.config.ts and README "Tests").
// A new file lands in `unit` unless it matches one of the slower projects' globs: put a test that
// spawns a compiled CLI under tests/cli/, one that runs `astro build` in the build list, and one
// that opens Chromium under tests/browser/.

const cli = [
  'tests/cli/**/*.test.ts',
  'tests/scripts/**/*.test.ts',
  // The bad-input corpus through the compiled validate, a sample plus what only a process shows.
  'tests/corpus/validate.test.ts',
  // Runs tsc on a copy of src/ with a field added to the schemas (about 30 s).
  'tests/core/schemas/new-field.test.ts',
];

const build = ['tests/corpus/build.test.ts', 'tests/site/build.test.ts', 'tests/site/long-horizon.test.ts', 'tests/site/reproducible.test.ts', 'tests/site/security.test.ts'];

const browser = ['tests/browser/**/*.test.ts'];

export const projectFiles = {
  unit: { include: ['tests/**/*.test.ts'], exclude: [...cli, ...build, ...browser] },
  cli: { include: cli },
  build: { include: build },
  browser: { include: browser },
};
