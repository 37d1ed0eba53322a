import type { Person, Pipeline, Team } from '../core/model.ts';
import type { PageData } from './page-data.ts';
import { markdownWords } from '../core/markdown/plain.ts';
import { deliveryInWords, targetInWords } from '../core/sla-words.ts';
import { PIPELINE_MARKDOWN } from '../core/schemas/markdown-fields.ts';
import type { PipelineMarkdownKey } from '../core/schemas/pipeline.ts';
import { paths } from '../routes/routes.ts';
import { countOf } from './words.ts';

/** One search result: a page of the site and the words it is found by. */
export interface SearchRecord {
  readonly url: string;
  readonly title: string;
  /** What kind of page, shown with the result. */
  readonly kind: 'Runbook' | 'Pipeline' | 'Person' | 'Team';
  readonly content: string;
}

/**
 * What each field adds to a record's text: a function, or why the field is not searched. Declared for
 * every key of the entity (`satisfies`), so a new schema field fails to compile until search decides.
 * Fields are listed in page order; their text is joined in that order.
 */
type FieldText<T> = ((item: T) => string | readonly (string | undefined)[] | undefined) | string;
type FieldTexts<T> = { readonly [K in keyof T]-?: FieldText<T> };

const texts = <T>(fields: FieldTexts<T>, item: T): string[] =>
  Object.values<FieldText<T>>(fields).flatMap((f) => (typeof f === 'function' ? [f(item)].flat() : [])).filter((t): t is string => !!t);

/**
 * The search index's records, made from the same data as the pages rather than by re-reading
 * the built HTML: at 10,000 pipelines, parsing every page again costs Pagefind three times as long.
 * Each record holds the text its page shows (names, owners, teams, issues, SLA), in page order,
 * and a person's or team's id, which the data files use, so that `engineer-c` finds Engineer C.
 * `markdownText` gives a Markdown field's words: the build passes those of its renders.
 */
export function searchRecords({ model, index }: PageData, markdownText: (markdown: string) => string = markdownWords): SearchRecord[] {
  // The Markdown fields, from the schema's tags: a new one is searched with no edit here.
  const topMarkdown = PIPELINE_MARKDOWN.top;
  const issueMarkdown = PIPELINE_MARKDOWN.lists.commonIssues ?? [];
  const text = (issue: object, key: string) => {
    const value = (issue as Record<string, unknown>)[key];
    return typeof value === 'string' ? markdownText(value) : undefined;
  };
  const person = (id: string) => model.byId.people.get(id)?.name ?? id;
  const team = (id: string) => model.byId.teams.get(id)?.name ?? id;
  const records: SearchRecord[] = [];
  // Every field but the Markdown ones, which follow the name (topMarkdown) whatever they are.
  const pipelineText: FieldTexts<Omit<Pipeline, PipelineMarkdownKey | 'name'>> = {
    summary: 'the first sentence of the description',
    links: (p) => p.links.map((l) => `${l.title}.`),
    reviewed: (p) => (p.reviewed ? `Reviewed ${p.reviewed}.` : undefined),
    area: (p) => `${model.byId.areas.get(p.area)?.name ?? p.area} area, ${p.audience === 'investors' ? 'investor-facing' : 'experiments'}.`,
    audience: 'in the area sentence, and in the result kind',
    owners: (p) => `Primary owner ${person(p.owners.primary)}, secondary owner ${person(p.owners.secondary)}.`,
    rotation: (p) => (p.rotation ? `On call: ${model.byId.rotations.get(p.rotation)?.name ?? p.rotation}.` : undefined),
    rotations: (p) => (p.rotations.length > 1 ? `Layers: ${p.rotations.map((id) => model.byId.rotations.get(id)?.name ?? id).join(', ')}.` : undefined),
    sla: (p) => [p.sla?.delivery ? `${deliveryInWords(p.sla.delivery)}.` : undefined, ...(p.sla?.targets ?? []).map((t) => `${targetInWords(t)}.`)],
    commonIssues: (p) =>
      p.commonIssues.map((i) => [i.title, ...issueMarkdown.map((key) => text(i, key))].filter(Boolean).join('. ') + '.'),
    runbook: (p) => (p.runbook ? markdownText(p.runbook.markdown) : undefined),
    upstream: (p) => (p.upstream.length ? `Upstream: ${p.upstream.map(team).join(', ')}.` : undefined),
    downstream: (p) => (p.downstream.length ? `Downstream: ${p.downstream.map(team).join(', ')}.` : undefined),
    id: 'in the url',
    file: 'not shown on the page',
  };
  for (const p of model.pipelines) {
    const kind = p.audience === 'investors' ? 'Runbook' : 'Pipeline';
    const content = [p.name, ...topMarkdown.map((key) => text(p, key)), ...texts(pipelineText, p)].filter((t): t is string => !!t);
    records.push({ url: paths.pipeline(p.id), title: p.name, kind, content: content.join(' ') });
  }
  const personText: FieldTexts<Person> = {
    name: (p) => p.name,
    // The data files name people by id: searching `engineer-c` finds Engineer C.
    id: (p) => `Id ${p.id}`,
    email: (p) => p.email,
    github: (p) => p.github,
    chat: (p) => p.chat,
    phone: (p) => p.phone,
    slack: 'an id, not what people search for',
    timezone: (p) => p.timezone,
    holidays: 'dates are not what people search for',
  };
  for (const p of model.people) {
    const owned = index.byOwner.get(p.id)!;
    const content = [...texts(personText, p), `Owns ${countOf(owned.primary.length, 'pipeline')} as primary and ${owned.secondary.length} as secondary.`];
    records.push({ url: paths.person(p.id), title: p.name, kind: 'Person', content: content.join('. ') });
  }
  const teamText: FieldTexts<Team> = {
    name: (t) => t.name,
    id: (t) => `Id ${t.id}`,
    contact: (t) => t.contact,
    url: 'a link, not words',
  };
  for (const t of model.teams) {
    const rel = index.byTeam.get(t.id)!;
    const content = [...texts(teamText, t), `Feeds ${countOf(rel.feeds.length, 'pipeline')}; depends on ${rel.uses.length}.`];
    records.push({ url: paths.team(t.id), title: t.name, kind: 'Team', content: content.join('. ') });
  }
  return records;
}
