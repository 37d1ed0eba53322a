import { z } from 'zod';
import { isoDate, isRealDate, kind, nonEmptyText, personRef, time, timezone } from './common.ts';

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

/** A cover's `from`/`to`: local date-time, optional seconds, optional explicit offset (`Z` or `±HH:MM`). */
export const LOCAL_DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/** Why a local date-time is not one, or undefined when it is (the date real, the clock 00:00–23:59:59, the offset within ±18:00). */
export function localDateTimeError(value: string): string | undefined {
  const m = LOCAL_DATE_TIME_PATTERN.exec(value);
  const form = 'expected a local date-time as YYYY-MM-DDTHH:MM (optionally with an offset such as +01:00), e.g. "2026-12-09T18:00"';
  if (!m) return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${form}; add the time of day, e.g. "${value}T09:00"` : form;
  if (!isRealDate(m[1]!)) return `${m[1]} is not a real calendar date`;
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) return `${form}; the time of day runs from 00:00 to 23:59`;
  const offset = m[5];
  if (offset && offset !== 'Z' && (Number(offset.slice(1, 3)) > 18 || Number(offset.slice(4, 6)) > 59)) return `offset ${offset} is out of range; offsets run from -18:00 to +18:00`;
  return undefined;
}

const localDateTime = (description: string, example: string) =>
  z
    .string({ error: `expected a local date-time as YYYY-MM-DDTHH:MM in quotes or plain, e.g. "${example}"` })
    .refine((value) => localDateTimeError(value) === undefined, { error: (iss) => localDateTimeError(String(iss.input)) })
    .meta({ description, examples: [example], ...kind('date-time') });

export const coverSchema = z
  .strictObject({
    from: localDateTime(
      "When the cover starts: a local date-time in the rotation's time zone (hours.timezone, else calendar.timezone); an explicit offset such as +01:00 or Z is allowed and needed for a time that occurs twice when clocks go back.",
      '2026-12-09T18:00',
    ),
    to: localDateTime('When the cover ends (exclusive), written like `from`; after `from`.', '2026-12-10T09:00'),
    engineer: personRef('Who is on call instead, for that time only.', 'engineer-b'),
    reason: nonEmptyText('reason', 'Why: shown on the calendar and in change reports.', 'Engineer A at the dentist'),
    agreed: z
      .boolean({ error: 'expected true or false' })
      .default(false)
      .meta({ description: 'true when the engineer agreed to be on call in another rotation at the same time (accepts the double booking). Default false.', examples: [true] }),
  })
  .meta({ description: 'Part of a week handed to someone else: whoever is on call in that range is replaced by `engineer`.' });

export const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export const windowSchema = z
  .strictObject({
    days: z
      .array(z.enum(DAY_NAMES, { error: `expected a day: ${DAY_NAMES.join(', ')}` }), { error: `expected a list of days, e.g. [mon, tue, wed, thu, fri]` })
      .min(1, { error: 'list at least one day, e.g. [mon, tue, wed, thu, fri]' })
      .meta({ description: 'The days on which the window starts (a window past midnight ends on the next day).', examples: [['mon', 'tue', 'wed', 'thu', 'fri']] }),
    from: time('Local time the window starts.', '09:00'),
    to: z
      .string({ error: 'expected a time as "HH:MM" in quotes, e.g. "17:00"' })
      .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'expected a time from "00:00" to "24:00", e.g. "17:00"' })
      .meta({
        description: 'Local time the window ends (exclusive); "24:00" is midnight at the end of the day. Earlier than `from` wraps past midnight ("20:00" to "08:00").',
        examples: ['17:00', '24:00'],
      }),
  })
  .refine((w) => !(CLOCK.test(w.from) && w.from === w.to), {
    error: 'a window\'s from and to are the same time; for around the clock write from "00:00" to "24:00"',
    path: ['to'],
  })
  .meta({ description: 'A weekly stretch of on-call time: from `from` to `to` on each of `days`.' });

export const hoursSchema = z
  .strictObject({
    timezone: timezone("The zone the windows are in, and the rotation's time zone for its covers. Default calendar.timezone.").optional(),
    windows: z
      .array(windowSchema, { error: 'expected a list of windows, each {days, from, to}' })
      .min(1, { error: 'list at least one window, e.g. {days: [mon, tue, wed, thu, fri], from: "09:00", to: "17:00"}' })
      .meta({ description: 'When the week\'s engineer is on call; windows of one rotation do not overlap.' }),
  })
  .meta({ description: 'When the rotation is on call. Absent: around the clock.' });

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
    covers: z
      .array(coverSchema, { error: 'expected a list of covers, each {from, to, engineer, reason}' })
      .default([])
      .meta({ description: 'Parts of weeks handed to someone else, e.g. a night while the week\'s engineer is at the dentist.' }),
    hours: hoursSchema.optional(),
    pagerduty: z
      .strictObject({
        schedule: z
          .string({ error: 'expected a PagerDuty schedule id, e.g. "PI7DH85"' })
          .regex(/^P[A-Z0-9]+$/, {
            error: 'expected a PagerDuty schedule id, "P" and upper-case letters and digits, e.g. "PI7DH85" (the last part of the schedule\'s address in PagerDuty)',
          })
          .meta({ description: "The PagerDuty schedule's id (the last part of its address, .../schedules/PI7DH85).", examples: ['PI7DH85'] }),
      })
      .optional()
      .meta({
        description:
          'Optional. The PagerDuty schedule `npm run sync -- --pagerduty` keeps in line with this rotation; without it, the sync finds the schedule by the rotation\'s name.',
      }),
  })
  .meta({ title: 'rotations/<id>.yaml', description: 'A weekly on-call rotation; its id is the file name.' });

export type RotationData = z.output<typeof rotationSchema>;
export type VersionData = z.output<typeof versionSchema>;
export type OverrideData = z.output<typeof overrideSchema>;
export type CoverData = z.output<typeof coverSchema>;
export type HoursData = z.output<typeof hoursSchema>;
export type WindowData = z.output<typeof windowSchema>;
export type DayName = (typeof DAY_NAMES)[number];
