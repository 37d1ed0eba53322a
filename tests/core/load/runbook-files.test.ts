import { describe, expect, it } from 'vitest';
import { problemsWith } from '../../helpers/data-dir.ts';

// The valid fixture has pipelines/growth.yaml, so pipelines/growth.md is its long-form runbook.
describe('readRunbooks: a long-form runbook that cannot be used', () => {
  it('reports a runbook that is not UTF-8 at its first bad byte, as a YAML file is', () => {
    expect(problemsWith({ 'pipelines/growth.md': Buffer.from('# Growth\n\nCaf\xe9 au lait\n', 'latin1') })).toEqual([
      'pipelines/growth.md:3:4: byte 0xe9 is not valid UTF-8; save the file as UTF-8 text',
    ]);
  });

  it('reports a runbook saved as UTF-16 by name', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Growth\n', 'utf16le')]);
    expect(problemsWith({ 'pipelines/growth.md': utf16 })).toEqual(['pipelines/growth.md:1:1: the file is UTF-16 text; save it as UTF-8']);
  });

  it('reports a runbook over 4 MB with its size, not its words', () => {
    expect(problemsWith({ 'pipelines/growth.md': `# Growth\n${'x'.repeat(5 * 1024 * 1024)}\n` })).toEqual([
      'pipelines/growth.md:1:1: the file is 5.0 MB; data files are limited to 4 MB, split it up',
    ]);
  });

  it('reports a directory named like a runbook as a Markdown file that cannot be read', () => {
    expect(problemsWith({ 'pipelines/growth.md/notes.txt': 'x' })).toEqual([
      'pipelines/growth.md:1:1: pipelines/growth.md cannot be read: it is a directory, not a file; it must be a Markdown file',
    ]);
  });
});
