import { paths } from '../../routes/routes.ts';
import { ID_NAMES, type Names } from './names.ts';

/**
 * Every rule the validator checks, by its stable id, and the words of its problems: the one place to look
 * a rule up, in the spirit of Astro's errors-data.ts. A check reports a rule id and typed parameters
 * (`problem(at, 'owners', { engineer })`); the entry here turns them into the sentence (`message`) and the
 * fix (`hint`). So the wording lives in one place, the change report compares problems by rule and
 * parameters rather than by prose, and each face chooses how people are named: validate by id (its fixes
 * are YAML), the site, the change report and `oncall` by display name (see names.ts).
 *
 * The id never changes once published; `what` and `fix` describe the rule in general (docs/rules.md),
 * while `message` and `hint` say what is wrong and how to fix it in the particular case.
 */
export interface RuleInfo<P = never> {
  /** Where the rule is checked, for docs/rules.md and for readers of the code. */
  readonly stage: 'files' | 'yaml' | 'schema' | 'cross-file' | 'calendar' | 'review';
  /** What the rule requires, in a few words. */
  readonly what: string;
  /** The usual fix, in general terms; each problem states its own (`hint`). */
  readonly fix: string;
  /**
   * 'warning' for what should not block a merge (validate exits 0 unless --strict, the build goes
   * on and the site flags it); absent for an error.
   */
  readonly severity?: 'warning';
  /** What is wrong, in this case. */
  message(params: P, names: Names): string;
  /** How to fix it, in this case; '' only when the message itself names the expected form. */
  hint(params: P, names: Names): string;
  /**
   * The parameters that say which problem this is across two versions of the data (with the file and
   * the rule id); the others are advice that changes with the data (who could take a week, the line of
   * the first duplicate). All of them when absent.
   */
  readonly identity?: readonly (keyof P)[] | ((params: P) => unknown);
}

/** A rule entry with its parameters' type given and the rest inferred, so `stage` stays a literal type. */
const rule =
  <P>() =>
  <const R extends RuleInfo<P>>(info: R): R & RuleInfo<P> =>
    info;

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** "a", "a and b", "a, b and c". */
export const andList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
const belongsIn = (mapping: string | undefined, one: boolean) =>
  mapping !== undefined ? `${one ? 'a key' : 'keys'} of ${mapping}` : one ? 'a top-level key' : 'top-level keys';

/** How many of a subfolder's files a `subfolder` fix names before "…". */
const NAMED_FILES = 3;

/** `did you mean "x"? ` before a list of known values, when a known value is close. */
const didYouMeanText = (closest: string | undefined) => (closest === undefined ? '' : `did you mean "${closest}"? `);

/** A short list of known values (the nearest few when there are many, see suggest.ts's knownList). */
export interface KnownValues {
  readonly shown: readonly string[];
  readonly total: number;
}
const knownText = (known: KnownValues, show: (id: string) => string = (id) => id) =>
  `${known.shown.map(show).join(', ')}${known.total > known.shown.length ? `, … (${known.total} in all)` : ''}`;

/**
 * Words for each case of a rule whose parameters are a union told apart by one key (`problem`, unless
 * given): each case's message and hint see its own parameters, and `about` picks those that say which
 * problem it is (all of them when absent), leaving out the line numbers and advice that move with edits.
 */
type CaseWords<P extends { readonly [k in K]: string }, K extends string = 'problem'> = {
  readonly [V in P[K]]: {
    message(p: Extract<P, { readonly [k in K]: V }>): string;
    hint(p: Extract<P, { readonly [k in K]: V }>): string;
    about?(p: Extract<P, { readonly [k in K]: V }>): unknown;
  };
};
type AnyCase<P> = { message(p: P): string; hint(p: P): string; about?(p: P): unknown };
const byCase = <P extends { readonly [k in K]: string }, K extends string = 'problem'>(words: CaseWords<P, K>, key: K = 'problem' as K) => {
  const of = (p: P) => words[p[key]] as unknown as AnyCase<P>;
  return {
    message: (p: P) => of(p).message(p),
    hint: (p: P) => of(p).hint(p),
    identity: (p: P) => {
      const about = of(p).about;
      return about ? [p[key], about(p)] : p;
    },
  };
};

/** What is wrong with a link in Markdown (the `markdown-link` rule), told apart by `link`. */
export type MarkdownLinkParams =
  /** A scheme other than https, http and mailto: `javascript:`. */
  | { readonly link: 'scheme'; readonly url: string; readonly scheme: string }
  /** `//host/path`. */
  | { readonly link: 'no-scheme'; readonly url: string }
  /** Neither a scheme nor a leading `/`: `pipelines/x/`. */
  | { readonly link: 'relative'; readonly url: string }
  /** A site-relative path to no page; `closest` is the page path close enough to be meant. */
  | { readonly link: 'no-page'; readonly url: string; readonly closest?: string };

/** A link as quoted in a message: long ones are cut. */
const quotedLink = (url: string) => `link ${JSON.stringify(url.length > 60 ? `${url.slice(0, 59)}…` : url)}`;

/**
 * The pages a site always has, in the route table's own forms: /sla/ is left out, as it is built only
 * for more than ten investor pipelines (the home page holds the board otherwise); `closest` names it
 * when it exists and is meant.
 */
const PAGE_FORMS = [
  paths.home(),
  paths.pipelines(),
  paths.pipeline('<id>'),
  paths.people(),
  paths.person('<id>'),
  paths.teams(),
  paths.team('<id>'),
  paths.area('<id>'),
  paths.oncall(),
  paths.rotation('<rotation>'),
  paths.search(),
];

const MARKDOWN_LINK_WORDS: CaseWords<MarkdownLinkParams, 'link'> = {
  scheme: {
    message: (p) => `"${p.scheme}:" links are not allowed in Markdown`,
    hint: () => `link to an https://, http:// or mailto: address, or to a page of this site such as ${paths.oncall()}`,
  },
  'no-scheme': { message: (p) => `${quotedLink(p.url)} has no scheme`, hint: (p) => `write it in full: https:${p.url}` },
  relative: {
    message: (p) => `${quotedLink(p.url)} is relative`,
    hint: () => `start it with / for a page of this site (e.g. ${paths.pipeline('<id>')}), or write a full https:// URL`,
  },
  'no-page': {
    message: (p) => `${quotedLink(p.url)} points at no page of this site`,
    hint: (p) => `${didYouMeanText(p.closest)}pages are ${andList(PAGE_FORMS)}`,
  },
};

/** The folders of the data directory, each of `<id>.yaml` files. */
export type DataFolder = 'pipelines' | 'rotations';

