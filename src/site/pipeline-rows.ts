import { escapeHTML } from 'astro/runtime/server/index.js';
import type { Model, Pipeline } from '../core/model.ts';
import { withBase } from './paths.ts';
import { personName } from './words.ts';
import { paths } from '../routes/routes.ts';

const link = (href: string, text: string) => `<a href="${escapeHTML(withBase(href))}">${escapeHTML(text)}</a>`;

/** A pipeline's rotation, or with layers each of them in order ("Business hours, then After hours"). */
function rotationCell(p: Pipeline, rotations: Model['byId']['rotations']): string {
  const one = (id: string) => link(paths.rotation(id), rotations.get(id)?.name ?? id);
  if (p.rotations.length > 1) return p.rotations.map(one).join(', then ');
  return p.rotation ? one(p.rotation) : '<span class="muted">none</span>';
}

/**
 * The body rows of a pipeline table (PipelineTable.astro), as HTML: the pipeline, its area when the
 * list mixes areas, its audience, its two owners and its rotation (or layers).
 *
 * Why a string and not Astro markup: rows are the site's most repeated markup, about 100,000 at 10,000
 * pipelines (numbered lists of 50, previews of 20 on every person's and team's page). Astro renders
 * markup expression by expression; one escaped string per row (with Astro's own escaper) is measurably
 * faster for those list pages (docs/performance.md has the figures). The HTML is the markup's byte for byte on every site built so far; Astro
 * writes `&` and `"` in attributes as `&#38;` and `&#34;` where this writes `&amp;` and `&quot;`, which
 * browsers read the same (ids are kebab-case; only a `--base` with those characters would show it).
 */
export function pipelineRows(items: readonly Pipeline[], model: Model, showArea: boolean): string {
  const { areas, rotations } = model.byId;
  return items
    .map((p) => {
      const cells = [
        `<th scope="row">${link(paths.pipeline(p.id), p.name)}</th>`,
        showArea ? `<td>${escapeHTML(areas.get(p.area)?.name ?? p.area)}</td>` : '',
        `<td><span class="badge ${escapeHTML(p.audience)}">${p.audience === 'investors' ? 'Investors' : 'Experiments'}</span></td>`,
        `<td>${link(paths.person(p.owners.primary), personName(model, p.owners.primary))}</td>`,
        `<td>${link(paths.person(p.owners.secondary), personName(model, p.owners.secondary))}</td>`,
        `<td>${rotationCell(p, rotations)}</td>`,
      ];
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
}
