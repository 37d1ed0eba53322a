// The catalogue words the problems of the files and the YAML (rules file, encoding and yaml) from typed
// parameters: each case below is what a check passes and the sentence validate prints for it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describe as describeFinding, identity, RULES, type RuleParams } from '../../../src/core/rules/catalogue.ts';

type Case<R extends 'file' | 'encoding' | 'yaml'> = readonly [params: RuleParams<R>, what: string, fix: string];

const FILE: Case<'file'>[] = [
  [{ problem: 'no-data-dir', reason: 'missing' }, 'the data directory does not exist', 'pass --data DIR or set RUNBOOKS_DATA'],
  [{ problem: 'no-data-dir', reason: 'not-a-directory' }, 'the data directory is not a directory', 'pass --data DIR or set RUNBOOKS_DATA'],
  [{ problem: 'no-data-dir', reason: 'unreadable' }, 'the data directory cannot be read', 'pass --data DIR or set RUNBOOKS_DATA'],
  [{ problem: 'missing', name: 'people.yaml' }, 'people.yaml is missing', 'every data directory needs one'],
  [
    { problem: 'unexpected', name: 'pipeline', closest: 'pipelines', known: ['site.yaml', 'pipelines/'] },
    'unexpected entry in the data directory',
    'did you mean "pipelines"? rename it',
  ],
  [
    { problem: 'unexpected', name: 'notes.md', known: ['site.yaml', 'people.yaml', 'teams.yaml', 'rotations/', 'pipelines/'] },
    'unexpected file in the data directory',
    'only site.yaml, people.yaml, teams.yaml, rotations/ and pipelines/ belong here, move or delete it',
  ],
  [{ problem: 'not-a-folder', name: 'pipelines' }, 'pipelines is a file', 'it must be a directory of <id>.yaml files'],
  [{ problem: 'unexpected-in-folder', folder: 'pipelines' }, 'unexpected file in pipelines/', 'only <id>.yaml files and <id>.md runbooks belong here, move or delete it'],
  [{ problem: 'unexpected-in-folder', folder: 'rotations' }, 'unexpected file in rotations/', 'only <id>.yaml files belong here, move or delete it'],
  [{ problem: 'yml', file: 'pipelines/x.yml', yaml: 'pipelines/x.yaml' }, 'use the .yaml extension', 'rename pipelines/x.yml to pipelines/x.yaml'],
  [{ problem: 'unreadable', file: 'site.yaml', format: 'YAML', why: 'directory' }, 'site.yaml cannot be read: it is a directory, not a file', 'it must be a YAML file'],
  [
    { problem: 'unreadable', file: 'pipelines/x.yaml', format: 'YAML', why: 'special' },
    'pipelines/x.yaml cannot be read: it is a pipe, socket or device, not a file',
    'it must be a YAML file',
  ],
  [{ problem: 'unreadable', file: 'pipelines/x.md', format: 'Markdown', why: 'permission' }, 'pipelines/x.md cannot be read: permission denied', 'it must be a Markdown file'],
  [{ problem: 'unreadable', file: 'teams.yaml', format: 'YAML', why: 'error', error: 'EIO' }, 'teams.yaml cannot be read: EIO', 'it must be a YAML file'],
  [{ problem: 'broken-link', file: 'teams.yaml', format: 'YAML', loop: false }, 'teams.yaml cannot be read: it is a broken symbolic link', 'point it at a YAML file or delete it'],
  [
    { problem: 'broken-link', file: 'pipelines/x.md', format: 'Markdown', loop: true },
    'pipelines/x.md cannot be read: it is a broken symbolic link (a loop)',
    'point it at a Markdown file or delete it',
  ],
  [{ problem: 'empty', file: 'people.yaml' }, 'people.yaml is empty', 'it must be a YAML mapping of keys to values'],
  [{ problem: 'documents', file: 'teams.yaml', count: 2 }, 'teams.yaml holds 2 YAML documents (separated by "---")', 'keep exactly one'],
  [{ problem: 'not-mapping', file: 'teams.yaml', found: 'list' }, 'teams.yaml must be a YAML mapping of keys to values, but it is a list', ''],
];

const ENCODING: Case<'encoding'>[] = [
  [{ problem: 'utf-16' }, 'the file is UTF-16 text', 'save it as UTF-8'],
  [{ problem: 'byte', byte: 0xe9 }, 'byte 0xe9 is not valid UTF-8', 'save the file as UTF-8 text'],
  [{ problem: 'byte', byte: 0x0f }, 'byte 0x0f is not valid UTF-8', 'save the file as UTF-8 text'],
];

