// The bad-input corpus: each case is the valid base directory plus the files it changes.
// Committed cases live in tests/fixtures/bad/<name>/ next to an expected.txt; cases whose
// files are large or binary are built in generated.ts at test time.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseExpectation, type Expectation } from './expectation.ts';
import { generatedCases } from './generated.ts';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const BAD_DIR = join(ROOT, 'tests/fixtures/bad');
export const BASE_DIR = join(BAD_DIR, '_base');

export interface CorpusCase {
  readonly name: string;
  /** Files written over the base, by path inside the data directory. */
  readonly files: Readonly<Record<string, string | Uint8Array>>;
  /** Base files (or directories) removed first. */
  readonly remove: readonly string[];
  /** Every problem the validator prints, in its order; empty for a case that must be accepted. */
  readonly expected: readonly Expectation[];
  /** Wall-clock budget for one validate run, start-up included. */
  readonly limitMs: number;
  /** Builds what cannot be a plain file (a directory named x.yaml, a FIFO); runs after the files are written. */
  readonly prepare?: (dir: string) => void;
}

export const DEFAULT_LIMIT_MS = 5_000;

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/**
 * expected.txt: `#` comments, `@remove PATH` to delete a base file, then one expectation per line.
 * Every other file in the case directory overlays the base.
 */
function committedCase(name: string): CorpusCase {
  const dir = join(BAD_DIR, name);
  const remove: string[] = [];
  const expected: Expectation[] = [];
  for (const raw of readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('@remove ')) remove.push(line.slice('@remove '.length).trim());
    else expected.push(parseExpectation(line));
  }
  const files: Record<string, Uint8Array> = {};
  for (const file of listFiles(dir)) if (file !== 'expected.txt') files[file] = readFileSync(join(dir, file));
  return { name, files, remove, expected, limitMs: DEFAULT_LIMIT_MS };
}

export function committedCases(): CorpusCase[] {
  return readdirSync(BAD_DIR)
    .filter((name) => !name.startsWith('_') && statSync(join(BAD_DIR, name)).isDirectory())
    .sort()
    .map(committedCase);
}

export function allCases(): CorpusCase[] {
  return [...committedCases(), ...generatedCases(readBase)];
}

/** The case's family: the first word of its name (yaml, unknown, week, generated, ...). */
const family = (c: CorpusCase) => c.name.split('-')[0]!;

/**
 * The cases the whole-process tests run (the core runs every case in process): the first case of
 * each family, plus the named ones.
 */
export function sampleCases(cases: readonly CorpusCase[], named: readonly string[]): CorpusCase[] {
  const missing = named.filter((name) => !cases.some((c) => c.name === name));
  if (missing.length) throw new Error(`no corpus case named ${missing.join(', ')}`);
  return cases.filter((c, i) => named.includes(c.name) || cases.findIndex((d) => family(d) === family(c)) === i);
}

/** The base directory's text files, for generated cases that rewrite one of them. */
export function readBase(file: string): string {
  return readFileSync(join(BASE_DIR, file), 'utf8');
}

/** A fresh scratch directory; the caller removes it. */
export function scratchDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `runbooks-${label}-`));
}

/** Writes base + case into `dir` (which must not exist yet) and returns it. */
export function materialize(c: CorpusCase, dir: string): string {
  if (existsSync(dir)) throw new Error(`${dir} already exists`);
  cpSync(BASE_DIR, dir, { recursive: true });
  for (const path of c.remove) rmSync(join(dir, path), { recursive: true, force: true });
  for (const [path, content] of Object.entries(c.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  c.prepare?.(dir);
  return dir;
}
