// Vitest global setup: the CLI tests run the bundles in .build/cli, so build them once, fresh,
// before any test file starts (also when vitest is run directly rather than through `npm test`).
// Test files must not rebuild: a bundle rewritten while another file runs it would fail at random.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildClis(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'inherit' });
}
