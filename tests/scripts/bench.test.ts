import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateTargets, marginalRatio, type SizeResult } from '../../scripts/benchmark/targets.ts';
import { testTargets } from '../../scripts/benchmark/tests.ts';
import { measureInterleaved, turnOrder } from '../../scripts/benchmark/measure.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const targetNamed = (sizes: SizeResult[], start: string) => evaluateTargets(sizes).find((t) => t.description.startsWith(start))!;

describe('measureInterleaved', () => {
  it('returns each command its own runs, having started each turn with the next command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-turns-'));
    const log = join(dir, 'log');
    const command = (name: string) => ({ argv: ['sh', '-c', `printf ${name} >> ${log}`], cwd: dir });
    const measured = measureInterleaved([command('A'), command('B'), command('C')], 4, 1);
    expect(readFileSync(log, 'utf8')).toBe('ABC' + 'ABC' + 'BCA' + 'CAB' + 'ABC');
    expect(measured.map((m) => m.samples.length)).toEqual([4, 4, 4]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns the one order when there is one command', () => {
    expect([0, 1, 2].map((turn) => turnOrder(1, turn))).toEqual([[0], [0], [0]]);
  });
});

describe('marginalRatio', () => {
  it('returns 1 when every extra pipeline costs the same', () => {
    // 2 s fixed, then 1 ms per pipeline
    const points = [100, 1000, 10_000].map((pipelines) => ({ pipelines, ms: 2000 + pipelines }));
    expect(marginalRatio(points)).toBeCloseTo(1);
  });

  it('returns the growth of the cost per pipeline when it grows faster than linearly', () => {
    // 100 -> 1000: 1 ms per extra pipeline; 1000 -> 10,000: 3 ms per extra pipeline
    const points = [
      { pipelines: 100, ms: 1100 },
      { pipelines: 1000, ms: 2000 },
      { pipelines: 10_000, ms: 29_000 },
    ];
    expect(marginalRatio(points)).toBeCloseTo(3);
  });

  it('returns undefined with fewer than three sizes of at least 100 pipelines', () => {
    expect(marginalRatio([{ pipelines: 5, ms: 1 }, { pipelines: 100, ms: 2 }, { pipelines: 1000, ms: 3 }])).toBeUndefined();
  });
});

describe('evaluateTargets', () => {
  it('reports a target as not measured when its size was not run', () => {
    expect(targetNamed([{ pipelines: 5 }], 'validate, 10,000 pipelines < 1.0 s')).toMatchObject({ measured: '–', met: undefined });
  });

  it('reports validate at 10,000 as not met at 1.0 s or more, with the parser floor beside it', () => {
    const target = targetNamed([{ pipelines: 10_000, validate: { medianWallMs: 1000, maxRssBytes: 250e6, yamlFloorMs: 450 } }], 'validate, 10,000 pipelines < 1.0 s');
    expect(target).toEqual({
      description: 'validate, 10,000 pipelines < 1.0 s',
      measured: '1.00 s (reading and parsing the same files with js-yaml 4 and a listener alone: 0.45 s)',
      met: false,
    });
  });

  it('reports validate at 10,000 as met under 1.0 s and 300 MB', () => {
    const sizes: SizeResult[] = [{ pipelines: 10_000, validate: { medianWallMs: 999, maxRssBytes: 299e6 } }];
    expect(targetNamed(sizes, 'validate, 10,000 pipelines < 1.0 s')).toMatchObject({ met: true });
    expect(targetNamed(sizes, 'validate, 10,000 pipelines < 300 MB RSS')).toEqual({ description: 'validate, 10,000 pipelines < 300 MB RSS', measured: '299 MB', met: true });
  });

  it('judges the 1,000-pipeline build by the ratio of runs taken in turns, not by the medians', () => {
    const sizes: SizeResult[] = [{ pipelines: 1000, build: { medianWallMs: 9000, largestPageBytes: 1, largestPage: 'x' }, bare: { medianWallMs: 4000 }, buildRatio: 1.45 }];
    expect(targetNamed(sizes, 'build, 1,000 pipelines within 1.5×')).toMatchObject({ met: true, measured: expect.stringMatching(/^1\.45×/) });
  });

  it('returns not met when a build is over its ratio: 1.3× for the seed, 1.5× at 10,000', () => {
    const build = { medianWallMs: 3000, largestPageBytes: 1, largestPage: 'x' };
    const sizes: SizeResult[] = [
      { pipelines: 5, build, bare: { medianWallMs: 2000 }, buildRatio: 1.31 },
      { pipelines: 10_000, build, bare: { medianWallMs: 2000 }, buildRatio: 1.51 },
    ];
    expect(targetNamed(sizes, 'the seed build (5 pipelines) within 1.3×')).toMatchObject({ met: false, measured: expect.stringMatching(/^1\.31×/) });
    expect(targetNamed(sizes, 'build, 10,000 pipelines within 1.5×')).toMatchObject({ met: false, measured: expect.stringMatching(/^1\.51×/) });
    expect(targetNamed([{ pipelines: 5, build, bare: { medianWallMs: 2400 }, buildRatio: 1.25 }], 'the seed build')).toMatchObject({ met: true });
  });

  it('reports the largest page over 50 KB as not met', () => {
    const sizes: SizeResult[] = [
      { pipelines: 5, build: { medianWallMs: 1, largestPageBytes: 20_000, largestPage: 'index.html' } },
      { pipelines: 100, build: { medianWallMs: 1, largestPageBytes: 50_001, largestPage: 'oncall/index.html' } },
    ];
    expect(targetNamed(sizes, 'no page over 50 KB')).toEqual({ description: 'no page over 50 KB, at any size', measured: '50.0 KB (oncall/index.html at 100)', met: false });
  });
});

