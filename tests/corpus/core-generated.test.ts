import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { readBase, scratchDir } from './corpus.ts';
import { generatedCases } from './generated.ts';
import { checkThroughCore } from './through-core.ts';

// The generated corpus cases (large, binary or not plain files) through the core in process; see core.test.ts.
const cases = generatedCases(readBase);
let scratch: string;

beforeAll(() => {
  scratch = scratchDir('corpus-generated');
});
afterAll(() => scratch && rmSync(scratch, { recursive: true, force: true }));

describe('loadData on the generated bad-input corpus', () => {
  it.each(cases)('returns the expected file:line:col and message for $name', (c) => checkThroughCore(c, scratch));
});
