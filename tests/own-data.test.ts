import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Tests own their data (tests/fixtures/): users are invited to edit the example in data/, and that must
// break no test but the ones that check data/ itself. This catches the usual ways of pointing at it.
const ROOT = new URL('..', import.meta.url);
const CHECKS_OF_DATA = ['tests/core/schemas/json-schema.test.ts', 'tests/own-data.test.ts'];
const POINTS_AT_DATA = [/['"`](?:\.\.\/)+data\//, /join\(\s*ROOT\s*,\s*['"`]data['"`]/, /RUNBOOKS_DATA:\s*['"`]data\/?['"`]/, /--data['"`],\s*['"`]data\/?['"`]\]/];

const sources = (readdirSync(new URL('tests', ROOT), { recursive: true }) as string[])
  .map((f) => `tests/${f.replaceAll('\\', '/')}`)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('tests/fixtures/') && !CHECKS_OF_DATA.includes(f));

describe('tests', () => {
  it('read their data from tests/fixtures/, never from data/', () => {
    const offenders = sources.filter((f) => POINTS_AT_DATA.some((p) => p.test(readFileSync(new URL(f, ROOT), 'utf8'))));
    expect(offenders).toEqual([]);
  });
});
