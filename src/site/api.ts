import type { Model, Pipeline } from '../core/model.ts';
import { withBase } from './paths.ts';
import { paths } from '../routes/routes.ts';

/**
 * One pipeline in /api/pipelines.json: every validated field, in a fixed key order, and its page's url.
 * `satisfies` makes a new schema field fail to compile until it is added here.
 */
export function pipelineJson(p: Pipeline, site?: URL) {
  const page = withBase(paths.pipeline(p.id));
  // Absolute when the site's URL is known (RUNBOOKS_SITE_URL, --site), so an alert's runbook_url can be copied as is.
  const full = (path: string) => (site ? new URL(path, site).href : path);
  return {
    id: p.id,
    name: p.name,
    summary: p.summary ?? null,
    description: p.description ?? null,
    area: p.area,
    audience: p.audience,
    owners: { primary: p.owners.primary, secondary: p.owners.secondary },
    rotation: p.rotation ?? null,
    rotations: p.rotations,
    links: p.links,
    reviewed: p.reviewed ?? null,
    upstream: p.upstream,
    downstream: p.downstream,
    commonIssues: p.commonIssues.map((issue) => ({ ...issue, url: full(`${page}#${issue.id}`) })),
    sla: p.sla ?? null,
    runbook: p.runbook ? { file: p.runbook.file, url: full(`${page}#runbook`) } : null,
    url: full(page),
    file: p.file,
  } satisfies Record<keyof Pipeline | 'url', unknown>;
}

export const pipelinesJson = (model: Model, site?: URL) =>
  `${JSON.stringify({ pipelines: model.pipelines.map((p) => pipelineJson(p, site)) }, null, 2)}\n`;