const SYNTAX = 'YAML syntax error: ';
const YAML: Case<'yaml'>[] = [
  [{ problem: 'alias' }, 'YAML aliases (*name) are not allowed in runbook data', 'write the value out in full, or put text that starts with "*" in quotes'],
  [{ problem: 'complex-key' }, `${SYNTAX}a list or mapping is used as a key`, 'keys must be plain text'],
  [{ problem: 'tab' }, `${SYNTAX}a tab is used for indentation`, 'indent with spaces'],
  [{ problem: 'duplicate-key', key: 'area', firstLine: 2 }, 'duplicate key "area"', 'it is already set on line 2, keep one of the two'],
  [{ problem: 'duplicate-key' }, 'duplicate key', 'it is already set earlier in this mapping, keep one of the two'],
  [
    { problem: 'indentation', subject: { key: 'deadline' }, by: 2, deeper: true, than: { key: 'at', line: 3 }, column: 7 },
    `${SYNTAX}bad indentation: "deadline" is indented 2 spaces deeper than "at" on line 3`,
    'start it at column 7',
  ],
  [
    { problem: 'indentation', subject: { item: true }, by: 1, deeper: false, than: { line: 2 }, column: 3 },
    `${SYNTAX}bad indentation: this list item is indented 1 space less than the "- " on line 2`,
    'start it at column 3',
  ],
  [{ problem: 'indentation', subject: { neither: true }, by: 4, deeper: true, column: 1 }, `${SYNTAX}bad indentation: this line is indented 4 spaces deeper`, 'start it at column 1'],
  [{ problem: 'no-space', line: 4, key: 'area', rest: 'growth' }, `${SYNTAX}line 4 has no space after "area:"`, 'write "area: growth"'],
  [{ problem: 'reserved', char: '`' }, `${SYNTAX}a value cannot start with a backtick`, 'put the whole value in quotes'],
  [{ problem: 'reserved', char: '@' }, `${SYNTAX}a value cannot start with "@"`, 'put the whole value in quotes'],
  [
    { problem: 'after-quote', quote: "'" },
    `${SYNTAX}the value ends at its second ' and text follows it`,
    "inside single quotes write '' for an apostrophe, or use double quotes",
  ],
  [{ problem: 'after-quote', quote: '"' }, `${SYNTAX}the value ends at its second " and text follows it`, 'inside double quotes write \\" for a quote, or use single quotes'],
  [{ problem: 'colon-in-value' }, `${SYNTAX}a value containing ": " must be in quotes`, 'put the whole value in quotes'],
  [{ problem: 'more-on-line' }, `${SYNTAX}there is more on this line than one value`, 'put the whole value in quotes, or move the rest to a line of its own'],
  [
    { problem: 'structure' },
    `${SYNTAX}this line does not fit the structure above it`,
    'check its indentation, and that the line above is "key: value" with a space after the colon',
  ],
  [{ problem: 'unclosed', opener: '"', line: 2 }, `${SYNTAX}the quote " opened on line 2 is never closed`, 'add the closing "'],
  [{ problem: 'unclosed', opener: '[', line: 5 }, `${SYNTAX}the "[" opened on line 5 is never closed`, 'add the closing ]'],
  [{ problem: 'continued' }, `${SYNTAX}this line continues the quoted value but is indented less than its key`, 'indent it further'],
  [
    { problem: 'continued', bracket: { opener: '{', line: 3 } },
    `${SYNTAX}this line continues the "{" on line 3 but is indented less than its key`,
    'indent it further',
  ],
  [{ problem: 'no-colon', line: 6, text: 'Check the load' }, `${SYNTAX}line 6 ("Check the load") is not "key: value"`, 'add the missing ":" or put a long value in quotes'],
  [{ problem: 'no-colon-above' }, `${SYNTAX}a line above is not "key: value"`, 'add the missing ":" or put a long value in quotes'],
  [{ problem: 'missed-comma' }, `${SYNTAX}a comma is missing`, 'separate the items in [ ] or { } with ", "'],
  [{ problem: 'escape', hex: false }, `${SYNTAX}inside double quotes "\\" starts an escape`, 'write "\\\\" for a backslash, or use single quotes'],
  [
    { problem: 'escape', hex: true },
    `${SYNTAX}inside double quotes "\\x", "\\u" and "\\U" must be followed by hexadecimal digits`,
    'write "\\\\" for a backslash, or use single quotes',
  ],
  [{ problem: 'null-byte' }, `${SYNTAX}null byte is not allowed`, 'delete it (U+0000, invisible in most editors)'],
  [{ problem: 'control', code: 0x1b }, `${SYNTAX}the file contains a control character (U+001B)`, 'delete it (it is invisible in most editors)'],
  [{ problem: 'depth', max: 32 }, `${SYNTAX}the data is nested more than 32 levels deep`, 'no data file needs that many levels, remove the extra nesting'],
  [
    { problem: 'star', value: '*bold* "text"', key: 'fix' },
    `${SYNTAX}a value starting with "*" is read as an alias or anchor`,
    'put the whole value in quotes: fix: "*bold* \\"text\\""',
  ],
  [{ problem: 'star', value: '*b\\c', item: true }, `${SYNTAX}a value starting with "*" is read as an alias or anchor`, 'put the whole value in quotes: - "*b\\\\c"'],
  [{ problem: 'star', value: '*x' }, `${SYNTAX}a value starting with "*" is read as an alias or anchor`, 'put the whole value in quotes: "*x"'],
  [{ problem: 'unknown-tag', tag: '!secret' }, `${SYNTAX}unknown tag !secret`, 'remove the tag, plain values are enough'],
  [{ problem: 'tag', reason: 'cannot resolve a node with !!int explicit tag' }, `${SYNTAX}cannot resolve a node with !!int explicit tag`, 'remove the tag, plain values are enough'],
  [{ problem: 'parser', reason: 'something js-yaml says' }, `${SYNTAX}something js-yaml says`, 'correct the YAML at this line and column'],
  [{ problem: 'unreadable', error: 'Maximum call stack size exceeded' }, 'the YAML could not be read: Maximum call stack size exceeded', ''],
];

