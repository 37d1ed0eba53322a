import type { Sla, SlaTarget } from './model.ts';

const OPERATOR_WORDS: Record<SlaTarget['operator'], string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤', within: 'within' };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Delivery = NonNullable<Sla['delivery']>;

/** "06:00 UTC": the deadline with its zone, as a change report puts it ("deadline 06:00 UTC → 05:00 UTC"). */
export function deadlineInWords(delivery: Delivery): string {
  return `${delivery.deadline} ${delivery.timezone}`;
}

/** "Daily by 06:00 UTC", "Daily by 09:30 Europe/London". */
export function deliveryInWords(delivery: Delivery): string {
  return `${capitalise(delivery.cadence)} by ${deadlineInWords(delivery)}`;
}

/** "Accuracy within 1% of Finance DB", "Completeness > 98%". */
export function targetInWords(target: SlaTarget): string {
  const base = `${capitalise(target.metric)} ${OPERATOR_WORDS[target.operator]} ${target.percent}%`;
  return target.reference ? `${base} of ${target.reference}` : base;
}
