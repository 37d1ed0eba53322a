import { compareData } from '../../../src/core/changes/compare.ts';
import type { ChangeReport } from '../../../src/core/changes/types.ts';
import { loadData } from '../../../src/core/load/load.ts';
import { TEAM_FIXTURE } from '../../helpers/data-dir.ts';
import { editableCopy, type EditableData } from './editable.ts';

/** Mon 23 Nov 2026 12:00 UTC, in 2026-W48: the 52-week horizon spans the 53-week year end. */
export const NOW = new Date(Date.UTC(2026, 10, 23, 12));

/** Two copies of the team fixture, removed when the test ends: edit either, then compare them. */
export const dataPair = (): { base: EditableData; head: EditableData } => ({ base: editableCopy(TEAM_FIXTURE), head: editableCopy(TEAM_FIXTURE) });

/**
 * What `changes --base REF` computes once git has produced the base: the two directories loaded and
 * compared, without git. `base` undefined is a ref without a data directory.
 */
export function compareDirs(base: EditableData | undefined, head: EditableData, now = NOW, ref = 'main'): ChangeReport {
  return compareData({ ref, base: base === undefined ? undefined : loadData(base.dir), head: loadData(head.dir), now });
}
