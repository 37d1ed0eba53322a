import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { generateOrg } from '../../scripts/org/generate.ts';
import { writeOrg } from '../../scripts/org/write.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'generate-org-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const options = (seed: string, pipelines = 100) => ({ pipelines, engineers: 24, rotations: 4, seed, year: 2026 });

/** Every file under `dir`, by relative path, with its text. */
function readTree(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of readTree(dir, path)) out.set(k, v);
    else out.set(path, readFileSync(join(dir, path), 'utf8'));
  }
  return out;
}

/** Runs the validate bundle (built by `npm test`) as a whole process, with "today" pinned. */
function validate(dataDir: string, today: string) {
  return spawnSync(process.execPath, ['.build/cli/validate.js', '--data', dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: String(Date.parse(`${today}T12:00:00Z`) / 1000) },
  });
}

describe('generateOrg', () => {
  // These "todays" put every generated holiday year (2025-2028) and the 53-week 2026 inside the
  // validator's horizon (the current week through futureWeeks), so the on-call rules see them all.
  const todays = ['2025-01-15', '2026-01-10', '2026-12-15', '2027-11-20', '2028-06-01']; // Wed, Sat, Tue, Sat, Thu

  it.each(['1', 'acme'])('writes a data directory that validates, for 100 pipelines and seed %s', (seed) => {
    const dir = join(temp, `valid-${seed}`);
    const files = writeOrg(dir, options(seed));
    expect(files).toHaveLength(107); // site, people, teams, 4 rotations, 100 pipelines
    for (const today of todays) {
      const result = validate(dir, today);
      expect(result.stdout + result.stderr, `today ${today}`).toBe(`${dir}: ok, 107 files valid\n`);
      expect(result.status).toBe(0);
    }
  });

  it('validates with week-number rotations of 4, which need an override in every 53-week year', () => {
    // 40 engineers for 10 rotations: every rotation has exactly 4 members.
    const dir = join(temp, 'four');
    const files = writeOrg(dir, { pipelines: 20, engineers: 40, rotations: 10, seed: '7', year: 2026 });
    const weekNumber = files.filter((f) => f.kind === 'rotation' && f.data.assignment === 'week-number');
    expect(weekNumber.length).toBeGreaterThan(0);
    for (const rotation of weekNumber) {
      expect((rotation.data.overrides as { week: string }[]).map((o) => o.week)).toContain('2026-W53');
    }
    for (const today of todays) expect(validate(dir, today).status, `today ${today}`).toBe(0);
  });

  it('returns the same files for the same seed, and different files for another seed', () => {
    const a = join(temp, 'same-a');
    const b = join(temp, 'same-b');
    writeOrg(a, options('42'));
    writeOrg(b, options('42'));
    expect(readTree(b)).toEqual(readTree(a));
    expect(generateOrg(options('43'))).not.toEqual(generateOrg(options('42')));
  });

  it('makes about a third of the pipelines investor-facing, each with a full runbook', () => {
    const pipelines = generateOrg(options('3', 300)).filter((f) => f.kind === 'pipeline');
    const investors = pipelines.filter((p) => p.data.audience === 'investors');
    expect(pipelines).toHaveLength(300);
    expect(investors).toHaveLength(100);
    for (const { data } of investors) {
      expect((data.upstream as string[]).length).toBeGreaterThan(0);
      expect((data.downstream as string[]).length).toBeGreaterThan(0);
      expect((data.commonIssues as unknown[]).length).toBeGreaterThan(0);
      expect(data.sla).toMatchObject({ delivery: { cadence: 'daily' } });
    }
  });

  it('starts every file with the editor schema line, pointing at schemas/', () => {
    const dir = join(temp, 'schema-line');
    writeOrg(dir, options('5', 3));
    for (const [path, text] of readTree(dir)) {
      const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
      expect(m, path).not.toBeNull();
      expect(() => readFileSync(join(dir, path, '..', m![1]!)), path).not.toThrow();
      expect(load(text), path).toBeTypeOf('object');
    }
  });
});

describe('generate-org CLI', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-org.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('writes the directory and summarises it', () => {
    const dir = join(temp, 'cli');
    const result = run('--out', dir, '--pipelines', '12', '--engineers', '10', '--rotations', '2', '--seed', 's');
    expect(result.stdout).toBe(`${dir}: 12 pipelines, 10 engineers, 2 rotations (seed s), 17 files\n`);
    expect(result.status).toBe(0);
    expect(readdirSync(join(dir, 'pipelines'))).toHaveLength(12);
  });

  it('reports a usage error if there are too few engineers for the rotations', () => {
    const result = run('--out', join(temp, 'few'), '--pipelines', '5', '--engineers', '7', '--rotations', '2');
    expect(result.stderr).toContain('error: 2 rotations need at least 8 engineers (4 each), got --engineers 7');
    expect(result.status).toBe(2);
  });

  it('writes the calendar horizon given by --past-weeks and --future-weeks into site.yaml', () => {
    const dir = join(temp, 'horizon');
    const result = run('--out', dir, '--pipelines', '3', '--past-weeks', '52', '--future-weeks', '520');
    expect(result.stderr).toBe('');
    expect((load(readFileSync(join(dir, 'site.yaml'), 'utf8')) as { calendar: object }).calendar).toMatchObject({ pastWeeks: 52, futureWeeks: 520 });
  });

  it('exits 2 with the usage and a suggestion on a bad command line, as the CLIs do', () => {
    const typo = run('--out', join(temp, 'typo'), '--pipelins', '3');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/^error: unknown option "--pipelins"; did you mean "--pipelines"\?\n\nusage: npm run generate-org/);
    expect(run('--out', join(temp, 'far'), '--pipelines', '3', '--future-weeks', '521').stderr).toContain('--past-weeks and --future-weeks are at most 520');
    expect(run('--help').stdout).toMatch(/^usage: npm run generate-org/);
  });

  it('refuses to write into a non-empty directory that is not a data directory, even with --force', () => {
    const dir = mkdtempSync(join(temp, 'precious-'));
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    expect(run('--out', dir, '--pipelines', '5').status).toBe(2);
    const forced = run('--out', dir, '--pipelines', '5', '--force');
    expect(forced.stderr).toContain('holds no site.yaml; refusing to delete it');
    expect(forced.status).toBe(2);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
  });
});
