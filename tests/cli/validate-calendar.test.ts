import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEAM_FIXTURE } from '../helpers/data-dir.ts';
import { dataCopy, runCli, withoutW53Override } from './run-cli.ts';

// Wed 18 Nov 2026 11:06:40 UTC: 2026-W47, six weeks before the 53rd week.
const LATE_2026 = '1795000000';
const BACK_TO_BACK =
  'engineer-a covers 2026-W53 and 2027-W01 back to back; add an override for 2026-W53 (engineer-b or engineer-c can take it without a back-to-back week), or mark one of the weeks agreed: true';

const lineOf = (dir: string, file: string, pattern: RegExp) =>
  readFileSync(join(dir, file), 'utf8')
    .split(/\r?\n/)
    .findIndex((l) => pattern.test(l)) + 1;

describe('npm run validate: on-call rules', () => {
  it('passes on the team fixture in late 2026', () => {
    expect(runCli('validate', ['--data', TEAM_FIXTURE], { SOURCE_DATE_EPOCH: LATE_2026 })).toMatchObject({ code: 0 });
  });

  it('fails at members when the 2026-W53 override is removed', () => {
    const dir = dataCopy({ 'rotations/data-platform.yaml': withoutW53Override });
    const r = runCli('validate', ['--data', dir], { SOURCE_DATE_EPOCH: LATE_2026 });
    expect(r.code).toBe(1);
    const members = lineOf(dir, 'rotations/data-platform.yaml', /^members:/);
    expect(r.stdout).toBe(`${dir}/rotations/data-platform.yaml:${members}:1: error: ${BACK_TO_BACK}\n1 problem in 1 file\n`);
  });

  it('reports it a year ahead (futureWeeks: 52) and not once the weeks are past', () => {
    const dir = dataCopy({ 'rotations/data-platform.yaml': withoutW53Override });
    // Mon 5 Jan 2026 00:00 UTC (2026-W02): 2027-W01 is the 52nd week after it.
    expect(runCli('validate', ['--data', dir], { SOURCE_DATE_EPOCH: '1767571200' }).code).toBe(1);
    // Mon 12 Jan 2026 (2026-W03) with futureWeeks: 50 lists through 2026-W53, so 2027-W01 is out of reach.
    const near = dataCopy({ 'rotations/data-platform.yaml': withoutW53Override, 'site.yaml': (t) => t.replace('futureWeeks: 52', 'futureWeeks: 50') });
    expect(runCli('validate', ['--data', near], { SOURCE_DATE_EPOCH: '1768176000' }).code).toBe(0);
    // Mon 11 Jan 2027 (2027-W02): both weeks are past.
    expect(runCli('validate', ['--data', dir], { SOURCE_DATE_EPOCH: '1799625600' }).code).toBe(0);
  });

  it('reports at the override when the override causes the problem, in GitHub format too', () => {
    const dir = dataCopy({ 'rotations/data-platform.yaml': (t) => t.replace('engineer: engineer-b', 'engineer: engineer-a') });
    const line = lineOf(dir, 'rotations/data-platform.yaml', /^ {2}- week: 2026-W53/);
    const r = runCli('validate', ['--data', dir, '--format', 'github'], { SOURCE_DATE_EPOCH: LATE_2026 });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `::error file=${dir}/rotations/data-platform.yaml,line=${line},col=5::engineer-a covers 2026-W53 and 2027-W01 back to back; change the override for 2026-W53 to engineer-b or engineer-c (no back-to-back week for them), or mark it agreed: true\n`,
    );
  });

  it('accepts the back-to-back week once the override is marked agreed', () => {
    const dir = dataCopy({
      'rotations/data-platform.yaml': (t) => t.replace('engineer: engineer-b', 'engineer: engineer-a\n    agreed: true'),
    });
    expect(runCli('validate', ['--data', dir], { SOURCE_DATE_EPOCH: LATE_2026 }).code).toBe(0);
  });

  it('reports an uncovered holiday and an override on holiday', () => {
    const dir = dataCopy({
      // engineer-b is away for 2026-W53 (the override's week); engineer-c, d and a are away for c's 2026-W51 (Mon 14 Dec 2026).
      'people.yaml': (t) =>
        t
          .replace(/(id: engineer-b\n\s+name: Engineer B\n(?:\s+github: .*\n)?\s+)holidays: \[\]/, '$1holidays:\n      - { from: 2026-12-28, to: 2027-01-01, note: New year }')
          .replace(/(id: engineer-c\n\s+name: Engineer C\n(?:\s+github: .*\n)?\s+)holidays: \[\]/, '$1holidays:\n      - { from: 2026-12-14, to: 2026-12-18 }')
          .replace(/(id: engineer-d\n\s+name: Engineer D\n(?:\s+github: .*\n)?\s+)holidays: \[\]/, '$1holidays:\n      - { from: 2026-12-14, to: 2026-12-14 }')
          .replace(/(id: engineer-a\n\s+name: Engineer A\n(?:\s+github: .*\n)?\s+)holidays: \[\]/, '$1holidays:\n      - { from: 2026-12-18, to: 2026-12-20 }'),
    });
    const r = runCli('validate', ['--data', dir, '--format', 'json'], { SOURCE_DATE_EPOCH: LATE_2026 });
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout) as { file: string; line: number; rule: string; message: string }[];
    expect(problems.map((p) => [p.rule, p.line, p.message])).toEqual([
      [
        'uncovered',
        lineOf(dir, 'rotations/data-platform.yaml', /^members:/),
        'engineer-c is on holiday during 2026-W51 (2026-12-14 to 2026-12-18) and nobody can swap: engineer-d and engineer-a are away too; engineer-b has no week in the next 8 that engineer-c could take in return without a holiday or a back-to-back week; add an override for 2026-W51 naming who covers it',
      ],
      [
        'on-holiday',
        lineOf(dir, 'rotations/data-platform.yaml', /^ {2}- week: 2026-W53/),
        'the override for 2026-W53 assigns engineer-b, who is on holiday then (2026-12-28 to 2027-01-01, New year); give the week to engineer-c (free that week, no back-to-back week)',
      ],
    ]);
  });
});
