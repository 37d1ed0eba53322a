import type { Problem } from '../problem.ts';
import { FILE_SCHEMAS } from '../schemas/index.ts';
import type { Path } from '../yaml/positions.ts';
import { parseYaml, type ParseResult, type SourceFile } from '../yaml/source.ts';
import type { DataFile } from './files.ts';
import type { IdHint } from './id-hints.ts';
import { schemaProblems } from './issues.ts';
import { readDataFile } from './read.ts';

/** One file read, parsed and checked against its schema; cross-file rules come later. */
export interface CheckedFile {
  /** Present when the YAML parsed, so that later rules can locate paths in it. */
  readonly source?: SourceFile;
  /** The schema's output, present when the file passed its schema. */
  readonly value?: unknown;
  readonly problems: readonly Problem[];
  /** The data paths at which the schema reported an issue, for the cross-file rules' view of the file. */
  readonly rejected?: readonly Path[];
}

/** A file that cannot be read (a directory named site.yaml, a FIFO, a broken link) is a problem, not a crash. */
function readAndParse(dataDir: string, file: string): ParseResult {
  const read = readDataFile(dataDir, file);
  return 'problem' in read ? { ok: false, problem: read.problem } : parseYaml(file, read.bytes);
}

/** Reads and parses a data file, before its schema: load.ts reads every file's names before checking any. */
export const parseFile = readAndParse;

/** Checks a parsed file against its schema; `hint` suggests an id for a display name written where an id belongs. */
export function checkParsed(parsed: ParseResult, entry: DataFile, hint?: IdHint): CheckedFile {
  if (!parsed.ok) return { problems: [parsed.problem] };
  const schema = FILE_SCHEMAS[entry.kind];
  const result = schema.safeParse(parsed.source.value, { reportInput: true });
  return result.success
    ? { source: parsed.source, value: result.data, problems: [] }
    : {
        source: parsed.source,
        problems: schemaProblems(parsed.source, schema, result.error.issues, hint),
        rejected: result.error.issues.map((issue) => issue.path as Path),
      };
}

export const checkFile = (dataDir: string, entry: DataFile, hint?: IdHint): CheckedFile => checkParsed(readAndParse(dataDir, entry.file), entry, hint);
