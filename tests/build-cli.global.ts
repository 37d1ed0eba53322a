// Vitest global setup: the CLI tests run the bundles in .build/cli, so build them once, fresh,
// before any test file starts (also when vitest is run directly rather than through `npm test`).
// Test files must not rebuild: a bundle rewritten while another file runs it would fail at random.
import { buildClis } from './cli/run-cli.ts';

export default buildClis;
