import { layerRefs } from './layers.ts';
import { indicesAt, lengthAt, rawAt, textAt, type FileView } from '../load/view.ts';
import type { Path } from '../yaml/positions.ts';
import { unknownReference, type RuleContext } from './context.ts';
import { issueAnchorRules, markdownFieldRules } from './markdown.ts';

/** An investor-facing pipeline needs every part of the runbook; reported where the part is, or at `audience` when it is absent. */
function runbookCompleteness(ctx: RuleContext, view: FileView) {
  const missing: [Path, string][] = [];
  // A key that is present but not a list is a schema error already; only absent or empty lists count here.
  const absentOrEmpty = (key: string, what: string) => {
    const length = lengthAt(view, [key]);
    if (length === 0) missing.push([rawAt(view, [key]) === undefined ? ['audience'] : [key], what]);
  };
  absentOrEmpty('upstream', 'at least one upstream team (who owns its inputs)');
  absentOrEmpty('downstream', 'at least one critical downstream team');
  absentOrEmpty('commonIssues', 'at least one common issue');
  const sla = rawAt(view, ['sla']);
  if (sla === undefined || sla === null) {
    missing.push([['audience'], 'an sla with a delivery deadline and at least one target']);
  } else if (typeof sla === 'object' && !Array.isArray(sla)) {
    if (rawAt(view, ['sla', 'delivery']) === undefined) missing.push([['sla'], 'an sla.delivery with a deadline']);
    if (lengthAt(view, ['sla', 'targets']) === 0) missing.push([['sla'], 'at least one sla.targets entry']);
  }
  for (const [path, what] of missing) {
    ctx.report(
      view.file,
      path,
      'runbook',
      { what: 'an investor-facing pipeline needs a full runbook', fix: `add ${what}, or set audience: experiments`, subject: what },
      'key',
    );
  }
}

/** A pipeline's references resolve, its two owners differ, and investor-facing ones carry a full runbook. */
export function pipelineRules(ctx: RuleContext, view: FileView): void {
  const { file } = view;
  const area = textAt(view, ['area']);
  if (area !== undefined && ctx.areas.complete && !ctx.areas.ids.has(area)) {
    const known = ctx.areas.items.map((item) => item.id);
    ctx.report(file, ['area'], 'reference', unknownReference('area', 'areas', area, known, ['area'], '; areas are listed in site.yaml'));
  }

  const primary = ctx.personRef(view, ['owners', 'primary']);
  const secondary = ctx.personRef(view, ['owners', 'secondary']);
  if (primary !== undefined && primary === secondary) {
    ctx.report(file, ['owners', 'secondary'], 'owners', { what: `"${secondary}" is both primary and secondary owner`, fix: 'name a different secondary owner' });
  }
  for (const i of indicesAt(view, ['upstream'])) ctx.teamRef(view, ['upstream', i]);
  for (const i of indicesAt(view, ['downstream'])) ctx.teamRef(view, ['downstream', i]);

  const rotations = ctx.rotationIds;
  if (layerRefs(ctx, view, [])) {
    // Named, and checked above.
  } else if (rotations.length > 1 && !(area !== undefined && ctx.areaRotations.has(area))) {
    const inArea = area !== undefined && ctx.areas.ids.has(area) ? `area "${area}"` : 'its area';
    ctx.report(file, [], 'reference', {
      what: `no rotation given and there are ${rotations.length} rotations`,
      fix: `add "rotation:" with one of ${rotations.join(', ')}, or give ${inArea} a default rotation in site.yaml (areas: - {id, name, rotation})`,
      subject: 'no rotation given',
    });
  }

  if (textAt(view, ['audience']) === 'investors') runbookCompleteness(ctx, view);
  issueAnchorRules(ctx, view);
  markdownFieldRules(ctx, view, ctx.pages);
}
