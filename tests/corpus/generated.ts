// Corpus cases that are large, binary or not plain files, built at test time instead of committed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusCase } from './corpus.ts';
import { parseExpectation } from './expectation.ts';

/** Pathological YAML must be refused this fast, Node's start-up included (issue 5). */
export const PATHOLOGICAL_LIMIT_MS = 2_000;
const LIMIT_MS = 5_000;

const BOM = '\uFEFF';
const crlf = (text: string) => text.replaceAll('\n', '\r\n');
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

/** The classic "billion laughs": ten levels of ten aliases each, 10^9 strings if expanded. */
function billionLaughs(): string {
  const lines = [`a0: &a0 [${Array(10).fill('"lol"').join(', ')}]`];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  lines.push('people: *a9', '');
  return lines.join('\n');
}

/** Just under the size limit, almost all of it aliases: the parser must not get slow on it. */
function aliasFlood(): string {
  const head = 'people:\n  - &p\n    id: engineer-z\n    name: Z\n';
  return head + '  - *p\n'.repeat(Math.floor((3.9 * 1024 * 1024 - head.length) / 7));
}

const ALL_FILES = ['site.yaml', 'people.yaml', 'teams.yaml', 'rotations/primary.yaml', 'pipelines/alpha-revenue.yaml', 'pipelines/beta-trials.yaml'];

export function generatedCases(readBase: (file: string) => string): CorpusCase[] {
  const c = (name: string, files: CorpusCase['files'], expected: string[], extra: Partial<CorpusCase> = {}): CorpusCase => ({
    name,
    files,
    remove: [],
    expected: expected.map(parseExpectation),
    limitMs: LIMIT_MS,
    ...extra,
  });
  const everyFile = (change: (text: string) => string) => Object.fromEntries(ALL_FILES.map((f) => [f, change(readBase(f))]));
  const alpha = readBase('pipelines/alpha-revenue.yaml');
  const teams = readBase('teams.yaml');

  return [
    // Size: refused before it is parsed, so a huge file costs nothing.
    c('generated-10mb-file', { 'pipelines/alpha-revenue.yaml': alpha + `# ${'x'.repeat(97)}\n`.repeat(100 * 1024) }, [
      'pipelines/alpha-revenue.yaml:1:1: error: the file is 9.8 MB; data files are limited to 4 MB, split it up',
    ]),
    c('generated-billion-laughs', { 'people.yaml': billionLaughs() }, ['people.yaml:2:10: error: YAML aliases (*name) are not allowed'], {
      limitMs: PATHOLOGICAL_LIMIT_MS,
    }),
    c('generated-alias-flood-4mb', { 'people.yaml': aliasFlood() }, ['people.yaml:5:5: error: YAML aliases (*name) are not allowed'], {
      limitMs: PATHOLOGICAL_LIMIT_MS,
    }),
    c(
      'generated-deep-flow-nesting',
      { 'pipelines/beta-trials.yaml': `name: Deep\nowners: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n` },
      ['pipelines/beta-trials.yaml:2: error: the data is nested more than 32 levels deep'],
      { limitMs: PATHOLOGICAL_LIMIT_MS },
    ),
    c(
      'generated-deep-block-nesting',
      { 'pipelines/beta-trials.yaml': ['name: Deep', ...Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}k${i}:`), ''].join('\n') },
      ['pipelines/beta-trials.yaml:33: error: the data is nested more than 32 levels deep'],
      { limitMs: PATHOLOGICAL_LIMIT_MS },
    ),

    // Encodings: the exact byte is located; a BOM and CRLF are accepted and do not shift positions.
    c('generated-latin1-byte', { 'teams.yaml': bytes('teams:\n  - id: billing\n    name: Caf', [0xe9], ' Team\n') }, [
      'teams.yaml:3:14: error: byte 0xe9 is not valid UTF-8; save the file as UTF-8 text',
    ]),
    c('generated-utf8-surrogate', { 'teams.yaml': bytes('teams:\n  - id: billing\n    name: Bi', [0xed, 0xa0, 0x80], 'lling\n') }, [
      'teams.yaml:3:13: error: byte 0xed is not valid UTF-8',
    ]),
    c('generated-utf8-truncated', { 'teams.yaml': bytes('teams:\n  - id: billing\n    name: Billing ', [0xe2, 0x82]) }, [
      'teams.yaml:3:19: error: byte 0xe2 is not valid UTF-8',
    ]),
    c('generated-utf16-file', { 'teams.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(teams, 'utf16le')]) }, [
      'teams.yaml:1:1: error: the file is UTF-16 text; save it as UTF-8',
    ]),
    c('generated-nul-byte', { 'teams.yaml': bytes('teams:\n  - id: billing\n    name: Bil', [0], 'ling\n') }, [
      'teams.yaml:3:14: error: YAML syntax error: null byte is not allowed',
    ]),
    c('generated-control-character', { 'teams.yaml': bytes('teams:\n  - id: billing\n    name: "Bil', [7], 'ling"\n') }, [
      'teams.yaml:3:15: error: YAML syntax error: the file contains a control character (U+0007); delete it',
    ]),
    c('generated-bom-crlf-unknown-key', { 'teams.yaml': BOM + crlf(teams.replace('    name: Finance', '    name: Finance\n    nmae: Finance')) }, [
      'teams.yaml:8:5: error: unknown key "nmae" in teams[1]; did you mean "name"?',
    ]),
    c('generated-crlf-value-column', { 'pipelines/alpha-revenue.yaml': crlf(alpha.replace('percent: 1', 'percent: 101')) }, [
      'pipelines/alpha-revenue.yaml:22:16: error: sla.targets[0].percent: expected a number from 0 to 100',
    ]),
    c('generated-cr-only-line-endings', { 'teams.yaml': teams.replace('    name: Finance', '    name: Finance\n    nmae: Finance').replaceAll('\n', '\r') }, [
      'teams.yaml:8:5: error: unknown key "nmae" in teams[1]',
    ]),
    c('generated-valid-bom', everyFile((t) => BOM + t), []),
    c('generated-valid-crlf', everyFile(crlf), []),
    c('generated-valid-bom-crlf', everyFile((t) => BOM + crlf(t)), []),

    // Entries that are not regular files: reported, never read (a FIFO would block forever).
    c('generated-directory-as-file', {}, ['teams.yaml:1:1: error: teams.yaml cannot be read: it is a directory, not a file'], {
      remove: ['teams.yaml'],
      prepare: (dir) => mkdirSync(join(dir, 'teams.yaml')),
    }),
    c('generated-fifo', {}, ['pipelines/gamma-stream.yaml:1:1: error: pipelines/gamma-stream.yaml cannot be read: it is a pipe, socket or device'], {
      prepare: (dir) => execFileSync('mkfifo', [join(dir, 'pipelines/gamma-stream.yaml')]),
    }),
    c('generated-dangling-symlink', {}, ['pipelines/gamma-link.yaml:1:1: error: pipelines/gamma-link.yaml cannot be read: it is a broken symbolic link'], {
      prepare: (dir) => symlinkSync(join(dir, 'does-not-exist.yaml'), join(dir, 'pipelines/gamma-link.yaml')),
    }),
    c('generated-pipelines-is-a-file', { pipelines: 'not a directory\n' }, ['pipelines:1:1: error: pipelines is a file; it must be a directory'], {
      remove: ['pipelines'],
    }),
  ];
}
