import { z } from 'zod';
import { id, nonEmptyText, safeUrl } from './common.ts';

export const teamSchema = z
  .strictObject({
    id: id('team', 'finance-data').meta({ description: "Unique team id, kebab-case; pipelines' upstream and downstream refer to it." }),
    name: nonEmptyText('name', 'Display name.', 'Finance Data Team'),
    contact: nonEmptyText('contact', 'How to reach the team: a channel, an alias or a person.', '#finance-data').optional(),
    url: safeUrl('A link to the team page or channel (https, http or mailto).', 'https://wiki.example.com/finance-data').optional(),
  })
  .meta({ description: 'A team: an upstream owner or a downstream user of pipelines.' });

export const teamsFileSchema = z
  .strictObject({
    teams: z
      .array(teamSchema, { error: 'expected a list of teams, each {id, name}' })
      .default([])
      .meta({ description: 'The teams pipelines depend on or deliver to.' }),
  })
  .meta({ title: 'teams.yaml', description: 'Upstream owner teams and downstream users.' });

export type TeamData = z.output<typeof teamSchema>;