/** Why a file of the data directory is missing, unreadable or not one YAML mapping (the `file` rule). */
export type FileParams =
  /** The data directory itself. */
  | { readonly problem: 'no-data-dir'; readonly reason: 'missing' | 'not-a-directory' | 'unreadable' }
  /** A required file (`site.yaml`, `people.yaml`) is absent. */
  | { readonly problem: 'missing'; readonly name: string }
  /** An entry of the data directory that is none of its files or folders; `closest` is the known one close enough to be meant. */
  | { readonly problem: 'unexpected'; readonly name: string; readonly closest?: string; readonly known: readonly string[] }
  /** `pipelines` or `rotations` is a file. */
  | { readonly problem: 'not-a-folder'; readonly name: DataFolder }
  /** A file in `pipelines/` or `rotations/` that is not `<id>.yaml` (nor, in `pipelines/`, `<id>.md`). */
  | { readonly problem: 'unexpected-in-folder'; readonly folder: DataFolder }
  /** `<id>.yml` with no `<id>.yaml` beside it (with one, see `yml-beside-yaml`). */
  | { readonly problem: 'yml'; readonly file: string; readonly yaml: string }
  /** A data file (`YAML`) or a long-form runbook (`Markdown`) that cannot be read, and why. */
  | {
      readonly problem: 'unreadable';
      readonly file: string;
      readonly format: 'YAML' | 'Markdown';
      /** A directory; a pipe, socket or device; a file the reader may not read; else the system's error code. */
      readonly why: 'directory' | 'special' | 'permission';
    }
  | { readonly problem: 'unreadable'; readonly file: string; readonly format: 'YAML' | 'Markdown'; readonly why: 'error'; readonly error: string }
  /** A symbolic link to nothing (or, with `loop`, to itself through others). */
  | { readonly problem: 'broken-link'; readonly file: string; readonly format: 'YAML' | 'Markdown'; readonly loop: boolean }
  /** No YAML at all: empty, or comments only. */
  | { readonly problem: 'empty'; readonly file: string }
  /** More than one YAML document (`---`). */
  | { readonly problem: 'documents'; readonly file: string; readonly count: number }
  /** One document, but a list or a plain value rather than a mapping. */
  | { readonly problem: 'not-mapping'; readonly file: string; readonly found: 'list' | 'string' | 'number' | 'boolean' };

const FILE_WORDS: CaseWords<FileParams> = {
  'no-data-dir': {
    message: (p) => `the data directory ${{ missing: 'does not exist', 'not-a-directory': 'is not a directory', unreadable: 'cannot be read' }[p.reason]}`,
    hint: () => 'pass --data DIR or set RUNBOOKS_DATA',
  },
  missing: { message: (p) => `${p.name} is missing`, hint: () => 'every data directory needs one' },
  unexpected: {
    message: (p) => `unexpected ${p.name.includes('.') ? 'file' : 'entry'} in the data directory`,
    hint: (p) => (p.closest !== undefined ? `${didYouMeanText(p.closest)}rename it` : `only ${andList(p.known)} belong here, move or delete it`),
    about: (p) => p.name,
  },
  'not-a-folder': { message: (p) => `${p.name} is a file`, hint: () => 'it must be a directory of <id>.yaml files' },
  'unexpected-in-folder': {
    message: (p) => `unexpected file in ${p.folder}/`,
    hint: (p) => `only <id>.yaml files${p.folder === 'pipelines' ? ' and <id>.md runbooks' : ''} belong here, move or delete it`,
  },
  yml: { message: () => 'use the .yaml extension', hint: (p) => `rename ${p.file} to ${p.yaml}` },
  unreadable: {
    message: (p) =>
      `${p.file} cannot be read: ${p.why === 'error' ? p.error : { directory: 'it is a directory, not a file', special: 'it is a pipe, socket or device, not a file', permission: 'permission denied' }[p.why]}`,
    hint: (p) => `it must be a ${p.format} file`,
  },
  'broken-link': {
    message: (p) => `${p.file} cannot be read: it is a broken symbolic link${p.loop ? ' (a loop)' : ''}`,
    hint: (p) => `point it at a ${p.format} file or delete it`,
  },
  empty: { message: (p) => `${p.file} is empty`, hint: () => 'it must be a YAML mapping of keys to values' },
  documents: {
    message: (p) => `${p.file} holds ${p.count} YAML documents (separated by "---")`,
    hint: () => 'keep exactly one',
    about: (p) => p.file,
  },
  'not-mapping': {
    message: (p) => `${p.file} must be a YAML mapping of keys to values, but it is a ${p.found}`,
    // The message names the expected form.
    hint: () => '',
  },
};

/** Why a data file is not UTF-8 text (the `encoding` rule). */
export type EncodingParams =
  /** UTF-16 with a byte-order mark, as Windows editors save "Unicode". */
  | { readonly problem: 'utf-16' }
  /** The first byte that starts or continues no well-formed UTF-8 sequence; the problem is at it. */
  | { readonly problem: 'byte'; readonly byte: number };

const ENCODING_WORDS: CaseWords<EncodingParams> = {
  'utf-16': { message: () => 'the file is UTF-16 text', hint: () => 'save it as UTF-8' },
  byte: {
    message: (p) => `byte 0x${p.byte.toString(16).padStart(2, '0')} is not valid UTF-8`,
    hint: () => 'save the file as UTF-8 text',
    // Which byte comes first is where the problem is, not which problem: the file is not UTF-8.
    about: () => undefined,
  },
};

/** The characters a plain YAML value cannot start with, as `yaml` problems name them. */
export const YAML_RESERVED = { '@': '"@"', '`': 'a backtick', '%': '"%"', '|': '"|"', '>': '">"' } as const;

/** A key or list item that starts a line, as `yaml` problems name it: `"deadline"`, "this list item", "this line". */
export type YamlLine = { readonly key: string } | { readonly item: true } | { readonly neither: true };

/**
 * Which mistake made a data file invalid YAML (the `yaml` rule), as syntax-message.ts tells it from the
 * parser's positions. `line` fields point at another line (the one to align with, where a quote opened),
 * which moves with edits, so they do not say which problem it is.
 */
export type YamlParams =
  /** `*name`: aliases are refused, so a file cannot expand into a billion strings. */
  | { readonly problem: 'alias' }
  /** `? [a, b]: x`. */
  | { readonly problem: 'complex-key' }
  | { readonly problem: 'tab' }
  /** The same key twice in one mapping; `firstLine` is where it is first, when found. */
  | { readonly problem: 'duplicate-key'; readonly key?: string; readonly firstLine?: number }
  /** A line indented `by` spaces off `than`'s (the entry above it, at `line`), which starts at column `column`. */
  | {
      readonly problem: 'indentation';
      readonly subject: YamlLine;
      readonly by: number;
      readonly deeper: boolean;
      /** The last entry of the mapping or list it should align with: a key, or a list item's "- ". */
      readonly than?: { readonly key?: string; readonly line: number };
      readonly column: number;
    }
  /** `key:value` read as one plain value. */
  | { readonly problem: 'no-space'; readonly line: number; readonly key: string; readonly rest: string }
  /** A value that starts with a character YAML reserves. */
  | { readonly problem: 'reserved'; readonly char: keyof typeof YAML_RESERVED }
  /** Text after a quoted value's closing quote. */
  | { readonly problem: 'after-quote'; readonly quote: "'" | '"' }
  | { readonly problem: 'colon-in-value' }
  | { readonly problem: 'more-on-line' }
  /** The document ended but the text goes on. */
  | { readonly problem: 'structure' }
  /** A quote or bracket opened on `line` and still open where a new entry starts, or at the end. */
  | { readonly problem: 'unclosed'; readonly opener: '"' | "'" | '[' | '{'; readonly line: number }
  /** A continuation line of a quoted value, or of a bracket opened on `bracket.line`, indented less than its key. */
  | { readonly problem: 'continued'; readonly bracket?: { readonly opener: '[' | '{'; readonly line: number } }
  /** A key with no ":" after it: the line written (`text`, at `line`), or when not found, some line above. */
  | { readonly problem: 'no-colon'; readonly line: number; readonly text: string }
  | { readonly problem: 'no-colon-above' }
  | { readonly problem: 'missed-comma' }
  /** `"\q"`; with `hex`, `"\x"`, `"\u"` or `"\U"` without hexadecimal digits. */
  | { readonly problem: 'escape'; readonly hex: boolean }
  | { readonly problem: 'null-byte' }
  /** A control character, by code point. */
  | { readonly problem: 'control'; readonly code: number }
  | { readonly problem: 'depth'; readonly max: number }
  /** `key: *bold* text`: a value starting with "*"; `key` is its key, `item` when it is a list item. */
  | { readonly problem: 'star'; readonly value: string; readonly key?: string; readonly item?: boolean }
  /** A tag the reader does not know, as written. */
  | { readonly problem: 'unknown-tag'; readonly tag: string }
  /** Another tag problem, in the parser's words with its tags as written in YAML (`!!int`). */
  | { readonly problem: 'tag'; readonly reason: string }
  /** Any other syntax error, in the parser's words. */
  | { readonly problem: 'parser'; readonly reason: string }
  /** The parser failed without a syntax error: its message. */
  | { readonly problem: 'unreadable'; readonly error: string };

