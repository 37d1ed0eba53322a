import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../src/core/load/load.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const FIXTURE = new URL('./fixtures/changes/data', import.meta.url).pathname;
// Mon 23 Nov 2026: the calendar check covers the 2026-W53 / 2027-W01 year end.
const now = new Date(Date.UTC(2026, 10, 23));

/** The first ```yaml block after a README heading. */
function yamlAfter(heading: string): string {
  const from = readme.indexOf(`### ${heading}\n`);
  expect(from, heading).toBeGreaterThan(0);
  return /```yaml\n([\s\S]*?)```/.exec(readme.slice(from))![1]!;
}

function problemsWith(edit: (dir: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'runbooks-readme-'));
  try {
    cpSync(FIXTURE, dir, { recursive: true });
    edit(dir);
    return loadData(dir, { now }).problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('README "Editing the data"', () => {
  it('shows a pipeline that validates as written', () => {
    expect(problemsWith((dir) => writeFileSync(join(dir, 'pipelines/aggregate-revenue.yaml'), yamlAfter('Add a pipeline')))).toEqual([]);
  });

  it('shows an agreed back-to-back override that validates as written', () => {
    const rotation = join(FIXTURE, 'rotations/data-platform.yaml');
    const text = readFileSync(rotation, 'utf8');
    const withAgreed = `${text.slice(0, text.indexOf('overrides:'))}${yamlAfter('Agree a back-to-back week')}`;
    expect(problemsWith((dir) => writeFileSync(join(dir, 'rotations/data-platform.yaml'), withAgreed))).toEqual([]);
  });

  it('quotes the validator message for the back-to-back week it describes', () => {
    const rotation = readFileSync(join(FIXTURE, 'rotations/data-platform.yaml'), 'utf8');
    const [problem] = problemsWith((dir) =>
      writeFileSync(join(dir, 'rotations/data-platform.yaml'), `${rotation.slice(0, rotation.indexOf('overrides:'))}overrides: []\n`),
    );
    expect(readme).toContain(`data/${problem!.replace(/: /, ': error: ')}`);
  });
});
