// Shows each SLA deadline ("06:00" in its zone) in the reader's own time zone, for today's date.
// Without JavaScript the page shows the deadline in its own zone, which is always correct.

/** Minutes the zone is ahead of UTC at the instant `ms`. */
function offsetMinutes(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(ms)) {
    parts[p.type] = Number(p.value);
  }
  return (Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - Math.floor(ms / 60000) * 60000) / 60000;
}

/** Today's `HH:MM` in `timeZone` as an instant (twice round, for days with a DST change). */
export function deadlineInstant(hhmm: string, timeZone: string, now: number): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const today = new Date(now + offsetMinutes(now, timeZone) * 60000);
  const wall = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), h, m);
  let at = wall - offsetMinutes(wall, timeZone) * 60000;
  at = wall - offsetMinutes(at, timeZone) * 60000;
  return at;
}

export function showLocalDeadlines(root: ParentNode, now: number): void {
  const local = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
  for (const el of root.querySelectorAll<HTMLElement>('[data-deadline][data-tz]')) {
    try {
      const at = deadlineInstant(el.dataset.deadline!, el.dataset.tz!, now);
      el.textContent = `${local.format(at)} in your time zone`;
    } catch {
      // An unknown zone in an old browser: the deadline in its own zone is still shown.
    }
  }
}
