import type { Model, Person, Pipeline, PipelineLink, Rotation, Team } from '../core/model.ts';
import { editUrl } from '../routes/external.ts';
import type { SiteUrls } from '../routes/routes.ts';

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
  reviewed: 'pipeline-runbooks/reviewed',
} as const;

/*
 * Where each field of the data goes in the catalog. Declared for every key of the model's types, so a
 * new schema field fails to compile until it is placed here (or said to stay on the site).
 */
export const PIPELINE_FIELDS_IN_CATALOG = {
  id: 'Component metadata.name',
  file: 'backstage.io/edit-url annotation, when site.yaml has repository',
  name: 'metadata.title',
  area: 'tag area-<id>, and the description',
  audience: 'tag audience-<audience>, and the description',
  rotation: 'pipeline-runbooks/rotation and the on-call calendar and feed annotations and link',
  rotations: 'the first layer, as rotation',
  owners: 'spec.owner (primary), pipeline-runbooks/secondary-owner',
  upstream: 'spec.dependsOn, as team Groups',
  downstream: 'spec.dependencyOf, as team Groups',
  commonIssues: 'on the runbook page, linked from metadata.links',
  sla: 'on the runbook page, linked from metadata.links',
  description: 'on the runbook page (Markdown); its first sentence is the summary',
  summary: 'metadata.description (else one made from the area and audience)',
  links: 'metadata.links, after the runbook and the calendar, with their kind as type',
  reviewed: 'pipeline-runbooks/reviewed annotation',
  runbook: 'on the runbook page, linked from metadata.links',
} as const satisfies Record<keyof Pipeline, string>;

export const PERSON_FIELDS_IN_CATALOG = {
  id: 'User metadata.name',
  name: 'metadata.title and spec.profile.displayName',
  email: 'spec.profile.email',
  github: 'github.com/user-login annotation, for a @login (a @org/team is no user)',
  phone: 'on the person page, linked from metadata.links (Backstage profiles have no phone)',
  chat: 'on the person page, linked from metadata.links',
  slack: 'on the person page, linked from metadata.links',
  timezone: 'on the person page, linked from metadata.links',
  holidays: 'in the on-call calendar, not the catalog',
} as const satisfies Record<keyof Person, string>;

export const TEAM_FIELDS_IN_CATALOG = {
  id: 'Group metadata.name',
  name: 'metadata.title and spec.profile.displayName',
  contact: 'metadata.description',
  url: 'metadata.links',
} as const satisfies Record<keyof Team, string>;

export const ROTATION_FIELDS_IN_CATALOG = {
  id: 'Group metadata.name rotation-<id>, and the calendar and feed annotations',
  file: 'backstage.io/edit-url annotation, when site.yaml has repository',
  name: 'metadata.title and spec.profile.displayName',
  members: 'spec.members, and each User\'s spec.memberOf',
  versions: 'spec.members and memberOf include every member of every line-up, past and upcoming',
  handoff: 'metadata.description',
  assignment: 'in the on-call calendar, not the catalog',
  start: 'in the on-call calendar, not the catalog',
  overrides: 'in the on-call calendar, not the catalog',
  covers: 'in the on-call calendar, not the catalog',
  hours: 'in the on-call calendar, not the catalog',
  pagerduty: 'not in the catalog: for npm run sync',
} as const satisfies Record<keyof Rotation, string>;

/** Everyone in any line-up of the rotation, in the order they first appear. */
const everyMember = (r: Rotation) => [...new Set([...r.members, ...r.versions.flatMap((v) => v.members)])];

/** A rotation's Group is named apart from the teams, whose ids may be the same words. */
export const rotationGroupName = (rotationId: string) => `rotation-${rotationId}`;

/** Backstage's built-in icons for the kinds of link a runbook lists; other kinds get the default icon. */
const LINK_ICONS: Partial<Record<PipelineLink['kind'], string>> = { dashboard: 'dashboard', docs: 'docs', alerts: 'warning' };

const userRef = (id: string) => `user:default/${id}`;
const groupRef = (id: string) => `group:default/${id}`;

/** Where a data file is edited, for Backstage's "edit" button. */
function sourceAnnotations(model: Model, dataDir: string, file: string): Record<string, string> {
  const url = editUrl(model.site.repository, dataDir, file);
  return url ? { 'backstage.io/edit-url': url } : {};
}

