// The SLA in words lives in the core, so the site and the change report word it the same way.
export { deliveryInWords, targetInWords } from '../core/sla-words.ts';
