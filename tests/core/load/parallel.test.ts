import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFilesInTurn } from '../../../src/core/load/check-file.ts';
import { loadData } from '../../../src/core/load/load.ts';
import { parallelChecker } from '../../../src/core/load/parallel.ts';
import { isWarning } from '../../../src/core/problem.ts';
import { writeOrg } from '../../../scripts/org/write.ts';

// The worker bundle that `npm test` builds first (scripts/build-cli.mjs).
const WORKER = new URL('../../../.build/cli/load-worker.js', import.meta.url);
const now = new Date('2026-06-03T12:00:00Z'); // Wed 3 Jun 2026

let temp: string;
let valid: string;
let broken: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'parallel-'));
  valid = join(temp, 'valid');
  broken = join(temp, 'broken');
  const options = { pipelines: 400, engineers: 40, rotations: 4, seed: 'parallel', year: 2026 };
  writeOrg(valid, options);
  writeOrg(broken, options);
  // Problems of every stage, spread over the files so that several chunks and both threads meet them.
  const pipelines = readdirSync(join(broken, 'pipelines')).sort();
  pipelines.forEach((name, i) => {
    const path = join(broken, 'pipelines', name);
    if (i % 37 === 0) appendFileSync(path, 'ownres: typo\n'); // unknown key
    if (i % 41 === 1) appendFileSync(path, 'area: [\n'); // YAML syntax error
    if (i % 43 === 2) appendFileSync(path, 'rotation: nowhere\n'); // duplicate key
    if (i % 47 === 3) writeFileSync(path, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff])); // not UTF-8
    if (i % 53 === 4) writeFileSync(path, ''); // empty
  });
  const last = join(broken, 'pipelines', pipelines.at(-1)!);
  writeFileSync(last, 'name: Last\narea: nowhere\naudience: experiments\nrotation: data-platform\nowners:\n  primary: nobody\n  secondary: nobody\n');
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const parallel = parallelChecker(WORKER, { threads: 1, minFiles: 0 });
/** The model without its locate function, for comparing two loads. */
const plain = (model: unknown) => JSON.parse(JSON.stringify(model));

describe('parallelChecker', () => {
  it('returns the same problems, at the same positions, as checking the files in turn', () => {
    const inTurn = loadData(broken, { now, checkFiles: checkFilesInTurn });
    const spread = loadData(broken, { now, checkFiles: parallel });
    expect(inTurn.problems.length).toBeGreaterThan(40);
    // Generated runbooks carry no review dates: their warnings are checked elsewhere (tests/core/review).
    expect(new Set(inTurn.problems.filter((p) => !isWarning(p)).map((p) => p.rule))).toEqual(new Set(['unknown-key', 'yaml', 'encoding', 'file', 'reference', 'owners']));
    expect(spread.problems).toEqual(inTurn.problems);
    expect(spread.fileCount).toBe(inTurn.fileCount);
  });

  it('returns the same model as checking the files in turn when the data is valid', () => {
    const inTurn = loadData(valid, { now, checkFiles: checkFilesInTurn });
    const spread = loadData(valid, { now, checkFiles: parallel });
    expect(inTurn.problems.filter((p) => !isWarning(p))).toEqual([]);
    expect(spread.problems).toEqual(inTurn.problems);
    expect(plain(spread.model)).toEqual(plain(inTurn.model));
    // Files checked in a worker still locate paths for rules that run later (the calendar's).
    const file = spread.model!.pipelines.at(-1)!.file;
    expect(spread.model!.locate(file, ['owners', 'secondary'])).toEqual(inTurn.model!.locate(file, ['owners', 'secondary']));
  });

  it('checks the files in turn if the worker bundle does not exist', () => {
    const missing = parallelChecker(new URL('./no-such-worker.js', WORKER), { threads: 1, minFiles: 0 });
    expect(loadData(broken, { now, checkFiles: missing }).problems).toEqual(loadData(broken, { now }).problems);
  });
});
