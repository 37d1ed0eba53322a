import type { Sla, SlaTarget } from '../core/model.ts';

const OPERATOR_WORDS: Record<SlaTarget['operator'], string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤', within: 'within' };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Daily by 06:00 UTC", "Daily by 09:30 Europe/London". */
export function deliveryInWords(delivery: NonNullable<Sla['delivery']>): string {
  return `${capitalise(delivery.cadence)} by ${delivery.deadline} ${delivery.timezone}`;
}

/** "Accuracy within 1% of Finance DB", "Completeness > 98%". */
export function targetInWords(target: SlaTarget): string {
  const base = `${capitalise(target.metric)} ${OPERATOR_WORDS[target.operator]} ${target.percent}%`;
  return target.reference ? `${base} of ${target.reference}` : base;
}
