import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

describe('--help', () => {
  // changes needs --base and a git repository, oncall and validate a data directory: help comes first.
  for (const command of ['validate', 'oncall', 'changes']) {
    for (const flag of ['--help', '-h']) {
      it(`prints the usage of ${command} on stdout and exits 0 for ${flag}, before checking anything else`, () => {
        const run = runCli(command, [flag, '--data', 'no/such/dir']);
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(new RegExp(`^usage: npm run ${command} -- `));
        expect(run.stderr).toBe('');
      });
    }
  }

  it('suggests --help for a misspelt flag and exits 2', () => {
    const run = runCli('oncall', ['--hepl']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: unknown option "--hepl"; did you mean "--help"?');
  });
});
