import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/core/load/load.ts';
import { BASE_DIR } from './corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'runbooks-many-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadData', () => {
  it('reports 140 000 problems from one file without overflowing the call stack', () => {
    // 70 000 unknown members, each also listed twice: more problems than fit in one call's arguments.
    cpSync(BASE_DIR, dir, { recursive: true });
    const file = join(dir, 'rotations/primary.yaml');
    const text = readFileSync(file, 'utf8').replace('engineer-c]', `engineer-c${', x'.repeat(70_000)}]`);
    writeFileSync(file, text);

    const result = loadData(dir);

    expect(result.problems).toHaveLength(139_999);
    expect(result.problems[0]).toMatchObject({ file: 'rotations/primary.yaml', line: 3, column: 47, rule: 'reference' });
    expect(result.model).toBeUndefined();
  });
});