const words = <R extends 'file' | 'encoding' | 'yaml'>(rule: R, params: RuleParams<R>) => describeFinding({ rule, params } as Parameters<typeof describeFinding>[0]);
const id = <R extends 'file' | 'encoding' | 'yaml'>(rule: R, params: RuleParams<R>) => identity({ rule, params } as Parameters<typeof identity>[0]);

describe('the catalogue words file, encoding and yaml problems from typed parameters', () => {
  it.each(FILE.map(([p, what, fix]) => [p.problem, p, what, fix] as const))('returns the words of a file problem: %s', (_, params, what, fix) => {
    expect(words('file', params)).toEqual({ what, fix, message: fix ? `${what}; ${fix}` : what });
  });

  it.each(ENCODING.map(([p, what, fix]) => [p.problem, p, what, fix] as const))('returns the words of an encoding problem: %s', (_, params, what, fix) => {
    expect(words('encoding', params)).toEqual({ what, fix, message: `${what}; ${fix}` });
  });

  it.each(YAML.map(([p, what, fix]) => [p.problem, p, what, fix] as const))('returns the words of a yaml problem: %s', (_, params, what, fix) => {
    expect(words('yaml', params)).toEqual({ what, fix, message: fix ? `${what}; ${fix}` : what });
  });

  it('has a case above for every kind of file, encoding and yaml problem', () => {
    // Every `problem` of each params type, checked by the compiler: a new kind fails typecheck until listed here.
    const fileKinds: Record<RuleParams<'file'>['problem'], true> = {
      'no-data-dir': true, missing: true, unexpected: true, 'not-a-folder': true, 'unexpected-in-folder': true, yml: true,
      unreadable: true, 'broken-link': true, empty: true, documents: true, 'not-mapping': true,
    };
    const encodingKinds: Record<RuleParams<'encoding'>['problem'], true> = { 'utf-16': true, byte: true };
    const yamlKinds: Record<RuleParams<'yaml'>['problem'], true> = {
      alias: true, 'complex-key': true, tab: true, 'duplicate-key': true, indentation: true, 'no-space': true, reserved: true,
      'after-quote': true, 'colon-in-value': true, 'more-on-line': true, structure: true, unclosed: true, continued: true,
      'no-colon': true, 'no-colon-above': true, 'missed-comma': true, escape: true, 'null-byte': true, control: true, depth: true,
      star: true, 'unknown-tag': true, tag: true, parser: true, unreadable: true,
    };
    const kinds = (cases: readonly (readonly [{ problem: string }, string, string])[]) => [...new Set(cases.map(([p]) => p.problem))].sort();
    expect(kinds(FILE)).toEqual(Object.keys(fileKinds).sort());
    expect(kinds(ENCODING)).toEqual(Object.keys(encodingKinds).sort());
    expect(kinds(YAML)).toEqual(Object.keys(yamlKinds).sort());
  });
});

