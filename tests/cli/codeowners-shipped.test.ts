import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

// Not a test of the generator (tests/codeowners/ does that on a fixture): a check of this repository,
// like the workflow's, that the committed file is what the shipped data gives.
describe('.github/CODEOWNERS', () => {
  it('is in sync with data/', () => {
    expect(runCli('codeowners', ['--check'])).toEqual({ code: 0, stdout: '.github/CODEOWNERS is up to date\n', stderr: '' });
  });
});
