import { compareData } from '../../../src/core/changes/compare.ts';
import { dataAtRef } from '../../../src/core/changes/git.ts';
import type { ChangeReport } from '../../../src/core/changes/types.ts';
import { loadData } from '../../../src/core/load/load.ts';
import type { TestRepo } from './git-repo.ts';

/** Mon 23 Nov 2026 12:00 UTC, in 2026-W48: the 52-week horizon spans the 53-week year end. */
export const NOW = new Date(Date.UTC(2026, 10, 23, 12));

/** What `changes --base REF` computes: the data at REF against the repository's working tree. */
export function compareWithRef(repo: TestRepo, ref = 'HEAD', now = NOW): ChangeReport {
  const at = dataAtRef(ref, repo.data);
  try {
    return compareData({ ref, base: at.dir === undefined ? undefined : loadData(at.dir), head: loadData(repo.data), now });
  } finally {
    at.cleanup();
  }
}
