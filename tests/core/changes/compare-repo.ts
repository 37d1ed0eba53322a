import { compareData } from '../../../src/core/changes/compare.ts';
import { dataAtRef } from '../../../src/core/changes/git.ts';
import type { ChangeReport } from '../../../src/core/changes/types.ts';
import { loadData } from '../../../src/core/load/load.ts';
import { NOW } from './data-pair.ts';
import type { TestRepo } from './git-repo.ts';


/** What `changes --base REF` computes: the data at REF against the repository's working tree. */
export function compareWithRef(repo: TestRepo, ref = 'HEAD', now = NOW): ChangeReport {
  const at = dataAtRef(ref, repo.data);
  try {
    return compareData({ ref, base: at.dir === undefined ? undefined : loadData(at.dir), head: loadData(repo.data), now });
  } finally {
    at.cleanup();
  }
}
