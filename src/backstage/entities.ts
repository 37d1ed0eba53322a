import type { Model, Pipeline } from '../core/model.ts';
import { editUrl } from '../site/links.ts';
import type { SiteUrls } from '../site/published-urls.ts';

/**
 * Backstage catalog entities from the model (backstage.io/v1alpha1): a Component of type pipeline
 * per pipeline, a User per person, a Group per team and one per rotation. Pure and sorted by id,
 * so the same data gives the same files.
 */
export interface Entity {
  readonly apiVersion: 'backstage.io/v1alpha1';
  readonly kind: 'Component' | 'User' | 'Group' | 'Location';
  readonly metadata: {
    readonly name: string;
    readonly title?: string;
    readonly description?: string;
    readonly tags?: readonly string[];
    readonly links?: readonly { readonly url: string; readonly title: string; readonly icon?: string; readonly type?: string }[];
    readonly annotations?: Readonly<Record<string, string>>;
  };
  readonly spec: Readonly<Record<string, unknown>>;
}

/** Annotation keys of this tool; Backstage plugins and searches can read them. */
export const ANNOTATIONS = {
  runbook: 'pipeline-runbooks/runbook-url',
  oncallCalendar: 'pipeline-runbooks/oncall-calendar-url',
  oncallFeed: 'pipeline-runbooks/oncall-ics-url',
  rotation: 'pipeline-runbooks/rotation',
  secondaryOwner: 'pipeline-runbooks/secondary-owner',
} as const;

/** A rotation's Group is named apart from the teams, whose ids may be the same words. */
export const rotationGroupName = (rotationId: string) => `rotation-${rotationId}`;

const userRef = (id: string) => `user:default/${id}`;
const groupRef = (id: string) => `group:default/${id}`;

/** Where a data file is edited, for Backstage's "edit" button. */
function sourceAnnotations(model: Model, dataDir: string, file: string): Record<string, string> {
  const url = editUrl(model.site.repository, dataDir, file);
  return url ? { 'backstage.io/edit-url': url } : {};
}

function pipelineEntity(model: Model, p: Pipeline, urls: SiteUrls, dataDir: string): Entity {
  const area = model.byId.areas.get(p.area)?.name ?? p.area;
  const rotation = p.rotation;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: p.id,
      title: p.name,
      description: `${area} pipeline for ${p.audience}.`,
      tags: [`audience-${p.audience}`, `area-${p.area}`],
      links: [
        { url: urls.runbook(p.id), title: 'Runbook', icon: 'docs', type: 'runbook' },
        ...(rotation ? [{ url: urls.calendar(rotation), title: 'On-call calendar', icon: 'calendar', type: 'on-call' }] : []),
      ],
      annotations: {
        [ANNOTATIONS.runbook]: urls.runbook(p.id),
        ...(rotation
          ? { [ANNOTATIONS.rotation]: rotation, [ANNOTATIONS.oncallCalendar]: urls.calendar(rotation), [ANNOTATIONS.oncallFeed]: urls.feed(rotation) }
          : {}),
        [ANNOTATIONS.secondaryOwner]: userRef(p.owners.secondary),
        ...sourceAnnotations(model, dataDir, p.file),
      },
    },
    spec: {
      type: 'pipeline',
      lifecycle: 'production',
      owner: userRef(p.owners.primary),
      // Teams whose data the pipeline reads; and the teams that use what it delivers.
      ...(p.upstream.length ? { dependsOn: p.upstream.map(groupRef) } : {}),
      ...(p.downstream.length ? { dependencyOf: p.downstream.map(groupRef) } : {}),
    },
  };
}

export interface CatalogOptions {
  readonly urls: SiteUrls;
  /** The data directory as given on the command line, for the edit links (see editUrl). */
  readonly dataDir: string;
}

/** Every entity, grouped by the file it is written to. */
export function catalogEntities(model: Model, { urls, dataDir }: CatalogOptions): { pipelines: Entity[]; people: Entity[]; groups: Entity[] } {
  const byName = (a: Entity, b: Entity) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);
  const memberOf = new Map<string, string[]>();
  for (const r of model.rotations) for (const m of r.members) memberOf.set(m, [...(memberOf.get(m) ?? []), groupRef(rotationGroupName(r.id))]);

  const pipelines = model.pipelines.map((p) => pipelineEntity(model, p, urls, dataDir)).sort(byName);
  const people = model.people
    .map(
      (person): Entity => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: {
          name: person.id,
          title: person.name,
          links: [{ url: urls.person(person.id), title: 'Ownership and on-call weeks', icon: 'user' }],
          // Backstage's GitHub integrations match users by this login; a team handle is no login.
          ...(person.github && !person.github.includes('/') ? { annotations: { 'github.com/user-login': person.github.slice(1) } } : {}),
        },
        spec: {
          profile: { displayName: person.name, ...(person.email ? { email: person.email } : {}) },
          memberOf: [...(memberOf.get(person.id) ?? [])].sort(),
        },
      }),
    )
    .sort(byName);
  const teams = model.teams.map(
    (team): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: team.id,
        title: team.name,
        ...(team.contact ? { description: `Contact: ${team.contact}` } : {}),
        links: [{ url: urls.team(team.id), title: 'Pipelines it feeds and uses', icon: 'group' }, ...(team.url ? [{ url: team.url, title: team.name }] : [])],
      },
      spec: { type: 'team', profile: { displayName: team.name }, children: [] },
    }),
  );
  const rotations = model.rotations.map(
    (r): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: rotationGroupName(r.id),
        title: r.name,
        description: `Weekly on-call rotation "${r.id}"; hand-off ${r.handoff} ${model.site.calendar.timezone}.`,
        links: [
          { url: urls.calendar(r.id), title: 'On-call calendar', icon: 'calendar' },
          { url: urls.feed(r.id), title: 'Calendar feed (iCalendar)', icon: 'calendar' },
        ],
        annotations: { [ANNOTATIONS.oncallCalendar]: urls.calendar(r.id), [ANNOTATIONS.oncallFeed]: urls.feed(r.id), ...sourceAnnotations(model, dataDir, r.file) },
      },
      spec: { type: 'rotation', profile: { displayName: r.name }, children: [], members: [...r.members].sort().map(userRef) },
    }),
  );
  return { pipelines, people, groups: [...teams, ...rotations].sort(byName) };
}
