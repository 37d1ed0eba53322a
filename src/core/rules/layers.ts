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
      ctx.report(view.file, path, 'reference', unknownReference('rotation', 'rotations', rotation, ctx.rotationIds, path, '; a rotation is a file rotations/<id>.yaml'));
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
      ctx.report(view.file, [...at, 'rotations', i], 'layers', {
        what: `rotation "${rotation}" is listed twice in rotations (also rotations[${first}])`,
        fix: 'list each rotation once, in the order its hours take precedence',
        subject: `${rotation} twice`,
      });
    }
  }
  if (single && layered) {
    ctx.report(view.file, [...at, 'rotations'], 'layers', {
      what: 'both rotation and rotations are given',
      fix: 'keep rotations (layers, first match wins) and remove rotation, or keep rotation alone',
      subject: 'rotation and rotations',
    }, 'key');
  }
  return single || layered;
}
