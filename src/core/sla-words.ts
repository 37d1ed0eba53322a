import type { Delivery, SlaTarget } from './model.ts';

const OPERATOR_WORDS: Record<SlaTarget['operator'], string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤', within: 'within' };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** 1st, 2nd, 3rd, 4th … 21st, 22nd, 28th. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * When within the cadence the data is due, as a change report puts it ("deadline: 06:00 UTC → 05:00 UTC"):
 * "06:00 UTC", "06:00 UTC, Monday to Friday", "Mondays 07:00 UTC", "the last day, 18:00 UTC", ":15 past each hour".
 */
export function deadlineInWords(delivery: Delivery): string {
  switch (delivery.cadence) {
    case 'hourly':
      return `:${pad(delivery.minute)} past each hour${delivery.timezone === 'UTC' ? '' : ` (${delivery.timezone})`}`;
    case 'daily':
      return `${delivery.deadline} ${delivery.timezone}${delivery.businessDays ? ', Monday to Friday' : ''}`;
    case 'weekly':
      return `${capitalise(delivery.day)}s ${delivery.deadline} ${delivery.timezone}`;
    case 'monthly':
      return `the ${delivery.dayOfMonth === 'last' ? 'last day' : ordinal(delivery.dayOfMonth)}, ${delivery.deadline} ${delivery.timezone}`;
  }
}

/**
 * The delivery in words, in the deadline's own zone: "Daily by 06:00 UTC", "Daily, Monday to Friday,
 * by 06:00 UTC", "Weekly, Mondays by 07:00 UTC", "Monthly, on the 1st by 09:00 Europe/London",
 * "Hourly, by :15 past each hour".
 */
export function deliveryInWords(delivery: Delivery): string {
  switch (delivery.cadence) {
    case 'hourly':
      return `Hourly, by ${deadlineInWords(delivery)}`;
    case 'daily':
      return delivery.businessDays
        ? `Daily, Monday to Friday, by ${delivery.deadline} ${delivery.timezone}`
        : `Daily by ${delivery.deadline} ${delivery.timezone}`;
    case 'weekly':
      return `Weekly, ${capitalise(delivery.day)}s by ${delivery.deadline} ${delivery.timezone}`;
    case 'monthly':
      return `Monthly, on the ${delivery.dayOfMonth === 'last' ? 'last day' : ordinal(delivery.dayOfMonth)} by ${delivery.deadline} ${delivery.timezone}`;
  }
}

/** "Accuracy within 1% of Finance DB", "Completeness > 98%". */
export function targetInWords(target: SlaTarget): string {
  const base = `${capitalise(target.metric)} ${OPERATOR_WORDS[target.operator]} ${target.percent}%`;
  return target.reference ? `${base} of ${target.reference}` : base;
}
