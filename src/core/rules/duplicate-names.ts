import { textAt, type FileView } from '../file-view.ts';
import { problem, type Problem } from '../problem.ts';
import type { Locate } from './context.ts';

/** Names that differ only in case or spacing read the same in a table. */
const normal = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Two pipelines with one `name` (a copied file whose name was not changed) are two identical rows
 * on the site and in search. A warning, not an error: both files are valid, and the fix is a
 * choice of words. Reported once per extra file (in file order), naming the first: which of two is
 * the copy is not something the data says.
 */
export function duplicatePipelineNames(views: readonly FileView[], locate: Locate): Problem[] {
  const first = new Map<string, FileView>();
  const warnings: Problem[] = [];
  for (const view of views) {
    if (view.kind !== 'pipeline' || view.value === undefined) continue;
    const name = textAt(view, ['name']);
    if (name === undefined) continue;
    const key = normal(name);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, view);
      continue;
    }
    warnings.push(
      problem({ file: view.file, ...locate(view.file, ['name']) }, 'duplicate-name', { name, other: earlier.file }),
    );
  }
  return warnings;
}
