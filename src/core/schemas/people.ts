import { z } from 'zod';
import { githubHandle, id, isoDate, nonEmptyText, timezone } from './common.ts';

export const holidaySchema = z
  .strictObject({
    from: isoDate('First day away, inclusive.', '2026-12-21'),
    to: isoDate('Last day away, inclusive; on or after `from`.', '2027-01-01'),
    note: nonEmptyText('note', 'Optional note shown on the calendar.', 'Winter break').optional(),
  })
  .meta({ description: 'A holiday: an inclusive range of dates.' });

export const personSchema = z
  .strictObject({
    id: id('person', 'engineer-a').meta({ description: 'Unique person id, kebab-case; owners, rotation members and overrides refer to it.' }),
    name: nonEmptyText('name', 'Display name.', 'Engineer A'),
    email: z
      .email({ error: 'expected an email address, e.g. "a@example.com"' })
      .optional()
      .meta({ description: 'Email address.', examples: ['a@example.com'] }),
    github: githubHandle(
      'GitHub handle, "@login" or "@org/team", quoted in YAML; CODEOWNERS asks it to review the pipelines this person owns.',
      '@octocat',
    ).optional(),
    chat: nonEmptyText('chat', 'Chat handle or a link to a chat channel.', '@engineer-a').optional(),
    slack: z
      .string({ error: 'expected a Slack member id, e.g. "U024BE7LH"' })
      .regex(/^[UW][A-Z0-9]+$/, {
        error: (iss) =>
          `"${String(iss.input)}" is not a Slack member id; expected "U" or "W" and upper-case letters and digits, e.g. "U024BE7LH" (in Slack: the person's profile, ⋮, Copy member ID)`,
      })
      .optional()
      .meta({
        description: 'Slack member id (profile, ⋮, Copy member ID). `npm run notify -- --usergroup` puts the people on call into a Slack user group by it. Optional.',
        examples: ['U024BE7LH'],
      }),
    timezone: timezone('The zone this person works in.').optional(),
    holidays: z
      .array(holidaySchema, { error: 'expected a list of holidays, each {from, to}' })
      .default([])
      .meta({ description: 'Holidays; the rotation swaps weeks around them.' }),
  })
  .meta({ description: 'An engineer.' });

export const peopleFileSchema = z
  .strictObject({
    people: z
      .array(personSchema, { error: 'expected a list of people, each {id, name}' })
      .min(1, { error: 'list at least one person' })
      .meta({ description: 'The engineers who own pipelines and take on-call weeks.' }),
  })
  .meta({ title: 'people.yaml', description: 'The engineers: contacts and holidays.' });

export type PersonData = z.output<typeof personSchema>;
export type HolidayData = z.output<typeof holidaySchema>;
