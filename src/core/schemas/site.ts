import { z } from 'zod';
import { id, nonEmptyText, personRef, safeUrl, timezone } from './common.ts';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** `rotations: [eu-day, us-night]`: layered rotations, instead of one `rotation`. */
export const layersSchema = z
  .array(id('rotation', 'eu-day'), { error: 'expected a list of rotation ids, e.g. [eu-day, us-night]' })
  .min(1, { error: 'list at least one rotation, e.g. [eu-day, us-night]' })
  .meta({
    description:
      'Layered rotations, instead of `rotation`: at any moment the engineer on call comes from the first listed rotation whose hours cover it (files in rotations/, each once).',
    examples: [['eu-day', 'us-night']],
  });

export const areaSchema = z
  .strictObject({
    id: id('area', 'profit').meta({ description: "Unique area id, kebab-case; a pipeline's area refers to it." }),
    name: nonEmptyText('name', 'The business area as shown on the site.', 'Profit'),
    rotation: id('rotation', 'data-platform')
      .meta({
        description:
          "The on-call rotation (a file in rotations/) of every pipeline in this area that names none; a pipeline's own rotation wins. Optional.",
        examples: ['data-platform'],
      })
      .optional(),
    rotations: layersSchema
      .meta({ description: "Layered rotations (instead of `rotation`) for every pipeline in this area that names none: at any moment the first listed rotation whose hours cover it. Optional." })
      .optional(),
  })
  .meta({ description: 'A business area, used to group pipelines.' });

export const calendarSchema = z
  .strictObject({
    weekStartsOn: z
      .enum(WEEKDAYS, { error: `expected a weekday: ${WEEKDAYS.join(', ')}` })
      .default('monday')
      .meta({ description: 'The first day of a company week. Default monday (ISO 8601).', examples: ['monday', 'sunday'] }),
    firstWeekContainsDate: z
      .int({ error: 'expected a whole number from 1 to 7' })
      .min(1, { error: 'expected a whole number from 1 to 7' })
      .max(7, { error: 'expected a whole number from 1 to 7' })
      .default(4)
      .meta({
        description: 'Week 1 of a year is the week containing this day of January. Default 4 (ISO 8601); US-style weeks use 1 with sunday.',
        examples: [4, 1],
      }),
    timezone: timezone('The zone in which company weeks and on-call hand-offs are reckoned. Default UTC.').default('UTC'),
    pastWeeks: z
      .int({ error: 'expected a whole number of weeks from 0 to 520' })
      .min(0, { error: 'expected a whole number of weeks from 0 to 520' })
      .max(520, { error: 'expected a whole number of weeks from 0 to 520' })
      .default(8)
      .meta({ description: 'How many past weeks the on-call calendar shows. Default 8.', examples: [8] }),
    futureWeeks: z
      .int({ error: 'expected a whole number of weeks from 1 to 520' })
      .min(1, { error: 'expected a whole number of weeks from 1 to 520' })
      .max(520, { error: 'expected a whole number of weeks from 1 to 520' })
      .default(52)
      .meta({ description: 'How many weeks ahead the calendar shows and the validator checks. Default 52.', examples: [52] }),
    coverageGaps: z
      .enum(['warn', 'accept'], { error: 'expected "warn" or "accept"' })
      .default('warn')
      .meta({
        description:
          'warn (default): a pipeline whose rotations\' hours leave some hour of the week with nobody on call is a warning (coverage-gap). accept: gaps are intended, no warning.',
        examples: ['accept'],
      }),
  })
  .meta({ description: 'The company calendar. The defaults give ISO 8601 weeks in UTC.' });

export const siteSchema = z
  .strictObject({
    title: nonEmptyText('title', 'The site title.', 'Data Platform Runbooks'),
    url: safeUrl(
      "The address the site is published at, base path included: the feeds' subscribe links, /api/pipelines.json, `export` and `notify` link to it. `--site-url` and $RUNBOOKS_SITE_URL override it. Optional.",
      'https://acme.github.io/runbooks/',
      ['https:', 'http:'],
    ).optional(),
    slackTeam: z
      .string({ error: 'expected a Slack workspace id, e.g. "T024BE7LD"' })
      .regex(/^[TE][A-Z0-9]{6,}$/, {
        error: () => `not a Slack workspace id; expected "T" and upper-case letters and digits, e.g. "T024BE7LD" (in Slack's web app, the T… in the address)`,
      })
      .optional()
      .meta({
        description:
          "The Slack workspace (team) id. With it, a person's `slack` id links straight to a direct message in the Slack app (slack://user?team=…&id=…); without it, through https://slack.com/app_redirect in the reader's signed-in workspace. Optional.",
        examples: ['T024BE7LD'],
      }),
    repository: safeUrl('The https URL of the repository holding data/, for "edit this page" links.', 'https://github.com/acme/runbooks', [
      'https:',
    ]).optional(),
    maintainers: z
      .array(personRef('Maintains the shared data: reviews changes to rotations/, people.yaml, teams.yaml and site.yaml (CODEOWNERS).', 'engineer-a'), {
        error: 'expected a list of person ids, e.g. [engineer-a, engineer-b]',
      })
      .default([])
      .meta({ description: 'Person ids who review changes to the shared data files (rotations, people, teams, site) through CODEOWNERS.', examples: [['engineer-a', 'engineer-b']] }),
    calendar: calendarSchema.prefault({}),
    review: z
      .strictObject({
        everyDays: z
          .int({ error: 'expected a whole number of days from 1 to 3650' })
          .min(1, { error: 'expected a whole number of days from 1 to 3650' })
          .max(3650, { error: 'expected a whole number of days from 1 to 3650' })
          .default(180)
          .meta({
            description:
              "How many days a runbook's reviewed date stays current. An investor-facing runbook reviewed longer ago than this, or never, is a warning. Default 180.",
            examples: [180, 90],
          }),
      })
      .prefault({})
      .meta({ description: 'How often runbooks are reviewed by their owners.' }),
    areas: z
      .array(areaSchema, { error: 'expected a list of areas, each {id, name}' })
      .min(1, { error: 'list at least one business area' })
      .meta({ description: 'The business areas, in display order.' }),
  })
  .meta({ title: 'site.yaml', description: 'Site title, company calendar and business areas.' });

export type SiteInput = z.input<typeof siteSchema>;
export type SiteData = z.output<typeof siteSchema>;
export type AreaData = z.output<typeof areaSchema>;
