// Vitest global setup: the CLI tests run the bundles in .build/cli, so build them once, fresh,
// before any test file starts (also when vitest is run directly rather than through `npm test`).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'inherit' });
}