function pipelineEntity(model: Model, p: Pipeline, urls: SiteUrls | undefined, dataDir: string): Entity {
  const area = model.byId.areas.get(p.area)?.name ?? p.area;
  const rotation = p.rotation;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: p.id,
      title: p.name,
      description: p.summary ?? `${area} pipeline for ${p.audience}.`,
      tags: [`audience-${p.audience}`, `area-${p.area}`],
      links: [
        ...(urls ? [{ url: urls.pipeline(p.id), title: 'Runbook', icon: 'docs', type: 'runbook' }] : []),
        ...(urls && rotation ? [{ url: urls.rotation(rotation), title: 'On-call calendar', icon: 'calendar', type: 'on-call' }] : []),
        ...p.links.map((l) => ({ url: l.url, title: l.title, type: l.kind, ...(LINK_ICONS[l.kind] ? { icon: LINK_ICONS[l.kind] } : {}) })),
      ],
      annotations: {
        ...(urls ? { [ANNOTATIONS.runbook]: urls.pipeline(p.id) } : {}),
        ...(rotation ? { [ANNOTATIONS.rotation]: rotation } : {}),
        ...(urls && rotation ? { [ANNOTATIONS.oncallCalendar]: urls.rotation(rotation), [ANNOTATIONS.oncallFeed]: urls.rotationFeed(rotation) } : {}),
        [ANNOTATIONS.secondaryOwner]: userRef(p.owners.secondary),
        ...(p.reviewed ? { [ANNOTATIONS.reviewed]: p.reviewed } : {}),
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
  /** Where the site is published; without it the entities have no links or annotations into the site. */
  readonly urls?: SiteUrls;
  /** The data directory as given on the command line, for the edit links (see editUrl). */
  readonly dataDir: string;
}

/** Backstage's limit on metadata.name and on a tag: 63 characters. */
export const MAX_NAME = 63;

/**
 * Names and tags longer than Backstage accepts, as one message each ("what; fix"): ids are kebab-case,
 * so only their length can be out of bounds.
 */
export function catalogNameProblems(entities: readonly Entity[]): string[] {
  const problems: string[] = [];
  for (const e of entities) {
    if (e.metadata.name.length > MAX_NAME) {
      problems.push(`${e.kind} name "${e.metadata.name}" has ${e.metadata.name.length} characters, over Backstage's ${MAX_NAME}; shorten the id it comes from`);
    }
    for (const tag of e.metadata.tags ?? []) {
      if (tag.length > MAX_NAME) problems.push(`tag "${tag}" of ${e.kind} "${e.metadata.name}" has ${tag.length} characters, over Backstage's ${MAX_NAME}; shorten the area id`);
    }
  }
  return problems;
}

/** Every entity, grouped by the file it is written to. */
export function catalogEntities(model: Model, { urls, dataDir }: CatalogOptions): { pipelines: Entity[]; people: Entity[]; groups: Entity[] } {
  const byName = (a: Entity, b: Entity) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);
  const memberOf = new Map<string, string[]>();
  for (const r of model.rotations) for (const m of everyMember(r)) memberOf.set(m, [...(memberOf.get(m) ?? []), groupRef(rotationGroupName(r.id))]);

  const pipelines = model.pipelines.map((p) => pipelineEntity(model, p, urls, dataDir)).sort(byName);
  const people = model.people
    .map(
      (person): Entity => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: {
          name: person.id,
          title: person.name,
          ...(urls ? { links: [{ url: urls.person(person.id), title: 'Ownership and on-call weeks', icon: 'user' }] } : {}),
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
        links: [
          ...(urls ? [{ url: urls.team(team.id), title: 'Pipelines it feeds and uses', icon: 'group' }] : []),
          ...(team.url ? [{ url: team.url, title: team.name }] : []),
        ],
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
        links: urls
          ? [
              { url: urls.rotation(r.id), title: 'On-call calendar', icon: 'calendar' },
              { url: urls.rotationFeed(r.id), title: 'Calendar feed (iCalendar)', icon: 'calendar' },
            ]
          : [],
        annotations: {
          ...(urls ? { [ANNOTATIONS.oncallCalendar]: urls.rotation(r.id), [ANNOTATIONS.oncallFeed]: urls.rotationFeed(r.id) } : {}),
          ...sourceAnnotations(model, dataDir, r.file),
        },
      },
      spec: { type: 'rotation', profile: { displayName: r.name }, children: [], members: everyMember(r).sort().map(userRef) },
    }),
  );
  return { pipelines, people, groups: [...teams, ...rotations].sort(byName) };
}
