import type { SiteData } from './model.ts';
import { deliveryInWords, targetInWords } from './sla.ts';

/** One search result: a page of the site and the words it is found by. */
export interface SearchRecord {
  readonly url: string;
  readonly title: string;
  /** What kind of page, shown with the result. */
  readonly kind: 'Runbook' | 'Pipeline' | 'Person' | 'Team';
  readonly content: string;
}

/**
 * The search index's records, made from the same data as the pages rather than by re-reading
 * the built HTML: at 10,000 pipelines, parsing every page again costs Pagefind three times as long.
 * Each record holds the text its page shows (names, owners, teams, issues, SLA), in page order,
 * and a person's or team's id, which the data files use, so that `engineer-c` finds Engineer C.
 */
export function searchRecords({ model, index }: SiteData): SearchRecord[] {
  const person = (id: string) => model.byId.people.get(id)?.name ?? id;
  const team = (id: string) => model.byId.teams.get(id)?.name ?? id;
  const records: SearchRecord[] = [];
  for (const p of model.pipelines) {
    const investors = p.audience === 'investors';
    const text = [
      p.name,
      `${model.byId.areas.get(p.area)?.name ?? p.area} area, ${investors ? 'investor-facing' : 'experiments'}.`,
      `Primary owner ${person(p.owners.primary)}, secondary owner ${person(p.owners.secondary)}.`,
      p.rotation ? `On call: ${model.byId.rotations.get(p.rotation)?.name ?? p.rotation}.` : '',
      p.sla?.delivery ? `${deliveryInWords(p.sla.delivery)}.` : '',
      ...(p.sla?.targets ?? []).map((t) => `${targetInWords(t)}.`),
      ...p.commonIssues.map((i) => [i.title, i.symptoms, i.checks, i.fix].filter(Boolean).join('. ') + '.'),
      p.upstream.length ? `Upstream: ${p.upstream.map(team).join(', ')}.` : '',
      p.downstream.length ? `Downstream: ${p.downstream.map(team).join(', ')}.` : '',
    ];
    records.push({ url: `/pipelines/${p.id}/`, title: p.name, kind: investors ? 'Runbook' : 'Pipeline', content: text.filter(Boolean).join(' ') });
  }
  for (const p of model.people) {
    const owned = index.byOwner.get(p.id)!;
    records.push({
      url: `/people/${p.id}/`,
      title: p.name,
      kind: 'Person',
      content: [p.name, `Id ${p.id}`, p.email, p.chat, p.timezone, `Owns ${owned.primary.length} pipelines as primary and ${owned.secondary.length} as secondary.`]
        .filter(Boolean)
        .join('. '),
    });
  }
  for (const t of model.teams) {
    const rel = index.byTeam.get(t.id)!;
    records.push({
      url: `/teams/${t.id}/`,
      title: t.name,
      kind: 'Team',
      content: [t.name, `Id ${t.id}`, t.contact, `Feeds ${rel.feeds.length} pipelines; depends on ${rel.uses.length}.`].filter(Boolean).join('. '),
    });
  }
  return records;
}
