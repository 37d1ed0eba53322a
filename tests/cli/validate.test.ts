import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFixture, type Files } from '../helpers/data-dir.ts';
import { runCli, type CliResult } from './run-cli.ts';

// Mon 2 Mar 2026 00:00 UTC: "today" is pinned, never the wall clock.
const SOURCE_DATE_EPOCH = '1772409600';

/** Runs the built validate CLI as a user would, and checks it never prints a stack trace. */
function validate(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const run = runCli('validate', args, { SOURCE_DATE_EPOCH, ...options.env }, options.cwd);
  expect(run.stdout).not.toContain('    at ');
  expect(run.stderr).not.toContain('    at ');
  return run;
}

/** A working directory holding copies of the valid fixture, each changed by `files`, under the given names. */
function workspace(dirs: Record<string, Files>): string {
  const cwd = tempDir();
  for (const [name, files] of Object.entries(dirs)) writeFixture(join(cwd, name), files);
  return cwd;
}

/** Three problems in two files, in an order that differs from the output order. */
const BROKEN = {
  'site.yaml': 'title: Test\nareas:\n  - {id: profit, name: Profit}\n  - {id: growth, name: Growth}\n  - {id: profit, name: Again}\n',
  'pipelines/growth.yaml': 'name: Growth\narea: grwth\naudience: experiments\nowners: {primary: engineer-c, secondary: engineer-q}\n',
};
const BROKEN_LINES = [
  'pipelines/growth.yaml:2:7: error: unknown area "grwth" in area; did you mean "growth"? known areas: profit, growth; areas are listed in site.yaml',
  'pipelines/growth.yaml:4:42: error: unknown person "engineer-q" in owners.secondary; did you mean "engineer-a"? known people: engineer-a, engineer-b, engineer-c; if "engineer-q" is a new person, add them to people.yaml first (- id: engineer-q, with their name)',
  'site.yaml:5:10: error: duplicate area id "profit"; it is already used on line 3, pick another id',
];
const USAGE = 'usage: npm run validate -- [--data DIR] [--format text|github|json] [--strict]';