describe('testTargets', () => {
  it('returns met when test:unit is under 10 s and npm test under 3 minutes', () => {
    expect(testTargets({ projects: { unit: 9_900, cli: 60_000 }, suiteMs: 179_000 })).toEqual([
      { description: 'npm run test:unit < 10 s', measured: '9.9 s', met: true },
      { description: 'npm test < 3 min', measured: '179.0 s', met: true },
    ]);
  });

  it('returns not met at the limits, and not measured without a run', () => {
    expect(testTargets({ projects: { unit: 10_000 }, suiteMs: 180_000 }).map((t) => t.met)).toEqual([false, false]);
    expect(testTargets({ projects: {} })).toEqual([
      { description: 'npm run test:unit < 10 s', measured: '–', met: undefined },
      { description: 'npm test < 3 min', measured: '–', met: undefined },
    ]);
  });
});

describe('evaluateTargets with --against', () => {
  const sizes: SizeResult[] = [
    {
      pipelines: 1000,
      build: { medianWallMs: 6300, largestPageBytes: 1, largestPage: 'x' },
      bare: { medianWallMs: 4000 },
      buildRatio: 1.6,
      against: { ref: '62748dd', medianWallMs: 6000, ratio: 1.05, bareRatio: 1.59 },
    },
  ];

  it('returns met at 5% slower than the earlier commit, by the ratio of runs taken in turns', () => {
    expect(targetNamed(sizes, 'build, 1,000 pipelines no more than 5% slower than 62748dd')).toEqual({
      description: 'build, 1,000 pipelines no more than 5% slower than 62748dd',
      measured: '1.050× its time (median of runs in turns; medians 6.30 s vs 6.00 s)',
      met: true,
    });
    const slower = [{ ...sizes[0]!, against: { ...sizes[0]!.against!, ratio: 1.051 } }];
    expect(targetNamed(slower, 'build, 1,000 pipelines no more than 5% slower').met).toBe(false);
  });

  it('returns not met when the ratio to bare Astro is worse than the earlier commit’s', () => {
    expect(targetNamed(sizes, 'build, 1,000 pipelines: ratio to bare Astro no worse than 62748dd')).toMatchObject({ measured: '1.600× against 1.590×', met: false });
    expect(targetNamed([{ ...sizes[0]!, buildRatio: 1.59 }], 'build, 1,000 pipelines: ratio to bare Astro').met).toBe(true);
  });

  it('adds no comparison without --against', () => {
    const { against: _, ...alone } = sizes[0]!;
    expect(evaluateTargets([alone]).filter((t) => t.description.includes('62748dd'))).toEqual([]);
  });
});

describe('npm run bench', () => {
  it('returns a usage error naming the ref when --against names no commit, with nothing left checked out', () => {
    const r = spawnSync('npm', ['run', '-s', 'bench', '--', '--only', 'build', '--sizes', '5', '--runs', '1', '--against', 'no-such-ref', '--out', join(temp, 'none')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('--against no-such-ref: git could not check it out');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(spawnSync('git', ['-C', ROOT, 'worktree', 'list'], { encoding: 'utf8' }).stdout).not.toContain('runbooks-bench-');
  }, 60_000);

  it('measures validate, its parser floor and oncall as whole processes and writes results.json', () => {
    const out = join(temp, 'results');
    const r = spawnSync('npm', ['run', '-s', 'bench', '--', '--quick', '--runs', '1', '--sizes', '5,100', '--only', 'validate,oncall', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.status).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.measurements.map((m: { command: string; pipelines: number }) => `${m.command} @ ${m.pipelines}`)).toEqual([
      'validate @ 5',
      'floor: read + js-yaml 4 load with listener, 1 thread @ 5',
      'validate @ 100',
      'floor: read + js-yaml 4 load with listener, 1 thread @ 100',
      'oncall --weeks 520 (10 rotations) @ 100',
    ]);
    for (const m of results.measurements) expect(m.medianWallMs).toBeGreaterThan(0);
    expect(results.sizes[1].validate.yamlFloorMs).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'results.md'), 'utf8')).toContain('| validate, shipped data (5 pipelines) < 0.25 s |');
    expect(r.stdout).toMatch(/^command\s+pipelines\s+median wall/m);
  }, 120_000);
});
