import { layerRefs } from './layers.ts';
import { indicesAt, lengthAt, rawAt, textAt, type FileView } from '../file-view.ts';
import type { Path } from '../yaml/positions.ts';
import type { RUNBOOK_PARTS } from './catalogue.ts';
import { unknownReference, type RuleContext } from './context.ts';
import { issueAnchorRules, markdownFieldRules } from './markdown.ts';

/** An investor-facing pipeline needs every part of the runbook; reported where the part is, or at `audience` when it is absent. */
function runbookCompleteness(ctx: RuleContext, view: FileView<'pipeline'>) {
  const missing: [Path, keyof typeof RUNBOOK_PARTS][] = [];
  // A key that is present but not a list is a schema error already; only absent or empty lists count here.
  const absentOrEmpty = (key: 'upstream' | 'downstream' | 'commonIssues') => {
    const length = lengthAt(view, [key]);
    if (length === 0) missing.push([rawAt(view, [key]) === undefined ? ['audience'] : [key], key]);
  };
  absentOrEmpty('upstream');
  absentOrEmpty('downstream');
  absentOrEmpty('commonIssues');
  const sla = rawAt(view, ['sla']);
  if (sla === undefined || sla === null) {
    missing.push([['audience'], 'sla']);
  } else if (typeof sla === 'object' && !Array.isArray(sla)) {
    if (rawAt(view, ['sla', 'delivery']) === undefined) missing.push([['sla'], 'sla.delivery']);
    if (lengthAt(view, ['sla', 'targets']) === 0) missing.push([['sla'], 'sla.targets']);
  }
  for (const [path, part] of missing) ctx.report(view.file, path, 'runbook', { missing: part }, 'key');
}

/** A pipeline's references resolve, its two owners differ, and investor-facing ones carry a full runbook. */
export function pipelineRules(ctx: RuleContext, view: FileView<'pipeline'>): void {
  const { file } = view;
  const area = textAt(view, ['area']);
  if (area !== undefined && ctx.areas.complete && !ctx.areas.ids.has(area)) {
    const known = ctx.areas.items.map((item) => item.id);
    ctx.report(file, ['area'], 'reference', unknownReference('area', area, known, ['area']));
  }

  const primary = ctx.personRef(view, ['owners', 'primary']);
  const secondary = ctx.personRef(view, ['owners', 'secondary']);
  if (primary !== undefined && primary === secondary) {
    ctx.report(file, ['owners', 'secondary'], 'owners', { engineer: secondary });
  }
  for (const i of indicesAt(view, ['upstream'])) ctx.teamRef(view, ['upstream', i]);
  for (const i of indicesAt(view, ['downstream'])) ctx.teamRef(view, ['downstream', i]);

  const rotations = ctx.rotationIds;
  if (layerRefs(ctx, view, [])) {
    // Named, and checked above.
  } else if (rotations.length > 1 && !(area !== undefined && ctx.areaRotations.has(area))) {
    const known = area !== undefined && ctx.areas.ids.has(area);
    ctx.report(file, [], 'reference', { problem: 'no-rotation', rotations, ...(known ? { area } : {}) });
  }

  if (textAt(view, ['audience']) === 'investors') runbookCompleteness(ctx, view);
  issueAnchorRules(ctx, view);
  markdownFieldRules(ctx, view, ctx.pages);
}
