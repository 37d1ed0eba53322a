// Vitest global setup of the cli and build projects: they run the bundles in .build/cli, so build
// them once, fresh, before any test file starts (also when vitest is run directly rather than
// through `npm test`). Test files must not rebuild: a bundle rewritten while another file runs it
// would fail at random. Both projects list this setup; the first one to start builds.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BUILT = 'RUNBOOKS_TEST_CLIS_BUILT';

export default function buildClis(): void {
  if (process.env[BUILT]) return;
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'inherit' });
  process.env[BUILT] = '1';
}
