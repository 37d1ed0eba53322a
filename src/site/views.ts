import type { Model, Person, Pipeline, Rotation, Team } from '../core/model.ts';

/**
 * What the pages show of each entity, field by field. Each is declared for every key of the model's
 * type (`satisfies`), so a new schema field fails to compile until the page decides what to do with it.
 */

/** The runbook page's data: every field of the pipeline, with ids resolved to what they name. */
export function pipelineView(p: Pipeline, model: Model) {
  const team = (id: string) => model.byId.teams.get(id)!;
  const person = (id: string) => model.byId.people.get(id)!;
  return {
    id: p.id,
    file: p.file,
    name: p.name,
    area: model.byId.areas.get(p.area)!,
    audience: p.audience,
    rotation: p.rotation ? model.byId.rotations.get(p.rotation) : undefined,
    rotations: p.rotations.map((id) => model.byId.rotations.get(id)!),
    owners: { primary: person(p.owners.primary), secondary: person(p.owners.secondary) },
    upstream: p.upstream.map(team),
    downstream: p.downstream.map(team),
    commonIssues: p.commonIssues,
    sla: p.sla,
    description: p.description,
    summary: p.summary,
    links: p.links,
    reviewed: p.reviewed,
    runbook: p.runbook,
  } satisfies Record<keyof Pipeline, unknown>;
}

/** Where the person page (and ContactMethods, in "Who to call" and the on-call cards) shows each field. */
export const PERSON_FIELDS_SHOWN = {
  id: 'the page url',
  name: 'heading, and every link to the person',
  email: 'contact card (mailto link)',
  github: 'contact card (link to the GitHub profile or team)',
  phone: 'contact card (tel: link with the E.164 number)',
  chat: 'contact card (link when it is one, or with slack a link to a direct message)',
  slack: 'contact card (chat links to a direct message)',
  timezone: 'contact card',
  holidays: 'holiday list on the person page, and the calendar swaps',
} as const satisfies Record<keyof Person, string>;

/** Where the team page (and TeamList, on runbooks) shows each field. */
export const TEAM_FIELDS_SHOWN = {
  id: 'the page url',
  name: 'heading, and every link to the team',
  contact: 'team page and runbook team lists',
  url: 'team page and runbook team lists (safe links only)',
} as const satisfies Record<keyof Team, string>;

/** Where the on-call pages show each field of a rotation. */
export const ROTATION_FIELDS_SHOWN = {
  id: 'the page url and the feed names',
  file: '"edit this page" link',
  name: 'headings and every link to the rotation',
  members: 'the computed calendar and fairness table, and the line-up block of the rotation page',
  versions: 'the line-up block of the rotation page (in effect and upcoming), and the computed calendar',
  assignment: 'the computed calendar',
  start: 'the computed calendar',
  handoff: 'shift start and end times',
  overrides: 'the calendar weeks they assign, with their reason',
  covers: 'the shifts of the on-call JSON (oncall --format json)',
  hours: 'the shifts of the on-call JSON (oncall --format json)',
  pagerduty: 'not shown: which PagerDuty schedule npm run sync keeps in line',
} as const satisfies Record<keyof Rotation, string>;
