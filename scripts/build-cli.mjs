// Bundles each CLI into one ES module so that `validate` starts without a TypeScript
// loader and without resolving hundreds of files: Node's start-up is the floor.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

// Each command is a file named after it; helpers (args.ts, format-*.ts) are bundled into them.
const COMMANDS = ['validate.ts', 'oncall.ts', 'changes.ts', 'codeowners.ts', 'export.ts', 'notify.ts', 'drift.ts', 'import.ts', 'sync.ts'];
const entryPoints = readdirSync('src/cli')
  .filter((f) => COMMANDS.includes(f))
  .map((f) => `src/cli/${f}`);

await build({
  entryPoints,
  outdir: '.build/cli',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies are bundled too: loading zod's and date-fns' many small files costs more than parsing one.
  // One exception: libphonenumber-js is required from node_modules at run time, on the first phone number
  // (src/core/phone.ts), so the bundles need the project's node_modules beside them.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
  // Fewer bytes for V8 to parse at every start (a noticeable part of validating small data); names are
  // kept, so profiles and error names read as in the source.
  minifyWhitespace: true,
  minifySyntax: true,
});
