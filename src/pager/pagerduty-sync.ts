import type { PdExistingOverride } from './pagerduty-api.ts';
import type { PdOverride } from './pagerduty.ts';

/** An override the data wants, with the PagerDuty user it names. */
export interface WantedOverride {
  readonly override: PdOverride;
  readonly userId: string;
}

export interface SyncPlan {
  /** To create, their start brought forward to `now` when they have begun (PagerDuty keeps the past). */
  readonly create: readonly { readonly wanted: WantedOverride; readonly start: Date }[];
  /** PagerDuty's overrides the data does not give, still running or to come. */
  readonly remove: readonly PdExistingOverride[];
  /** How many of PagerDuty's overrides already match. */
  readonly matching: number;
}

const MINUTE = 60_000;

/**
 * Compares the overrides the data wants with PagerDuty's (those overlapping the horizon). Both are
 * compared from `now` on, to the minute: an override that began earlier matches one that the data
 * wants if both cover now and end together with the same person. Past overrides are never touched.
 */
export function planSync(wanted: readonly WantedOverride[], existing: readonly PdExistingOverride[], now: Date): SyncPlan {
  const from = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const key = (start: number, end: number, userId: string) => `${Math.max(start, from)}|${end}|${userId}`;
  const pending = new Map<string, PdExistingOverride[]>();
  for (const e of existing) {
    const end = Date.parse(e.end);
    if (end <= from) continue;
    const k = key(Date.parse(e.start), end, e.user.id);
    pending.set(k, [...(pending.get(k) ?? []), e]);
  }
  const create: { wanted: WantedOverride; start: Date }[] = [];
  let matching = 0;
  for (const w of wanted) {
    const end = w.override.end.getTime();
    if (end <= from) continue;
    const k = key(w.override.start.getTime(), end, w.userId);
    const same = pending.get(k);
    if (same?.length) {
      same.shift();
      matching++;
    } else create.push({ wanted: w, start: new Date(Math.max(w.override.start.getTime(), from)) });
  }
  // Whatever is left (a duplicate too) is not what the data says.
  const remove = [...pending.values()].flat().sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return { create, remove, matching };
}