const SYNTAX = 'YAML syntax error: ';
const BACKSLASH = 'write "\\\\" for a backslash, or use single quotes';
const COLON_FIX = 'add the missing ":" or put a long value in quotes';
const CLOSER = { '[': ']', '{': '}', '"': '"', "'": "'" } as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const lineLabel = (l: YamlLine) => ('key' in l ? `"${l.key}"` : 'item' in l ? 'this list item' : 'this line');
const openerLabel = (o: keyof typeof CLOSER) => (o === '"' || o === "'" ? `the quote ${o}` : `the "${o}"`);
/** A value in double quotes, as YAML escapes it. */
const doubleQuoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const YAML_WORDS: CaseWords<YamlParams> = {
  alias: {
    message: () => 'YAML aliases (*name) are not allowed in runbook data',
    hint: () => 'write the value out in full, or put text that starts with "*" in quotes',
  },
  'complex-key': { message: () => `${SYNTAX}a list or mapping is used as a key`, hint: () => 'keys must be plain text' },
  tab: { message: () => `${SYNTAX}a tab is used for indentation`, hint: () => 'indent with spaces' },
  'duplicate-key': {
    message: (p) => `duplicate key${p.key === undefined ? '' : ` "${p.key}"`}`,
    hint: (p) => `it is already set ${p.firstLine !== undefined ? `on line ${p.firstLine}` : 'earlier in this mapping'}, keep one of the two`,
    about: (p) => p.key,
  },
  indentation: {
    message: (p) => {
      const than = p.than ? ` than ${p.than.key !== undefined ? `"${p.than.key}"` : 'the "- "'} on line ${p.than.line}` : '';
      return `${SYNTAX}bad indentation: ${lineLabel(p.subject)} is indented ${plural(p.by, 'space')} ${p.deeper ? 'deeper' : 'less'}${than}`;
    },
    hint: (p) => `start it at column ${p.column}`,
    about: (p) => p.subject,
  },
  'no-space': {
    message: (p) => `${SYNTAX}line ${p.line} has no space after "${p.key}:"`,
    hint: (p) => `write "${p.key}: ${p.rest}"`,
    about: (p) => p.key,
  },
  reserved: { message: (p) => `${SYNTAX}a value cannot start with ${YAML_RESERVED[p.char]}`, hint: () => 'put the whole value in quotes' },
  'after-quote': {
    message: (p) => `${SYNTAX}the value ends at its second ${p.quote} and text follows it`,
    hint: (p) =>
      p.quote === "'" ? "inside single quotes write '' for an apostrophe, or use double quotes" : 'inside double quotes write \\" for a quote, or use single quotes',
  },
  'colon-in-value': { message: () => `${SYNTAX}a value containing ": " must be in quotes`, hint: () => 'put the whole value in quotes' },
  'more-on-line': {
    message: () => `${SYNTAX}there is more on this line than one value`,
    hint: () => 'put the whole value in quotes, or move the rest to a line of its own',
  },
  structure: {
    message: () => `${SYNTAX}this line does not fit the structure above it`,
    hint: () => 'check its indentation, and that the line above is "key: value" with a space after the colon',
  },
  unclosed: {
    message: (p) => `${SYNTAX}${openerLabel(p.opener)} opened on line ${p.line} is never closed`,
    hint: (p) => `add the closing ${CLOSER[p.opener]}`,
    about: (p) => p.opener,
  },
  continued: {
    message: (p) =>
      `${SYNTAX}this line continues ${p.bracket ? `the "${p.bracket.opener}" on line ${p.bracket.line}` : 'the quoted value'} but is indented less than its key`,
    hint: () => 'indent it further',
    about: () => undefined,
  },
  'no-colon': { message: (p) => `${SYNTAX}line ${p.line} ("${p.text}") is not "key: value"`, hint: () => COLON_FIX, about: (p) => p.text },
  'no-colon-above': { message: () => `${SYNTAX}a line above is not "key: value"`, hint: () => COLON_FIX },
  'missed-comma': { message: () => `${SYNTAX}a comma is missing`, hint: () => 'separate the items in [ ] or { } with ", "' },
  escape: {
    message: (p) =>
      p.hex
        ? `${SYNTAX}inside double quotes "\\x", "\\u" and "\\U" must be followed by hexadecimal digits`
        : `${SYNTAX}inside double quotes "\\" starts an escape`,
    hint: () => BACKSLASH,
  },
  'null-byte': { message: () => `${SYNTAX}null byte is not allowed`, hint: () => 'delete it (U+0000, invisible in most editors)' },
  control: {
    message: (p) => `${SYNTAX}the file contains a control character (U+${p.code.toString(16).toUpperCase().padStart(4, '0')})`,
    hint: () => 'delete it (it is invisible in most editors)',
  },
  depth: {
    message: (p) => `${SYNTAX}the data is nested more than ${p.max} levels deep`,
    hint: () => 'no data file needs that many levels, remove the extra nesting',
  },
  star: {
    message: () => `${SYNTAX}a value starting with "*" is read as an alias or anchor`,
    hint: (p) => `put the whole value in quotes: ${p.key !== undefined ? `${p.key}: ` : p.item ? '- ' : ''}${doubleQuoted(p.value)}`,
  },
  'unknown-tag': { message: (p) => `${SYNTAX}unknown tag ${p.tag}`, hint: () => 'remove the tag, plain values are enough' },
  tag: { message: (p) => `${SYNTAX}${p.reason}`, hint: () => 'remove the tag, plain values are enough' },
  parser: { message: (p) => `${SYNTAX}${p.reason}`, hint: () => 'correct the YAML at this line and column' },
  unreadable: { message: (p) => `the YAML could not be read: ${p.error}`, hint: () => '' },
};

