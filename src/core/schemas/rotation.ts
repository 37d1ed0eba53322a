import { z } from 'zod';
import { isoDate, kind, nonEmptyText, personRef, time } from './common.ts';

export const WEEK_KEY_PATTERN = /^(\d{4})-W(\d{2})$/;

/**
 * The message for a week not written YYYY-Www. A week that is only spelt differently (2027-W5,
 * 2026-w50, 2026W50, 2026-53) gets its spelling in the right form, as the fix.
 */
export function weekFormatError(input: string, example = '2026-W53'): string {
  const m = /^(\d{4})-?[wW]?(\d{1,2})$/.exec(input.trim());
  const week = m ? Number(m[2]) : 0;
  const hint = m && week >= 1 && week <= 53 ? `; write ${m[1]}-W${String(week).padStart(2, '0')}` : '';
  return `expected a week as "YYYY-Www", e.g. "${example}"${hint}`;
}

const weekKey = (description: string, example: string) =>
  z
    .string({ error: `expected a week as "YYYY-Www", e.g. "${example}"` })
    .regex(WEEK_KEY_PATTERN, { error: (iss) => weekFormatError(String(iss.input), example) })
    .meta({ description, examples: [example], ...kind('week') });

export const overrideSchema = z
  .strictObject({
    week: weekKey('The company week, as week-numbering year and two-digit week.', '2026-W53'),
    engineer: personRef('Who covers the week instead.'),
    reason: nonEmptyText('reason', 'Why: shown on the calendar and in change reports.', 'Avoid a back-to-back week over new year'),
    agreed: z
      .boolean({ error: 'expected true or false' })
      .default(false)
      .meta({ description: 'true when the engineer agreed to a back-to-back week. Default false.', examples: [true] }),
  })
  .meta({ description: 'A week assigned by hand, replacing the computed assignment.' });

const membersList = (description: string) =>
  z
    .array(personRef('A member, in rotation order.'), { error: 'expected a list of person ids, in rotation order' })
    .min(2, { error: 'a rotation needs at least 2 members' })
    .meta({ description, examples: [['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d']] });

export const versionSchema = z
  .strictObject({
    from: weekKey(
      'The company week this line-up takes effect; after the start week, and later than the previous version.',
      '2027-W02',
    ),
    members: membersList('Person ids in rotation order from that week on; at least 2, each once.'),
  })
  .meta({ description: 'A line-up that replaces the previous one from a given week; the weeks before it keep who covered them.' });

export const rotationSchema = z
  .strictObject({
    name: nonEmptyText('name', 'Display name.', 'Data platform on-call'),
    members: membersList('Person ids in rotation order, from the start week until the first version; at least 2, each once.'),
    assignment: z
      .enum(['week-number', 'continuous'], { error: 'expected "week-number" or "continuous"' })
      .default('week-number')
      .meta({
        description:
          'week-number (default): week N goes to members[(N-1) mod n]. continuous: members take turns from the start week, ignoring year boundaries.',
      }),
    start: isoDate("The rotation's first week is the company week containing this date.", '2026-01-01'),
    handoff: time('Local time in calendar.timezone at which a shift starts on the first day of the week. Default "00:00".', '09:00').default(
      '00:00',
    ),
    versions: z
      .array(versionSchema, { error: 'expected a list of versions, each {from, members}' })
      .default([])
      .meta({
        description:
          'Later line-ups, oldest first: each applies from its `from` week until the next one. Change members here, from next week, so past weeks keep who covered them.',
      }),
    overrides: z
      .array(overrideSchema, { error: 'expected a list of overrides, each {week, engineer, reason}' })
      .default([])
      .meta({ description: 'Weeks assigned by hand.' }),
  })
  .meta({ title: 'rotations/<id>.yaml', description: 'A weekly on-call rotation; its id is the file name.' });

export type RotationData = z.output<typeof rotationSchema>;
export type VersionData = z.output<typeof versionSchema>;
export type OverrideData = z.output<typeof overrideSchema>;
