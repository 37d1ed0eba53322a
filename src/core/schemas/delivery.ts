import { z } from 'zod';
import { time, timezone } from './common.ts';
import { WEEKDAYS } from './site.ts';

export const CADENCES = ['hourly', 'daily', 'weekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** Which keys each cadence needs, and which belong to it at all; the rest are refused with a fix. */
const KEYS: Record<Cadence, { required: readonly string[]; allowed: readonly string[] }> = {
  hourly: { required: ['minute'], allowed: ['minute', 'timezone'] },
  daily: { required: ['deadline', 'timezone'], allowed: ['deadline', 'timezone', 'businessDays'] },
  weekly: { required: ['day', 'deadline', 'timezone'], allowed: ['day', 'deadline', 'timezone'] },
  monthly: { required: ['dayOfMonth', 'deadline', 'timezone'], allowed: ['dayOfMonth', 'deadline', 'timezone'] },
};

const EXAMPLES: Record<string, string> = {
  minute: 'minute: 15',
  deadline: 'deadline: "06:00"',
  timezone: 'timezone: UTC',
  day: 'day: monday',
  dayOfMonth: 'dayOfMonth: 1 (or last)',
  businessDays: 'businessDays: true',
};

const an = (word: string) => `${/^h/.test(word) ? 'an' : 'a'} ${word}`;

const dayOfMonthError = 'expected a day of the month from 1 to 28, or last';

const fields = z.strictObject({
  cadence: z
    .enum(CADENCES, { error: `expected one of ${CADENCES.join(', ')}` })
    .default('daily')
    .meta({ description: 'How often the data is delivered: hourly, daily (the default), weekly or monthly.', examples: ['daily', 'weekly'] }),
  minute: z
    .int({ error: 'expected a whole number of minutes from 0 to 59' })
    .min(0, { error: 'expected a whole number of minutes from 0 to 59' })
    .max(59, { error: 'expected a whole number of minutes from 0 to 59' })
    .optional()
    .meta({ description: 'hourly only, required: delivered by this many minutes past every hour, 0 to 59.', examples: [15] }),
  deadline: time('daily, weekly and monthly, required: delivered by this time of the day, in timezone.', '06:00').optional(),
  timezone: timezone('The zone of the deadline; required except for hourly (default UTC there).').optional(),
  businessDays: z
    .boolean({ error: 'expected true or false' })
    .optional()
    .meta({ description: 'daily only: true when the data is due Monday to Friday only, in timezone. Default false.', examples: [true] }),
  day: z
    .enum(WEEKDAYS, { error: `expected a weekday: ${WEEKDAYS.join(', ')}` })
    .optional()
    .meta({ description: 'weekly only, required: the day of the week the data is due.', examples: ['monday'] }),
  dayOfMonth: z
    .union([z.int({ error: dayOfMonthError }).min(1, { error: dayOfMonthError }).max(28, { error: dayOfMonthError }), z.literal('last')], {
      error: dayOfMonthError,
    })
    .optional()
    .meta({ description: 'monthly only, required: the day of the month the data is due, 1 to 28, or last.', examples: [1, 'last'] }),
});

type Fields = z.output<typeof fields>;
type Weekday = (typeof WEEKDAYS)[number];

/** The delivery as the model holds it: one shape per cadence, so faces need no optional checks. */
export type Delivery =
  | { readonly cadence: 'hourly'; readonly minute: number; readonly timezone: string }
  | { readonly cadence: 'daily'; readonly deadline: string; readonly timezone: string; readonly businessDays: boolean }
  | { readonly cadence: 'weekly'; readonly day: Weekday; readonly deadline: string; readonly timezone: string }
  | { readonly cadence: 'monthly'; readonly dayOfMonth: number | 'last'; readonly deadline: string; readonly timezone: string };

function toDelivery(f: Fields): Delivery {
  switch (f.cadence) {
    case 'hourly':
      return { cadence: 'hourly', minute: f.minute!, timezone: f.timezone ?? 'UTC' };
    case 'daily':
      return { cadence: 'daily', deadline: f.deadline!, timezone: f.timezone!, businessDays: f.businessDays ?? false };
    case 'weekly':
      return { cadence: 'weekly', day: f.day!, deadline: f.deadline!, timezone: f.timezone! };
    case 'monthly':
      return { cadence: 'monthly', dayOfMonth: f.dayOfMonth!, deadline: f.deadline!, timezone: f.timezone! };
  }
}

export const deliverySchema = fields
  .superRefine((f, ctx) => {
    const keys = KEYS[f.cadence];
    for (const key of keys.required) {
      if (f[key as keyof Fields] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], input: undefined, message: `expected ${EXAMPLES[key]} for ${an(f.cadence)} delivery` });
      }
    }
    for (const key of Object.keys(EXAMPLES)) {
      if (f[key as keyof Fields] !== undefined && !keys.allowed.includes(key)) {
        const which = (Object.keys(KEYS) as Cadence[]).filter((c) => KEYS[c].allowed.includes(key)).join(' or ');
        ctx.addIssue({
          code: 'custom',
          path: [key],
          input: f[key as keyof Fields],
          message: `${key} belongs to ${an(which)} delivery, not ${f.cadence}; remove it (${an(f.cadence)} delivery takes ${keys.required.map((k) => EXAMPLES[k]).join(', ')})`,
        });
      }
    }
  })
  .transform(toDelivery)
  .meta({ description: 'When the data must be delivered: hourly by a minute past the hour, daily, weekly or monthly by a time of day.' });
