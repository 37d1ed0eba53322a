import { z } from 'zod';
import { time, timezone } from './common.ts';
import { WEEKDAYS } from './site.ts';

export const CADENCES = ['hourly', 'daily', 'weekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

/**
 * Which keys each cadence needs, which it may take with a default, and which belong to it at all; the
 * rest are refused with a fix. The `Delivery` union (DeliveryData here) is derived from this table, so a key is
 * described once: here and in `fields` below.
 */
const KEYS = {
  hourly: { required: ['minute'], defaults: { timezone: 'UTC' } },
  daily: { required: ['deadline', 'timezone'], defaults: { businessDays: false } },
  weekly: { required: ['day', 'deadline', 'timezone'], defaults: {} },
  monthly: { required: ['dayOfMonth', 'deadline', 'timezone'], defaults: {} },
} as const satisfies Record<Cadence, { required: readonly FieldKey[]; defaults: Partial<Fields> }>;

/** Every key but the cadence, each with the example a message shows. A new field fails tsc here until it has one. */
const EXAMPLES: Record<FieldKey, string> = {
  minute: 'minute: 15',
  deadline: 'deadline: "06:00"',
  timezone: 'timezone: UTC',
  day: 'day: monday',
  dayOfMonth: 'dayOfMonth: 1 (or last)',
  businessDays: 'businessDays: true',
};

const allowedKeys = (cadence: Cadence): readonly FieldKey[] => [...KEYS[cadence].required, ...(Object.keys(KEYS[cadence].defaults) as FieldKey[])];

const an = (word: string) => `${/^h/.test(word) ? 'an' : 'a'} ${word}`;

const dayOfMonthError = 'expected a day of the month from 1 to 28, or last';

type Fields = z.output<typeof fields>;
type FieldKey = Exclude<keyof Fields, 'cadence'>;

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

type DeliveryShape<C extends Cadence> = { readonly cadence: C } & {
  readonly [K in ((typeof KEYS)[C]['required'][number] | keyof (typeof KEYS)[C]['defaults']) & FieldKey]-?: NonNullable<Fields[K]>;
};

/** The delivery as the schema outputs it: one shape per cadence (from KEYS), so faces need no optional checks. The model's name for it is `Delivery` (model.ts). */
export type DeliveryData = { [C in Cadence]: DeliveryShape<C> }[Cadence];

/** The cadence's keys only, with its defaults filled in; the refinement has already checked the required ones. */
function toDelivery(f: Fields): DeliveryData {
  const out: Record<string, unknown> = { cadence: f.cadence, ...KEYS[f.cadence].defaults };
  for (const key of KEYS[f.cadence].required) out[key] = f[key];
  for (const key of Object.keys(KEYS[f.cadence].defaults) as FieldKey[]) if (f[key] !== undefined) out[key] = f[key];
  return out as DeliveryData;
}

export const deliverySchema = fields
  .superRefine((f, ctx) => {
    const keys = { required: KEYS[f.cadence].required as readonly FieldKey[], allowed: allowedKeys(f.cadence) };
    for (const key of keys.required) {
      if (f[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], input: undefined, message: `expected ${EXAMPLES[key]} for ${an(f.cadence)} delivery` });
      }
    }
    for (const key of Object.keys(EXAMPLES) as FieldKey[]) {
      if (f[key] !== undefined && !keys.allowed.includes(key)) {
        const which = CADENCES.filter((c) => allowedKeys(c).includes(key)).join(' or ');
        ctx.addIssue({
          code: 'custom',
          path: [key],
          input: f[key],
          message: `${key} belongs to ${an(which)} delivery, not ${f.cadence}; remove it (${an(f.cadence)} delivery takes ${keys.required.map((k) => EXAMPLES[k]).join(', ')})`,
        });
      }
    }
  })
  .transform(toDelivery)
  .meta({ description: 'When the data must be delivered: hourly by a minute past the hour, daily, weekly or monthly by a time of day.' });
