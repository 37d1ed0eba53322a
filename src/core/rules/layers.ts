import { indicesAt, rawAt, textAt, type FileInput, type FileView } from '../file-view.ts';
import type { Path } from '../yaml/positions.ts';

/** The two keys name layers alike in a pipeline and in a site.yaml area: renaming either in one schema fails here. */
type LayerKey = 'rotation' | 'rotations';
type AreaInput = NonNullable<FileInput<'site'>['areas']>[number];
type Both<K extends string> = K extends keyof FileInput<'pipeline'> & keyof AreaInput ? K : never;
const ROTATION: Both<'rotation'> = 'rotation';
const ROTATIONS: Both<'rotations'> = 'rotations';
import { unknownReference, type RuleContext } from './context.ts';

/**
 * `rotation` or `rotations` (layers) at `at` in a pipeline or a site.yaml area: each names a rotation file,
 * a layer is listed once, and not both keys are given. Returns whether either key is there.
 */
export function layerRefs(ctx: RuleContext, view: FileView<'pipeline'>, at: readonly []): boolean;
export function layerRefs(ctx: RuleContext, view: FileView<'site'>, at: readonly ['areas', number]): boolean;
export function layerRefs(ctx: RuleContext, view: FileView<'pipeline'> | FileView<'site'>, at: Path): boolean {
  // Both overloads' paths end in a LayerKey (checked above), so the untyped view reads only those keys.
  const loose = view as FileView;
  const path = (...rest: [LayerKey, ...number[]]) => [...at, ...rest] as never;
  const known = (p: Path) => {
    const rotation = textAt(loose, p as never);
    if (rotation !== undefined && !ctx.rotationSet.has(rotation)) {
      ctx.report(view.file, p, 'reference', unknownReference('rotation', rotation, ctx.rotationIds, p));
    }
    return rotation;
  };
  const single = rawAt(loose, path(ROTATION)) !== undefined;
  const layered = rawAt(loose, path(ROTATIONS)) !== undefined;
  if (single) known(path(ROTATION));
  const seen = new Map<string, number>();
  for (const i of indicesAt(loose, path(ROTATIONS))) {
    const rotation = known(path(ROTATIONS, i));
    if (rotation === undefined) continue;
    const first = seen.get(rotation);
    if (first === undefined) seen.set(rotation, i);
    else {
      ctx.report(view.file, path(ROTATIONS, i), 'layers', { problem: 'twice', rotation, first });
    }
  }
  if (single && layered) {
    ctx.report(view.file, path(ROTATIONS), 'layers', { problem: 'both' }, 'key');
  }
  return single || layered;
}
