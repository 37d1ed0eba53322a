import { z } from 'zod';
import { githubHandle, id, isoDate, nonEmptyText, phoneNumber, slackMemberId, timezone } from './common.ts';

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
    phone: phoneNumber(
      'Phone number to call when this person is on call, international: "+", country code, number ("+49 151 1234 5678", or E.164 "+4915112345678"). Shown as a tel: link in "Who to call" and on the home page. Optional.',
      '+49 151 1234 5678',
    ).optional(),
    chat: nonEmptyText('chat', 'Chat handle or a link to a chat channel, shown as written; with `slack`, a link that opens a direct message.', '@engineer-a').optional(),
    slack: slackMemberId(
      'Slack member id (profile, ⋮, Copy member ID). Makes chat a link to a direct message, and the Slack handoff mentions the person as <@id>, so Slack notifies them. Optional.',
      'U024BE7LH',
    ).optional(),
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
