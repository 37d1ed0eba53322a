import type { Model, Pipeline } from '../core/model.ts';
import { withBase } from './paths.ts';

/**
 * One pipeline in /api/pipelines.json: every validated field, in a fixed key order, and its page's url.
 * `satisfies` makes a new schema field fail to compile until it is added here.
 */
export function pipelineJson(p: Pipeline) {
  return {
    id: p.id,
    name: p.name,
    area: p.area,
    audience: p.audience,
    owners: { primary: p.owners.primary, secondary: p.owners.secondary },
    rotation: p.rotation ?? null,
    upstream: p.upstream,
    downstream: p.downstream,
    commonIssues: p.commonIssues,
    sla: p.sla ?? null,
    url: withBase(`/pipelines/${p.id}/`),
    file: p.file,
  } satisfies Record<keyof Pipeline | 'url', unknown>;
}

export const pipelinesJson = (model: Model) => `${JSON.stringify({ pipelines: model.pipelines.map(pipelineJson) }, null, 2)}\n`;