/** The kinds of thing an id names, as `reference` problems say them. */
export const REFERENCE_KINDS = {
  person: { plural: 'people', where: '' },
  team: { plural: 'teams', where: '; teams are listed in teams.yaml' },
  area: { plural: 'areas', where: '; areas are listed in site.yaml' },
  rotation: { plural: 'rotations', where: '; a rotation is a file rotations/<id>.yaml' },
} as const;

export type ReferenceParams =
  | {
      /** An id that names nothing. */
      readonly problem: 'unknown';
      readonly kind: keyof typeof REFERENCE_KINDS;
      readonly value: string;
      /** Where, as `owners.primary`. */
      readonly path: string;
      /** The known id `didYouMean` finds close enough to be meant. */
      readonly closest?: string;
      /** The nearest known ids. */
      readonly known: KnownValues;
      /** The value reads as someone not added yet rather than a typo (a person only). */
      readonly looksNew?: boolean;
    }
  | {
      /** A pipeline without `rotation:` when there are several and its area gives none. */
      readonly problem: 'no-rotation';
      readonly rotations: readonly string[];
      /** The pipeline's area, when it is a known one. */
      readonly area?: string;
    };

/** The parts of a runbook an investor-facing pipeline needs, as `runbook` problems name them. */
export const RUNBOOK_PARTS = {
  upstream: 'at least one upstream team (who owns its inputs)',
  downstream: 'at least one critical downstream team',
  commonIssues: 'at least one common issue',
  sla: 'an sla with a delivery deadline and at least one target',
  'sla.delivery': 'an sla.delivery with a deadline',
  'sla.targets': 'at least one sla.targets entry',
} as const;

/** How the calendar problems' fixes say who could take a week. */
const canTake = (who: readonly string[], names: Names) => `${orList(who.map(names.personInFix))} can take it without a back-to-back week`;

export type ConsecutiveFix =
  /** An override causes it: change that override (the later week's, if both are). */
  | { readonly change: 'override'; readonly week: string; readonly free: readonly string[] }
  /** Add an override for one of the two weeks; `free` is not empty. */
  | { readonly change: 'add'; readonly week: string; readonly free: readonly string[] }
  /** Nobody in the line-up is free for either week. */
  | { readonly change: 'outside' };