describe('validate CLI', () => {
  describe('exit codes', () => {
    // The one test that reads the example data/: it must validate, whatever users change in it.
    it('exits 0 and says so for the shipped data/, found by default', () => {
      expect(validate([])).toEqual({ code: 0, stdout: expect.stringMatching(/^data: ok, \d+ files valid\n$/), stderr: '' });
    });

    it('exits 1 and lists the problems for invalid data', () => {
      const cwd = workspace({ broken: BROKEN });
      const run = validate(['--data', 'broken'], { cwd });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
    });

    it('exits 2 for an unknown option, suggesting the closest', () => {
      const run = validate(['--dta', 'data']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.startsWith(`error: unknown option "--dta"; did you mean "--data"?\n\n${USAGE}\n`)).toBe(true);
    });

    it('exits 2 for an unknown format', () => {
      const run = validate(['--format', 'xml']);
      expect([run.code, run.stdout, run.stderr.split('\n')[0]]).toEqual([2, '', 'error: --format must be one of text, github, json, got "xml"']);
    });

    it('exits 2 for a positional argument, suggesting --data', () => {
      const run = validate(['data']);
      expect([run.code, run.stderr.split('\n')[0]]).toEqual([2, 'error: unexpected argument "data"; this command takes only options, e.g. --data data']);
    });

    it('exits 2 when --data has no value', () => {
      const run = validate(['--data']);
      expect([run.code, run.stderr.split('\n')[0]]).toEqual([2, 'error: --data needs a value, e.g. --data VALUE']);
    });

    it('exits 2 when the data directory does not exist, saying where its name came from', () => {
      const cwd = workspace({});
      expect(validate(['--data', 'nope'], { cwd }).stderr.split('\n')[0]).toBe(
        'error: data directory "nope" (from --data) does not exist or is not a directory; pass --data DIR or set RUNBOOKS_DATA',
      );
      expect(validate([], { cwd, env: { RUNBOOKS_DATA: 'gone' } }).stderr.split('\n')[0]).toBe(
        'error: data directory "gone" (from $RUNBOOKS_DATA) does not exist or is not a directory; pass --data DIR or set RUNBOOKS_DATA',
      );
      const run = validate([], { cwd });
      expect([run.code, run.stdout, run.stderr.split('\n')[0]]).toEqual([
        2,
        '',
        'error: data directory "data" (from the default) does not exist or is not a directory; pass --data DIR or set RUNBOOKS_DATA',
      ]);
    });

    it('exits 2 for a SOURCE_DATE_EPOCH that is not a number of seconds', () => {
      const run = validate([], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
      expect([run.code, run.stdout, run.stderr.split('\n')[0]]).toEqual([
        2,
        '',
        'error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "yesterday"',
      ]);
    });

    it('prints the usage on stdout and exits 0 for --help', () => {
      const run = validate(['--help']);
      expect([run.code, run.stdout.split('\n')[0], run.stderr]).toEqual([0, USAGE, '']);
    });
  });

  describe('--format text', () => {
    it('prints PATH:LINE:COL: error: MESSAGE sorted by path then line, then a summary', () => {
      const cwd = workspace({ broken: BROKEN });
      expect(validate(['--data', 'broken'], { cwd }).stdout).toBe(`${BROKEN_LINES.map((l) => `broken/${l}`).join('\n')}\n3 problems in 2 files\n`);
    });

    it('joins the data directory as given with the file path', () => {
      const cwd = workspace({ 'nested/broken': BROKEN });
      const lines = (args: string[]) => validate(args, { cwd }).stdout.split('\n')[0];
      expect(lines(['--data', 'nested/broken/'])).toBe(`nested/broken/${BROKEN_LINES[0]}`);
      expect(lines(['--data', `${cwd}/nested/broken`])).toBe(`${cwd}/nested/broken/${BROKEN_LINES[0]}`);
    });

    it('says "1 problem in 1 file" in the singular', () => {
      const cwd = workspace({ d: { 'pipelines/growth.yaml': 'name: Growth\narea: growth\naudience: experiments\nowners: {primary: engineer-c, secondary: engineer-c}\n' } });
      expect(validate(['--data', 'd'], { cwd }).stdout).toBe(
        'd/pipelines/growth.yaml:4:42: error: "engineer-c" is both primary and secondary owner; name a different secondary owner\n1 problem in 1 file\n',
      );
    });

    it('prints the data directory and the file count when valid', () => {
      const cwd = workspace({ 'my data': {} });
      expect(validate(['--data', 'my data'], { cwd }).stdout).toBe('my data: ok, 6 files valid\n');
    });
  });

  describe('--format github', () => {
    it('prints one GitHub Actions error annotation per problem, and no summary', () => {
      const cwd = workspace({ broken: BROKEN });
      const run = validate(['--data', 'broken', '--format', 'github'], { cwd });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(
        [
          '::error file=broken/pipelines/growth.yaml,line=2,col=7::unknown area "grwth" in area; did you mean "growth"? known areas: profit, growth; areas are listed in site.yaml',
          '::error file=broken/pipelines/growth.yaml,line=4,col=42::unknown person "engineer-q" in owners.secondary; did you mean "engineer-a"? known people: engineer-a, engineer-b, engineer-c; if "engineer-q" is a new person, add them to people.yaml first (- id: engineer-q, with their name)',
          '::error file=broken/site.yaml,line=5,col=10::duplicate area id "profit"; it is already used on line 3, pick another id',
          '',
        ].join('\n'),
      );
    });

    it('escapes commas and colons in the file property', () => {
      const cwd = workspace({ 'a,b:c': { 'pipelines/growth.yaml': 'name: Growth\n' } });
      expect(validate(['--data', 'a,b:c', '--format', 'github'], { cwd }).stdout.split('\n')[0]).toBe(
        '::error file=a%2Cb%3Ac/pipelines/growth.yaml,line=1,col=1::missing required key "area"; add it: area id as a string, e.g. "profit"',
      );
    });

    it('prints nothing for valid data', () => {
      expect(validate(['--format', 'github'])).toEqual({ code: 0, stdout: '', stderr: '' });
    });
  });

  describe('--format json', () => {
    it('prints the problems as a JSON array, with the displayed path', () => {
      const cwd = workspace({ broken: BROKEN });
      const run = validate(['--data', 'broken', '--format', 'json'], { cwd });
      expect(run.code).toBe(1);
      const problems = JSON.parse(run.stdout);
      expect(problems).toHaveLength(3);
      expect(problems[0]).toEqual({
        file: 'pipelines/growth.yaml',
        path: 'broken/pipelines/growth.yaml',
        line: 2,
        column: 7,
        message: 'unknown area "grwth" in area; did you mean "growth"? known areas: profit, growth; areas are listed in site.yaml',
        rule: 'reference',
        what: 'unknown area "grwth" in area',
        fix: 'did you mean "growth"? known areas: profit, growth; areas are listed in site.yaml',
        params: { problem: 'unknown', kind: 'area', value: 'grwth', path: 'area', closest: 'growth', known: { shown: ['profit', 'growth'], total: 2 } },
        severity: 'error',
      });
      expect(problems.map((p: { rule: string }) => p.rule)).toEqual(['reference', 'reference', 'duplicate-id']);
    });

    it('prints an empty array for valid data', () => {
      expect(validate(['--format', 'json'])).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    });
  });

  describe('the data directory', () => {
    const dirs = () => workspace({ data: BROKEN, 'from-env': { 'site.yaml': 'title: x\n' }, 'from-flag': {} });

    it('uses --data over $RUNBOOKS_DATA', () => {
      expect(validate(['--data', 'from-flag'], { cwd: dirs(), env: { RUNBOOKS_DATA: 'from-env' } }).stdout).toBe('from-flag: ok, 6 files valid\n');
    });

    it('uses $RUNBOOKS_DATA over data/', () => {
      const run = validate([], { cwd: dirs(), env: { RUNBOOKS_DATA: 'from-env' } });
      expect([run.code, run.stdout]).toEqual([
        1,
        'from-env/site.yaml:1:1: error: missing required key "areas"; add it: a list of areas, each {id, name}\n1 problem in 1 file\n',
      ]);
    });

    it('uses data/ when neither is given, or $RUNBOOKS_DATA is empty', () => {
      const cwd = dirs();
      const expected = `${BROKEN_LINES.map((l) => `data/${l}`).join('\n')}\n3 problems in 2 files\n`;
      expect(validate([], { cwd }).stdout).toBe(expected);
      expect(validate([], { cwd, env: { RUNBOOKS_DATA: '' } }).stdout).toBe(expected);
    });
  });

  describe('never a stack trace', () => {
    it.each([
      ['a YAML syntax error', { 'site.yaml': 'title: [x\n' }],
      ['bytes that are not UTF-8', { 'people.yaml': new Uint8Array([0x70, 0x3a, 0x20, 0xff, 0xfe, 0x0a]) }],
      ['a directory named like a data file', { 'teams.yaml': null, 'teams.yaml/x': 'y' }],
      ['every file empty', { 'site.yaml': '', 'people.yaml': '', 'teams.yaml': '', 'rotations/on-call.yaml': '', 'pipelines/profit.yaml': '', 'pipelines/growth.yaml': '' }],
      ['deep nesting', { 'site.yaml': `title: ${'['.repeat(5000)}\n` }],
      ['an alias bomb', { 'site.yaml': 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n' }],
    ])('exits 1 with located problems for %s', (_, files) => {
      const cwd = workspace({ d: files });
      const run = validate(['--data', 'd'], { cwd });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^d\/[\w./-]+:\d+:\d+: error: .+\n(.+\n)*\d+ problems? in \d+ files?\n$/);
    });
  });
  describe('warnings', () => {
    // Sat 1 Aug 2026: the fixture's profit.yaml, reviewed 2026-02-02, is due for review that day (180 days).
    const DUE = { SOURCE_DATE_EPOCH: '1785542400' };
    const WARNING =
      'review overdue: last reviewed on 2026-02-02, 180 days ago (due 2026-08-01; reviews are due every 180 days, review.everyDays in site.yaml); check the runbook with its owners, then set reviewed: 2026-08-01';

    it('prints PATH:LINE:COL: warning: and exits 0 for warnings alone', () => {
      const cwd = workspace({ data: {} });
      expect(validate([], { cwd, env: DUE })).toEqual({
        code: 0,
        stdout: `data/pipelines/profit.yaml:21:11: warning: ${WARNING}\ndata: ok, 6 files valid, 1 warning\n`,
        stderr: '',
      });
    });

    it('exits 1 for warnings with --strict', () => {
      const cwd = workspace({ data: {} });
      expect(validate(['--strict'], { cwd, env: DUE }).code).toBe(1);
      expect(validate(['--strict'], { cwd }).code).toBe(0);
    });

    it('prints ::warning annotations for GitHub', () => {
      const cwd = workspace({ data: {} });
      expect(validate(['--format', 'github'], { cwd, env: DUE }).stdout).toBe(
        `::warning file=data/pipelines/profit.yaml,line=21,col=11::${WARNING}\n`,
      );
    });

    it('gives each problem a severity in JSON', () => {
      const cwd = workspace({ data: { 'pipelines/growth.yaml': 'name: Growth\narea: grwth\naudience: experiments\nowners: {primary: engineer-c, secondary: engineer-a}\n' } });
      const run = validate(['--format', 'json'], { cwd, env: DUE });
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout).map((p: { rule: string; severity: string }) => `${p.rule} ${p.severity}`)).toEqual(['reference error', 'review-overdue warning']);
    });

    it('counts errors and warnings apart in the summary', () => {
      const cwd = workspace({ data: { 'pipelines/growth.yaml': 'name: Growth\narea: grwth\naudience: experiments\nowners: {primary: engineer-c, secondary: engineer-a}\n' } });
      expect(validate([], { cwd, env: DUE }).stdout.split('\n').at(-2)).toBe('1 problem and 1 warning in 2 files');
    });
  });
});
