// Shows each SLA delivery in the reader's own time zone. Without JavaScript the page shows the
// delivery in its own zone, in words, which is always correct.

/** Minutes the zone is ahead of UTC at the instant `ms`. */
function offsetMinutes(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(ms)) {
    parts[p.type] = Number(p.value);
  }
  return (Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - Math.floor(ms / 60000) * 60000) / 60000;
}

/** The instant of a wall-clock time in a zone (twice round, for days with a DST change). */
function wallInstant(y: number, month0: number, d: number, hhmm: string, timeZone: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, month0, d, h, m);
  const at = wall - offsetMinutes(wall, timeZone) * 60000;
  return wall - offsetMinutes(at, timeZone) * 60000;
}

/** The zone's calendar date at `now`, as a UTC date. */
const zoneDay = (now: number, timeZone: string) => new Date(now + offsetMinutes(now, timeZone) * 60000);

/** Today's `HH:MM` in `timeZone` as an instant. */
export function deadlineInstant(hhmm: string, timeZone: string, now: number): number {
  const today = zoneDay(now, timeZone);
  return wallInstant(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), hhmm, timeZone);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The next deadline on `day` (a weekday) at or after `now`. */
export function weeklyInstant(day: string, hhmm: string, timeZone: string, now: number): number {
  const today = zoneDay(now, timeZone);
  const ahead = (WEEKDAYS.indexOf(day) - today.getUTCDay() + 7) % 7;
  for (const extra of [0, 7]) {
    const at = wallInstant(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + ahead + extra, hhmm, timeZone);
    if (at >= now) return at;
  }
  return Number.NaN;
}

/** The next monthly deadline (a day 1-28, or the last day) at or after `now`. */
export function monthlyInstant(dayOfMonth: string, hhmm: string, timeZone: string, now: number): number {
  const today = zoneDay(now, timeZone);
  for (const extra of [0, 1]) {
    const y = today.getUTCFullYear();
    const m = today.getUTCMonth() + extra;
    const d = dayOfMonth === 'last' ? new Date(Date.UTC(y, m + 1, 0)).getUTCDate() : Number(dayOfMonth);
    const at = wallInstant(y, m, d, hhmm, timeZone);
    if (at >= now) return at;
  }
  return Number.NaN;
}

/** The delivery of one `[data-cadence]` element in the reader's zone (`readerZone`, or the browser's). */
export function localDelivery(data: DOMStringMap, now: number, readerZone?: string): string {
  const { cadence = 'daily', deadline = '', tz = 'UTC' } = data;
  const opts = { timeZone: readerZone, hourCycle: 'h23', timeZoneName: 'short' } as const;
  const time = new Intl.DateTimeFormat(undefined, { ...opts, hour: '2-digit', minute: '2-digit' });
  switch (cadence) {
    case 'hourly': {
      const reader = readerZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
      const minute = (((Number(data.minute) - offsetMinutes(now, tz) + offsetMinutes(now, reader)) % 60) + 60) % 60;
      return `by :${String(minute).padStart(2, '0')} past each hour in your time zone`;
    }
    case 'weekly': {
      const at = weeklyInstant(data.day ?? 'monday', deadline, tz, now);
      const day = new Intl.DateTimeFormat('en-GB', { timeZone: readerZone, weekday: 'long' }).format(at);
      return `${day}s ${time.format(at)} in your time zone`;
    }
    case 'monthly': {
      const at = monthlyInstant(data.dom ?? '1', deadline, tz, now);
      const next = new Intl.DateTimeFormat('en-GB', { ...opts, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
      return `next ${next.format(at)} in your time zone`;
    }
    default:
      return `${time.format(deadlineInstant(deadline, tz, now))} in your time zone`;
  }
}

export function showLocalDeadlines(root: ParentNode, now: number): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-cadence][data-tz]')) {
    try {
      el.textContent = localDelivery(el.dataset, now);
    } catch {
      // An unknown zone in an old browser: the delivery in its own zone is still shown.
    }
  }
}

/** A person's wall-clock time now in their zone, for "Who to call": "03:12 for them (Europe/Berlin)". */
export function theirTime(timeZone: string, now: number): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
  return `${time} for them (${timeZone})`;
}

/** Fills each `[data-local-time]` (a person's zone) with their time now; without the script it reads "Works in ZONE". */
export function showPeopleTimes(root: ParentNode, now: number): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-local-time]')) {
    try {
      el.textContent = theirTime(el.dataset.localTime!, now);
    } catch {
      // A zone this browser does not know: the zone in words stays.
    }
  }
}