export const RULES = {
  file: rule<FileParams>()({
    stage: 'files',
    what: 'the data directory holds `site.yaml`, `people.yaml`, optional `teams.yaml`, `rotations/` and `pipelines/` of readable YAML files, and nothing else',
    fix: 'create the missing file, or move, rename or delete the unexpected one',
    ...byCase(FILE_WORDS),
  }),
  'runbook-file': rule<{ readonly file: string; readonly yaml: string; readonly closest?: string }>()({
    stage: 'files',
    what: 'a long-form runbook `pipelines/<id>.md` has a `pipelines/<id>.yaml` beside it',
    fix: 'rename the `.md` after its pipeline, or add the pipeline',
    message: (p) => `${p.file} has no pipelines/${p.yaml} beside it: a long-form runbook belongs to a pipeline of the same name`,
    hint: (p) => `${p.closest ? `${didYouMeanText(p.closest)}rename it, ` : 'rename it after a pipeline, '}or add pipelines/${p.yaml}`,
    identity: ['file'],
  }),
  'file-name': rule<{ readonly dir: string; readonly name: string; readonly suggestion: string }>()({
    stage: 'files',
    what: 'a rotation or pipeline file is named `<id>.yaml` with a kebab-case id',
    fix: 'rename the file to the kebab-case id the message suggests',
    message: (p) => `file name "${p.name}" is not a kebab-case id`,
    hint: (p) => `rename the file to ${p.dir}/${p.suggestion || 'my-id'}.yaml`,
    identity: ['name'],
  }),
  'wrong-folder': rule<{
    readonly kind: 'pipeline' | 'rotation';
    /** The keys that tell, the first two. */
    readonly keys: readonly string[];
    /** The folder it is in and the one it belongs in: `rotations/`, `pipelines/`. */
    readonly from: string;
    readonly to: string;
    /** Where it goes, and whether a file is already there. */
    readonly target: string;
    readonly taken: boolean;
  }>()({
    stage: 'files',
    what: 'a file in `rotations/` is a rotation and a file in `pipelines/` is a pipeline (judged by their keys: `members`, `start` against `owners`, `area`)',
    fix: 'move the file to the folder of its kind; it is left out of the other checks until then',
    message: (p) => `this is a ${p.kind} (it has ${p.keys.join(', ')})`,
    hint: (p) => (p.taken ? `${p.target} already exists: delete this copy, or move it there under a new name` : `move it to ${p.to}`),
    identity: ['kind', 'from'],
  }),
  'yml-beside-yaml': rule<{ readonly yml: string; readonly yaml: string; readonly same: boolean }>()({
    stage: 'files',
    what: 'a rotation or pipeline has one file: not both `<id>.yml` and `<id>.yaml` (only the `.yaml` one is read)',
    fix: 'keep `<id>.yaml`: copy into it what the `.yml` has that it lacks, then delete the `.yml`',
    message: (p) => `${p.yml} and ${p.yaml} both exist${p.same ? ', with the same content' : ''}, and only the .yaml one is read`,
    hint: (p) => (p.same ? `delete ${p.yml}` : `move what ${p.yml} adds into ${p.yaml}, then delete ${p.yml}`),
    identity: ['yml', 'yaml'],
  }),
  subfolder: rule<{
    /** The subfolder, `pipelines/growth`, inside `folder`. */
    readonly dir: string;
    readonly folder: 'pipelines' | 'rotations';
    readonly empty: boolean;
    /** Its data files (none when it could not be read). */
    readonly files: readonly string[];
    /** Those of them whose name is already taken in `folder`. */
    readonly taken: readonly string[];
  }>()({
    stage: 'files',
    what: '`pipelines/` and `rotations/` are flat: files in a subfolder are not read',
    fix: "move the subfolder's files up into `pipelines/` or `rotations/` and delete it; a pipeline's area comes from its `area:` key",
    message: (p) => `${p.dir}/ is a folder, but ${p.folder}/ is flat: files in a subfolder are not read`,
    hint: (p) => {
      if (p.empty) return 'it is empty: delete it';
      const grouping = p.folder === 'pipelines' ? "; a pipeline's area comes from its area: key, not from a folder" : '';
      if (p.files.length === 0) return `move its data files into ${p.folder}/, then delete the folder${grouping}`;
      const moves = p.files.slice(0, NAMED_FILES).map((name) => `${p.dir}/${name} to ${p.folder}/${name}`);
      const more = p.files.length > NAMED_FILES ? `, and ${p.files.length - NAMED_FILES} more` : '';
      const taken = p.taken.map((name) => `${p.folder}/${name}`);
      const clash = taken.length ? ` (${taken.join(', ')} already ${taken.length === 1 ? 'exists' : 'exist'}: delete the subfolder's copy if it is the same, else rename it)` : '';
      return `move ${moves.join(', ')}${more}${clash}, then delete the folder${grouping}`;
    },
    identity: ['dir'],
  }),
  size: rule<{ readonly bytes: number; readonly limitBytes: number }>()({
    stage: 'files',
    what: 'a data file is at most 4 MB',
    fix: 'split the file or remove what does not belong in it',
    message: (p) => `the file is ${(p.bytes / 1024 / 1024).toFixed(1)} MB`,
    hint: (p) => `data files are limited to ${p.limitBytes / 1024 / 1024} MB, split it up`,
    identity: ['limitBytes'],
  }),
  encoding: rule<EncodingParams>()({ stage: 'yaml', what: 'a data file is UTF-8 text', fix: 'save the file as UTF-8', ...byCase(ENCODING_WORDS) }),
  yaml: rule<YamlParams>()({
    stage: 'yaml',
    what: 'the file is valid YAML: one document, no duplicate keys, no tabs in indentation, no aliases',
    fix: 'correct the YAML at the line and column given',
    ...byCase(YAML_WORDS),
  }),
  'unknown-key': rule<{ readonly key: string; readonly in?: string; readonly closest?: string; readonly known: readonly string[] }>()({
    stage: 'schema',
    what: 'every key is one the schema knows',
    fix: 'correct the spelling (the message suggests the closest key) or remove the key',
    message: (p) => `unknown key "${p.key}"${p.in ? ` in ${p.in}` : ''}`,
    hint: (p) => `${didYouMeanText(p.closest)}known keys: ${p.known.join(', ')}`,
    identity: ['key', 'in'],
  }),
  indentation: rule<
    /** Keys written as keys of `in` (absent: top-level) that belong under `under`, deeper. */
    | { readonly indent: 'more'; readonly keys: readonly string[]; readonly in?: string; readonly under: string; readonly by: number }
    /** Keys written under `under` that belong to `in` (absent: top-level), further out. */
    | { readonly indent: 'less'; readonly keys: readonly string[]; readonly under: string; readonly in?: string; readonly by: number }
  >()({
    stage: 'schema',
    what: 'each key is indented under the mapping it belongs to (a key the schema knows one level up or down, next to that mapping, is named as an indentation mistake)',
    fix: 'indent the key by the number of spaces the message gives',
    message: (p) => {
      const one = p.keys.length === 1;
      const keys = andList(p.keys);
      if (p.indent === 'more') {
        const where = p.in !== undefined ? `as ${one ? 'a key' : 'keys'} of ${p.in}` : `as ${one ? 'a top-level key' : 'top-level keys'}`;
        return `${keys} ${one ? 'is' : 'are'} indented ${where}, but ${one ? 'it belongs' : 'they belong'} under ${p.under}`;
      }
      return `${keys} ${one ? 'is' : 'are'} indented under ${p.under}, but ${one ? 'it is' : 'they are'} ${belongsIn(p.in, one)}`;
    },
    hint: (p) => {
      const one = p.keys.length === 1;
      return p.indent === 'more'
        ? `indent ${andList(p.keys)} by ${spaces(p.by)} to put ${one ? 'it' : 'them'} under ${p.under}`
        : `indent ${andList(p.keys)} ${spaces(p.by)} less, to make ${one ? 'it' : 'them'} ${belongsIn(p.in, one)}`;
    },
    identity: ['keys'],
  }),
  'missing-key': rule<{ readonly key: string; readonly in?: string; readonly expected: string }>()({
    stage: 'schema',
    what: 'every required key is present',
    fix: 'add the key with a value of the kind the message names',
    message: (p) => `missing required key "${p.key}"${p.in ? ` in ${p.in}` : ''}`,
    hint: (p) => `add it: ${p.expected}`,
    identity: ['key', 'in'],
  }),
  schema: rule<{
    readonly path: string;
    readonly code: string;
    /** The field's message: the expected form and the value found. */
    readonly expected: string;
    /** A display name where an id belongs (`engineer: Engineer B`): whose name it is, and the key to write the id under. */
    readonly nameOf?: { readonly value: string; readonly kind: 'person' | 'team' | 'rotation' | 'area'; readonly id: string; readonly key?: string };
  }>()({
    stage: 'schema',
    what: 'every value has the type, form and range its field requires (see the field tables)',
    fix: 'write the value in the form the message expects',
    // The field's own message (from its zod schema, with the value found) names the expected form, which is the fix.
    message: (p) => `${p.path}: ${p.expected}`,
    hint: ({ nameOf: n }) => (n ? `"${n.value}" is the name of ${n.kind} ${n.id}: write ${n.key !== undefined ? `${n.key}: ` : ''}${n.id}` : ''),
    identity: ['path', 'code'],
  }),
  'duplicate-id': rule<{ readonly kind: 'person' | 'team' | 'area'; readonly id: string; readonly firstLine: number }>()({
    stage: 'cross-file',
    what: 'person, team and area ids are unique',
    fix: 'give one of the two a different id',
    message: (p) => `duplicate ${p.kind} id "${p.id}"`,
    hint: (p) => `it is already used on line ${p.firstLine}, pick another id`,
    identity: ['kind', 'id'],
  }),
  reference: rule<ReferenceParams>()({
    stage: 'cross-file',
    what: "`owners`, `members`, override `engineer`s and `site.yaml` `maintainers` are people; `upstream` and `downstream` are teams; `area` is an area; a pipeline's or an area's `rotation` is a rotation file (and with several rotations, a pipeline has one: its own or its area's)",
    fix: 'use one of the known ids the message lists (it suggests the closest), or add the missing person, team, area or rotation',
    message: (p) => (p.problem === 'unknown' ? `unknown ${p.kind} "${p.value}" in ${p.path}` : `no rotation given and there are ${p.rotations.length} rotations`),
    hint: (p, names) => {
      if (p.problem === 'no-rotation') {
        return `add "rotation:" with one of ${p.rotations.join(', ')}, or give ${p.area !== undefined ? `area "${p.area}"` : 'its area'} a default rotation in site.yaml (areas: - {id, name, rotation})`;
      }
      const { plural, where } = REFERENCE_KINDS[p.kind];
      const show = p.kind === 'person' ? names.personInFix : undefined;
      const list = p.known.total ? `known ${plural}: ${knownText(p.known, show)}` : `there are no ${plural} yet`;
      const add = p.looksNew ? `; if "${p.value}" is a new person, add them to people.yaml first (- id: ${p.value}, with their name)` : '';
      return `${didYouMeanText(p.closest)}${list}${where}${add}`;
    },
    identity: (p) => (p.problem === 'unknown' ? [p.problem, p.kind, p.value, p.path] : [p.problem]),
  }),
  layers: rule<{ readonly problem: 'both' } | { readonly problem: 'twice'; readonly rotation: string; readonly first: number }>()({
    stage: 'cross-file',
    what: 'a pipeline or area names `rotation` or `rotations` (layers), not both, and lists each layer once',
    fix: 'keep one of the two keys; remove the repeated rotation',
    message: (p) =>
      p.problem === 'both' ? 'both rotation and rotations are given' : `rotation "${p.rotation}" is listed twice in rotations (also rotations[${p.first}])`,
    hint: (p) =>
      p.problem === 'both'
        ? 'keep rotations (layers, first match wins) and remove rotation, or keep rotation alone'
        : 'list each rotation once, in the order its hours take precedence',
    identity: (p) => (p.problem === 'both' ? [p.problem] : [p.problem, p.rotation]),
  }),
  owners: rule<{ readonly engineer: string }>()({
    stage: 'cross-file',
    what: '`owners.primary` and `owners.secondary` are different people',
    fix: 'name a different secondary owner',
    message: (p, names) => `${names.byId ? `"${p.engineer}"` : names.personInFix(p.engineer)} is both primary and secondary owner`,
    hint: () => 'name a different secondary owner',
  }),
  runbook: rule<{ readonly missing: keyof typeof RUNBOOK_PARTS }>()({
    stage: 'cross-file',
    what: 'an investor-facing pipeline has a full runbook: `upstream`, `downstream`, `commonIssues` and an `sla` with a `delivery` and `targets`',
    fix: 'add the missing part, or set `audience: experiments`',
    message: () => 'an investor-facing pipeline needs a full runbook',
    hint: (p) => `add ${RUNBOOK_PARTS[p.missing]}, or set audience: experiments`,
  }),
  'issue-anchor': rule<
    | { readonly clash: 'issue'; readonly anchor: string; readonly otherLine: number; readonly suggestion: string }
    | { readonly clash: 'page'; readonly anchor: string }
  >()({
    stage: 'cross-file',
    what: "each common issue's anchor (its `id`, or the slug of its `title`) is unique in the pipeline and not a section id of the runbook page",
    fix: 'give one of the issues an `id`',
    message: (p) =>
      p.clash === 'issue'
        ? `two common issues have the anchor "${p.anchor}" (the other is on line ${p.otherLine})`
        : `the anchor "${p.anchor}" is a section of the runbook page itself`,
    hint: (p) => (p.clash === 'issue' ? `give this one a different id, e.g. id: ${p.suggestion}` : `give the issue an id such as id: ${p.anchor}-issue`),
    identity: ['clash', 'anchor'],
  }),
  'markdown-link': rule<MarkdownLinkParams>()({
    stage: 'cross-file',
    what: 'every link in Markdown (`description`, `symptoms`, `checks`, `fix`, `pipelines/<id>.md`) is https, http, mailto, a `#fragment` or a site-relative path to a page that exists',
    fix: `write a full https:// address, or a path such as \`${paths.pipeline('<id>')}\` that the site builds`,
    ...byCase(MARKDOWN_LINK_WORDS, 'link'),
    // Which link, not the page it might have meant (that moves as pages come and go).
    identity: ['link', 'url'],
  }),
  'holiday-range': rule<{ readonly from: string; readonly to: string }>()({
    stage: 'cross-file',
    what: "a holiday's `to` is on or after its `from`",
    fix: 'swap or correct the dates',
    message: (p) => `holiday ends (${p.to}) before it starts (${p.from})`,
    hint: () => '"to" must be on or after "from"',
  }),
  'duplicate-member': rule<{ readonly path: string; readonly member: string; readonly first: number }>()({
    stage: 'cross-file',
    what: "a rotation's `members`, and each version's, are each listed once",
    fix: 'remove the repeated member',
    message: (p, names) => `${names.byId ? `"${p.member}"` : names.personInFix(p.member)} is listed twice in ${p.path} (also ${p.path}[${p.first}])`,
    hint: () => 'each person appears once in rotation order, remove one',
    identity: ['path', 'member'],
  }),
  week: rule<{ readonly week: string; readonly weeks: 52 | 53; readonly weekStartsOn: string; readonly firstWeekContains: number }>()({
    stage: 'cross-file',
    what: "an override's `week` and a version's `from` exist in the company calendar",
    fix: 'use a week between W01 and the last week of that year',
    message: (p) =>
      `week ${p.week} does not exist: ${p.week.slice(0, 4)} has ${p.weeks} weeks in the company calendar (weeks start on ${p.weekStartsOn}, week 1 contains ${p.firstWeekContains} January)`,
    hint: (p) => `use ${p.week.slice(0, 4)}-W01 to ${p.week.slice(0, 4)}-W${p.weeks}`,
    identity: ['week'],
  }),
  'version-order': rule<
    | { readonly after: 'start'; readonly index: number; readonly week: string; readonly startWeek: string }
    | { readonly after: 'previous'; readonly index: number; readonly week: string; readonly previous: string; readonly previousLine: number }
  >()({
    stage: 'cross-file',
    what: "each of a rotation's `versions` starts after the start week and after the version before it",
    fix: 'list versions oldest first, each from a later week; change `members` for the line-up from the start',
    message: (p) =>
      p.after === 'start'
        ? `versions[${p.index}].from ${p.week} is not after the start week ${p.startWeek}`
        : `versions[${p.index}].from ${p.week} is not after ${p.previous}, the version before it (line ${p.previousLine})`,
    hint: (p) =>
      p.after === 'start'
        ? 'the top-level members apply from the start, so give a later week, or change members instead'
        : 'list versions oldest first, each from a later week',
    identity: ['week'],
  }),
  'duplicate-override': rule<{ readonly week: string; readonly otherLine: number }>()({
    stage: 'cross-file',
    what: 'a rotation has at most one override per week',
    fix: 'keep one of the two overrides',
    message: (p) => `two overrides for ${p.week}`,
    hint: (p) => `the other one is on line ${p.otherLine}, keep one`,
    identity: ['week'],
  }),
  consecutive: rule<{ readonly engineer: string; readonly previousWeek: string; readonly week: string; readonly fix: ConsecutiveFix }>()({
    stage: 'calendar',
    what: 'nobody covers two weeks in a row unless an override next to it is `agreed: true`',
    fix: 'add or change an override (the message names who is free), or mark one of the weeks `agreed: true`',
    message: (p, names) => `${names.person(p.engineer)} covers ${p.previousWeek} and ${p.week} back to back`,
    hint: ({ fix }, names) => {
      if (fix.change === 'override') {
        const change = fix.free.length
          ? `change the override for ${fix.week} to ${orList(fix.free.map(names.personInFix))} (no back-to-back week for them)`
          : `no other member is free for ${fix.week} without a back-to-back week, so change the override for it to someone outside the rotation`;
        return `${change}, or mark it agreed: true`;
      }
      const add =
        fix.change === 'add'
          ? `add an override for ${fix.week} (${canTake(fix.free, names)})`
          : 'no other member is free for either week without a back-to-back week, so add an override naming someone outside the rotation';
      return `${add}, or mark one of the weeks agreed: true`;
    },
    identity: ['week', 'engineer'],
  }),
  uncovered: rule<{
    readonly engineer: string;
    readonly week: string;
    /** The holiday's dates and notes, as `describeAbsence` says them. */
    readonly absence: string;
    readonly alsoAway: readonly string[];
    readonly noWeek: readonly string[];
    /** How many weeks ahead a return week was looked for. */
    readonly searched: number;
    readonly free: readonly string[];
  }>()({
    stage: 'calendar',
    what: 'every holiday in an on-call week can be covered by a swap',
    fix: 'add an override for the week naming who covers it',
    message: (p, names) => {
      const away = p.alsoAway.map(names.person);
      const noWeek = p.noWeek.map(names.person);
      const why = [
        away.length ? `${andList(away)} ${away.length === 1 ? 'is' : 'are'} away too` : '',
        noWeek.length
          ? `${andList(noWeek)} ${noWeek.length === 1 ? 'has' : 'have'} no week in the next ${p.searched} that ${names.person(p.engineer)} could take in return without a holiday or a back-to-back week`
          : '',
      ].filter(Boolean);
      return `${names.person(p.engineer)} is on holiday during ${p.week} (${p.absence}) and nobody can swap: ${why.join('; ')}`;
    },
    hint: (p, names) => `add an override for ${p.week} ${p.free.length ? `(${canTake(p.free, names)})` : 'naming who covers it'}`,
    identity: ['week', 'engineer'],
  }),
  'review-overdue': rule<{ readonly reviewed: string; readonly ageDays: number; readonly due: string; readonly everyDays: number; readonly today: string }>()({
    stage: 'review',
    severity: 'warning',
    what: 'a runbook with `reviewed` was checked within `review.everyDays` (site.yaml, default 180) of today',
    fix: 'check the runbook with its owners, then set `reviewed` to today',
    message: (p) =>
      `review overdue: last reviewed on ${p.reviewed}, ${days(p.ageDays)} ago (due ${p.due}; reviews are due every ${days(p.everyDays)}, review.everyDays in site.yaml)`,
    hint: (p) => `check the runbook with its owners, then set reviewed: ${p.today}`,
    identity: [],
  }),
  'review-missing': rule<{ readonly today: string }>()({
    stage: 'review',
    severity: 'warning',
    what: 'an investor-facing runbook has a `reviewed` date',
    fix: 'check the runbook with its owners, then add `reviewed` with today',
    message: () => 'this investor-facing runbook has never been reviewed',
    hint: (p) => `check it with its owners, then add reviewed: ${p.today}`,
    identity: [],
  }),
  'owner-contact': rule<{ readonly primary: string; readonly secondary: string }>()({
    stage: 'review',
    severity: 'warning',
    what: 'an investor-facing pipeline has an owner with an `email` or `chat` in people.yaml',
    fix: 'add an email or chat to the primary or secondary owner',
    message: (p, names) =>
      `neither owner of this investor-facing pipeline (${names.personInFix(p.primary)}, ${names.personInFix(p.secondary)}) has a contact method`,
    hint: () => 'add an email or chat to one of them in people.yaml',
  }),
  'duplicate-name': rule<{ readonly name: string; readonly other: string }>()({
    stage: 'cross-file',
    severity: 'warning',
    what: 'no two pipelines have the same `name` (ignoring case and spacing); the site would show two identical rows',
    fix: 'give one of them another name, or delete the copy',
    message: (p) => `pipeline name "${p.name}" is also the name of ${p.other}`,
    hint: () => 'give one of the two another name, or delete one if it is a copy',
    // Names that differ only in case or spacing are the same problem.
    identity: (p) => p.name.trim().replace(/\s+/g, ' ').toLowerCase(),
  }),
  'on-holiday': rule<{ readonly engineer: string; readonly week: string; readonly absence: string; readonly free: readonly string[] }>()({
    stage: 'calendar',
    what: 'an override does not name someone who is on holiday that week',
    fix: 'give the week to someone free (the message names who)',
    message: (p, names) => `the override for ${p.week} assigns ${names.person(p.engineer)}, who is on holiday then (${p.absence})`,
    hint: (p, names) =>
      p.free.length
        ? `give the week to ${orList(p.free.map(names.personInFix))} (free that week, no back-to-back week)`
        : 'nobody else in the rotation is free that week without a back-to-back week, so ask someone outside it',
    identity: ['week', 'engineer'],
  }),
  'double-booked': rule<
    | {
        readonly engineer: string;
        readonly week: string;
        readonly rotations: readonly string[];
        /** Who is free to take the week in each rotation that has someone. */
        readonly options: readonly { readonly rotation: string; readonly free: readonly string[] }[];
      }
    | {
        /** Hours or covers make the clash part of a week: when it starts and ends, in the calendar's zone. */
        readonly overlap: { readonly from: string; readonly to: string; readonly zone: string };
        readonly engineer: string;
        readonly week: string;
        /** The rotation reported in first, then the others. */
        readonly rotations: readonly string[];
        /** The cover that causes it, as an index in `covers`. */
        readonly cover?: number;
      }
  >()({
    stage: 'calendar',
    what: 'nobody is on call in two rotations at the same moment (through weeks, hours or covers), unless the override or cover that causes it says `agreed: true`',
    fix: 'give one of the weeks to someone else with an override (the message names who is free), or the cover to someone else, or accept it with `agreed: true`',
    message: (p, names) =>
      'overlap' in p
        ? `${names.person(p.engineer)} is on call in ${p.rotations[0]} and ${andList(p.rotations.slice(1))} at the same time in ${p.week}, from ${p.overlap.from} to ${p.overlap.to} (${p.overlap.zone})`
        : `${names.person(p.engineer)} is on call in ${p.rotations.length} rotations in ${p.week}: ${p.rotations.join(', ')}`,
    hint: (p, names) => {
      if ('overlap' in p) {
        return p.cover !== undefined
          ? `give covers[${p.cover}] to someone free then, or accept it with agreed: true on the cover`
          : 'give the week to someone else with an override, or a cover for those hours, or accept it with agreed: true on the override or cover that causes it';
      }
      const fix = p.options.length
        ? `give one of the weeks to someone else with an override (${p.options.map((o) => `${orList(o.free.map(names.personInFix))} in ${o.rotation}`).join('; ')} can take it without a back-to-back week)`
        : `nobody else in ${orList(p.rotations)} is free that week, so give one of the weeks to someone outside them with an override`;
      return `${fix}, or accept it with an override for ${p.week} naming ${names.personInFix(p.engineer)} with agreed: true`;
    },
    identity: (p) => ['overlap' in p ? 'overlap' : 'week', p.week, p.engineer, 'overlap' in p ? p.cover : undefined],
  }),
  'cover-range': rule<{ readonly index: number; readonly from: string; readonly to: string; readonly equal: boolean }>()({
    stage: 'cross-file',
    what: "a cover's `to` is after its `from`",
    fix: 'correct the times; `to` is exclusive and a night ends on the next date',
    message: (p) => `covers[${p.index}] ${p.equal ? 'ends when it starts' : 'ends before it starts'}: from ${p.from} to ${p.to}`,
    hint: () => "make to later than from (to is exclusive: a night from 18:00 to 09:00 ends on the next day's date)",
    identity: ['from', 'to'],
  }),
  'cover-time': rule<
    | { readonly problem: 'gap'; readonly index: number; readonly key: 'from' | 'to'; readonly text: string; readonly zone: string; readonly gapFrom: string; readonly gapTo: string }
    | { readonly problem: 'repeat'; readonly index: number; readonly key: 'from' | 'to'; readonly text: string; readonly zone: string; readonly first: string; readonly second: string }
  >()({
    stage: 'cross-file',
    what: "a cover's local times exist in the rotation's zone, once: not in the hour the clocks skip, and with an explicit offset in the hour they repeat",
    fix: 'pick a time outside the skipped hour, or add the offset meant (`+02:00`, `+01:00`)',
    message: (p) =>
      p.problem === 'gap'
        ? `covers[${p.index}].${p.key} ${p.text} does not exist in ${p.zone}: the clocks go forward from ${p.gapFrom} to ${p.gapTo} that night`
        : `covers[${p.index}].${p.key} ${p.text} happens twice in ${p.zone}: the clocks go back that night, so it is first at ${p.first} and again at ${p.second}`,
    hint: (p) =>
      p.problem === 'gap'
        ? `give a time before ${p.gapFrom} or from ${p.gapTo} on`
        : `write the offset you mean: "${p.text}${p.first}" (the first time) or "${p.text}${p.second}" (the second)`,
    identity: ['problem', 'key', 'text'],
  }),
  'cover-overlap': rule<{
    readonly index: number;
    readonly from: string;
    readonly to: string;
    readonly engineer: string;
    readonly other: { readonly index: number; readonly from: string; readonly to: string; readonly engineer: string; readonly line: number };
  }>()({
    stage: 'cross-file',
    what: 'covers of one rotation do not overlap',
    fix: 'end one where the other starts, or merge them',
    message: (p, names) =>
      `covers[${p.index}] (${p.from} to ${p.to}, ${names.person(p.engineer)}) overlaps covers[${p.other.index}] (${p.other.from} to ${p.other.to}, ${names.person(p.other.engineer)}, line ${p.other.line})`,
    hint: () => 'end one cover where the other starts, or merge them into one',
    identity: (p) => [p.from, p.to, p.other.from, p.other.to],
  }),
  'window-overlap': rule<{
    readonly index: number;
    readonly window: string;
    readonly other: { readonly index: number; readonly window: string; readonly line: number };
    /** Where they first overlap: the day and the time. */
    readonly day: string;
    readonly at: string;
  }>()({
    stage: 'cross-file',
    what: "windows of one rotation's `hours` do not overlap",
    fix: 'let one window end where the next starts, or merge them',
    message: (p) =>
      `hours.windows[${p.index}] (${p.window}) overlaps hours.windows[${p.other.index}] (${p.other.window}, line ${p.other.line}) on ${p.day} from ${p.at}`,
    hint: () => 'let one window end where the other starts (to is exclusive), or merge them',
    identity: (p) => [p.window, p.other.window],
  }),
  'cover-on-holiday': rule<{ readonly index: number; readonly from: string; readonly to: string; readonly engineer: string; readonly absence: string; readonly free: readonly string[] }>()({
    stage: 'calendar',
    what: 'a cover does not name someone on holiday during it',
    fix: 'give the cover to someone free (the message names who)',
    message: (p, names) => `covers[${p.index}] (${p.from} to ${p.to}) names ${names.person(p.engineer)}, who is on holiday then (${p.absence})`,
    hint: (p, names) =>
      p.free.length ? `give the cover to ${orList(p.free.map(names.personInFix))} (not on holiday then)` : 'nobody else in the rotation is free then, so ask someone outside it',
    identity: ['from', 'to', 'engineer'],
  }),
  'cover-whole-week': rule<{ readonly index: number; readonly from: string; readonly to: string; readonly week: string; readonly engineer: string }>()({
    stage: 'calendar',
    severity: 'warning',
    what: 'a cover does not span a whole company week: that is what an override is for',
    fix: 'replace the cover with an override for the week (and a shorter cover for any rest)',
    message: (p) => `covers[${p.index}] (${p.from} to ${p.to}) spans all of ${p.week}`,
    hint: (p, names) => `write an override instead: {week: ${p.week}, engineer: ${names.personInFix(p.engineer)}, reason: …}, and a cover only for any time beyond that week`,
    identity: ['from', 'to', 'week'],
  }),
  'cover-outside-hours': rule<{ readonly index: number; readonly from: string; readonly to: string; readonly rotation: string }>()({
    stage: 'calendar',
    severity: 'warning',
    what: "a cover lies at least partly within the rotation's `hours`: outside them nobody is on call anyway",
    fix: 'move the cover into the hours, or remove it',
    message: (p) => `covers[${p.index}] (${p.from} to ${p.to}) lies wholly outside the rotation's hours, when nobody is on call in ${p.rotation} anyway`,
    hint: () => 'move the cover into the hours, or remove it',
    identity: ['from', 'to'],
  }),
  'coverage-gap': rule<{
    readonly pipeline: string;
    readonly rotations: readonly string[];
    /** The uncovered hours by weekday, as "mon–fri 17:00–24:00; sat–sun 00:00–24:00". */
    readonly hours: string;
    readonly zone: string;
    /** When the gap is in some weeks only (DST in one zone and not the other): how many, and the first. */
    readonly weeks?: { readonly count: number; readonly total: number; readonly first: string };
  }>()({
    stage: 'calendar',
    severity: 'warning',
    what: "a pipeline's rotations leave no hour of the week without someone on call (off with `calendar.coverageGaps: accept`)",
    fix: 'add a window or a layer that covers the hours named, or set `calendar.coverageGaps: accept` in site.yaml',
    message: (p) =>
      `nobody is on call for ${p.pipeline} ${p.hours} (${p.zone}) ${p.weeks ? `in ${p.weeks.count} of the ${p.weeks.total} weeks checked, first ${p.weeks.first}` : 'every week'}: the hours of ${andList(p.rotations)} leave it uncovered`,
    hint: () => 'add a window or a further layer that covers those hours, or set calendar.coverageGaps: accept in site.yaml if the gap is intended',
    identity: ['pipeline', 'hours'],
  }),
} as const;

