import { join } from 'node:path';
import { loadData } from '../core/load/load.ts';
import type { Model } from '../core/model.ts';
import { didYouMean } from '../core/suggest.ts';
import { UsageError } from './args.ts';
import { formatProblems } from '../core/format-problems.ts';

/**
 * The validated model for a command that presents it (oncall, codeowners, export, notify), through
 * the same loader as validate. When the data has problems, prints the validator's messages to
 * stderr and returns undefined: the command then exits 1.
 */
export function loadModelOrReport(dataDir: string): Model | undefined {
  const { model, problems, fileCount } = loadData(dataDir);
  if (!model) process.stderr.write(formatProblems(problems, dataDir, 'text', fileCount));
  return model;
}

/** `--rotation ID` checked against the data: an unknown id is a usage error that suggests the closest. */
export function checkRotationFlag(model: Model, rotation: string | undefined): void {
  if (rotation === undefined || model.byId.rotations.has(rotation)) return;
  const known = [...model.byId.rotations.keys()];
  const hint = didYouMean(rotation, known);
  // Punctuated as the validator's own hints are: 'did you mean "x"? known rotations: …'.
  throw new UsageError(`unknown rotation "${rotation}"; ${hint ? `${hint} ` : ''}known rotations: ${known.join(', ') || '(none)'}`);
}

/** `DIR/people.yaml:LINE:COL` of a person's entry, for an error about that person. */
export function personLine(model: Model, dataDir: string, id: string): string {
  const index = model.people.findIndex((p) => p.id === id);
  const { line, column } = model.locate('people.yaml', ['people', index]);
  return `${join(dataDir, 'people.yaml')}:${line}:${column}`;
}
