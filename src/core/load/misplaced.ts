import { problem, type Problem } from '../problem.ts';
import { FILE_SCHEMAS } from '../schemas/index.ts';
import type { SourceFile } from '../yaml/source.ts';
import type { DataFile } from './files.ts';

type FolderKind = 'rotation' | 'pipeline';

const FOLDER: Record<FolderKind, string> = { rotation: 'rotations/', pipeline: 'pipelines/' };

/** The keys that tell one kind from the other, most telling first: the first two are named in the message. */
const TELLING: Record<FolderKind, readonly string[]> = {
  pipeline: ['owners', 'area', 'audience', 'sla', 'commonIssues', 'upstream', 'downstream', 'reviewed', 'links', 'description', 'rotation'],
  rotation: ['members', 'start', 'assignment', 'handoff', 'versions', 'overrides'],
};

// Built once, not per file: this runs for every pipeline and rotation file.
const SHAPE_KEYS: Record<FolderKind, ReadonlySet<string>> = {
  rotation: new Set(Object.keys(FILE_SCHEMAS.rotation.shape)),
  pipeline: new Set(Object.keys(FILE_SCHEMAS.pipeline.shape)),
};

/** A file in the other kind's folder: what it is, the keys that show it, and where it belongs. */
export interface Misplaced {
  readonly kind: FolderKind;
  readonly keys: readonly string[];
  readonly folder: string;
}

/**
 * Whether a file in `rotations/` reads as a pipeline, or one in `pipelines/` as a rotation: none of
 * the keys only its own kind has, and at least two that only the other kind has. Two, because a
 * rotation with one stray `area:` is a rotation with a mistake, while a copied pipeline has owners,
 * area and audience.
 */
export function misplacedKind(folderKind: string, value: unknown): Misplaced | undefined {
  if (folderKind !== 'rotation' && folderKind !== 'pipeline') return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const other: FolderKind = folderKind === 'rotation' ? 'pipeline' : 'rotation';
  const own = SHAPE_KEYS[folderKind];
  const theirs = SHAPE_KEYS[other];
  const present = Object.keys(value);
  if (present.some((key) => own.has(key) && !theirs.has(key))) return undefined;
  const telling = TELLING[other].filter((key) => present.includes(key) && theirs.has(key) && !own.has(key));
  return telling.length >= 2 ? { kind: other, keys: telling, folder: FOLDER[other] } : undefined;
}

/** The one problem of a misplaced file, at its first key; the fix says where it goes, or that a file of that name is already there. */
export function wrongFolder(source: SourceFile, entry: DataFile, misplaced: Misplaced, listed: ReadonlySet<string>): Problem {
  const target = `${misplaced.folder}${entry.file.slice(entry.file.indexOf('/') + 1)}`;
  const { line, column } = source.locate([]);
  return problem({ file: entry.file, line, column }, 'wrong-folder', {
    kind: misplaced.kind,
    keys: misplaced.keys.slice(0, 2),
    from: entry.file.slice(0, entry.file.indexOf('/') + 1),
    to: misplaced.folder,
    target,
    taken: listed.has(target),
  });
}