describe("a file, encoding or yaml problem's identity", () => {
  afterEach(() => vi.restoreAllMocks());

  it('returns the same identity whatever the catalogue says, since it is made of parameters, not words', () => {
    const cases = [
      ['file', FILE],
      ['encoding', ENCODING],
      ['yaml', YAML],
    ] as const;
    const before = cases.flatMap(([rule, list]) => list.map(([p]) => id(rule, p as never)));
    for (const [rule] of cases) {
      vi.spyOn(RULES[rule], 'message').mockReturnValue('other words');
      vi.spyOn(RULES[rule], 'hint').mockReturnValue('another fix');
    }
    expect(cases.flatMap(([rule, list]) => list.map(([p]) => id(rule, p as never)))).toEqual(before);
    expect(words('yaml', { problem: 'tab' }).message).toBe('other words; another fix');
  });

  it('returns the same identity when only a line number, a column or advice differs', () => {
    const pairs: [string, string][] = [
      [id('yaml', { problem: 'duplicate-key', key: 'area', firstLine: 2 }), id('yaml', { problem: 'duplicate-key', key: 'area', firstLine: 7 })],
      [
        id('yaml', { problem: 'indentation', subject: { key: 'deadline' }, by: 2, deeper: true, than: { key: 'at', line: 3 }, column: 7 }),
        id('yaml', { problem: 'indentation', subject: { key: 'deadline' }, by: 4, deeper: false, than: { key: 'to', line: 9 }, column: 3 }),
      ],
      [id('yaml', { problem: 'unclosed', opener: '"', line: 2 }), id('yaml', { problem: 'unclosed', opener: '"', line: 12 })],
      [id('yaml', { problem: 'no-colon', line: 6, text: 'Check it' }), id('yaml', { problem: 'no-colon', line: 8, text: 'Check it' })],
      [id('yaml', { problem: 'no-space', line: 4, key: 'area', rest: 'growth' }), id('yaml', { problem: 'no-space', line: 5, key: 'area', rest: 'profit' })],
      [id('yaml', { problem: 'continued' }), id('yaml', { problem: 'continued', bracket: { opener: '[', line: 3 } })],
      [id('encoding', { problem: 'byte', byte: 0xe9 }), id('encoding', { problem: 'byte', byte: 0xff })],
      [id('file', { problem: 'documents', file: 'teams.yaml', count: 2 }), id('file', { problem: 'documents', file: 'teams.yaml', count: 3 })],
      [
        id('file', { problem: 'unexpected', name: 'pipeline', closest: 'pipelines', known: ['pipelines/'] }),
        id('file', { problem: 'unexpected', name: 'pipeline', known: ['site.yaml', 'pipelines/'] }),
      ],
    ];
    for (const [a, b] of pairs) expect(a).toBe(b);
  });

  it('returns another identity when what the problem is about differs', () => {
    const pairs: [string, string][] = [
      [id('yaml', { problem: 'duplicate-key', key: 'area', firstLine: 2 }), id('yaml', { problem: 'duplicate-key', key: 'name', firstLine: 2 })],
      [
        id('yaml', { problem: 'indentation', subject: { key: 'deadline' }, by: 2, deeper: true, column: 7 }),
        id('yaml', { problem: 'indentation', subject: { item: true }, by: 2, deeper: true, column: 7 }),
      ],
      [id('yaml', { problem: 'unclosed', opener: '"', line: 2 }), id('yaml', { problem: 'unclosed', opener: "'", line: 2 })],
      [id('yaml', { problem: 'star', value: '*a*', key: 'fix' }), id('yaml', { problem: 'star', value: '*b*', key: 'fix' })],
      [id('encoding', { problem: 'byte', byte: 0xe9 }), id('encoding', { problem: 'utf-16' })],
      [id('file', { problem: 'empty', file: 'teams.yaml' }), id('file', { problem: 'empty', file: 'people.yaml' })],
      [id('file', { problem: 'empty', file: 'teams.yaml' }), id('yaml', { problem: 'tab' })],
    ];
    for (const [a, b] of pairs) expect(a).not.toBe(b);
  });
});