/** A rule's stable id: `reference`, `consecutive`, … */
export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** The parameters a check passes for a rule: what its message and hint are made of. */
export type RuleParams<R extends RuleId> = Parameters<(typeof RULES)[R]['message']>[0];

/** The rules the on-call calendar checks; they have a week and an engineer as well as a file. */
export type CalendarRuleId = { [K in RuleId]: (typeof RULES)[K]['stage'] extends 'calendar' ? K : never }[RuleId];

/** The general description of a rule, for docs/rules.md. */
export const ruleInfo = (id: RuleId): Pick<RuleInfo, 'stage' | 'what' | 'fix' | 'severity'> => RULES[id];

/** A rule id with its parameters, the pair every problem carries. */
export type Finding = { [R in RuleId]: { readonly rule: R; readonly params: RuleParams<R> } }[RuleId];

// One signature for every entry, so a finding of any rule can be rendered without narrowing it first.
type Entry = {
  message(p: unknown, names: Names): string;
  hint(p: unknown, names: Names): string;
  identity?: readonly PropertyKey[] | ((p: unknown) => unknown);
};
const entry = (rule: RuleId) => RULES[rule] as unknown as Entry;

/**
 * What is wrong and how to fix it, in words, naming people as `names` does: by id for validate
 * (the default), by display name for the site, the change report and `oncall`.
 */
export function describe(f: Finding, names: Names = ID_NAMES): { what: string; fix: string; message: string } {
  const e = entry(f.rule);
  const once = names.fresh();
  const what = e.message(f.params, once);
  const fix = e.hint(f.params, once);
  return { what, fix, message: fix ? `${what}; ${fix}` : what };
}

/** Which problem a finding is, without wording, line numbers or advice: its rule and its identifying parameters. */
export function identity(f: Finding): string {
  const keys = entry(f.rule).identity;
  const params = f.params as Record<PropertyKey, unknown>;
  const picked = typeof keys === 'function' ? keys(params) : keys ? keys.map((k) => params[k]) : params;
  return `${f.rule}\0${JSON.stringify(picked)}`;
}
