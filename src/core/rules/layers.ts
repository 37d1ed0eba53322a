import { indicesAt, rawAt, textAt, type FileView } from '../load/view.ts';
import type { Path } from '../yaml/positions.ts';
import { unknownReference, type RuleContext } from './context.ts';

/**
 * `rotation` or `rotations` (layers) at `at` in a pipeline or a site.yaml area: each names a rotation file,
 * a layer is listed once, and not both keys are given. Returns whether either key is there.
 */
export function layerRefs(ctx: RuleContext, view: FileView, at: Path): boolean {
  const known = (path: Path) => {
    const rotation = textAt(view, path);
    if (rotation !== undefined && !ctx.rotationSet.has(rotation)) {
      ctx.report(view.file, path, 'reference', unknownReference('rotation', rotation, ctx.rotationIds, path));
    }
    return rotation;
  };
  const single = rawAt(view, [...at, 'rotation']) !== undefined;
  const layered = rawAt(view, [...at, 'rotations']) !== undefined;
  if (single) known([...at, 'rotation']);
  const seen = new Map<string, number>();
  for (const i of indicesAt(view, [...at, 'rotations'])) {
    const rotation = known([...at, 'rotations', i]);
    if (rotation === undefined) continue;
    const first = seen.get(rotation);
    if (first === undefined) seen.set(rotation, i);
    else {
      ctx.report(view.file, [...at, 'rotations', i], 'layers', { problem: 'twice', rotation, first });
    }
  }
  if (single && layered) {
    ctx.report(view.file, [...at, 'rotations'], 'layers', { problem: 'both' }, 'key');
  }
  return single || layered;
}
