// Rewrites a rotation's hours (written by the build in the rotation's zone) into the reader's time
// zone. Each window carries its stretches in a real week as instants, so the reader's clock times come
// from Intl for those instants: right across midnight, across a change of day and in a DST week.
// Without JavaScript the page keeps the hours in the rotation's zone, named. Run by RotationHours.astro,
// bundled on its own (only rotation pages with hours load it), so it imports nothing the site-wide script does.
import { stretchesWords, type DayStretch } from '../site/hours-words.ts';

const WEEKDAY: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** The reader's weekday (0 = Monday), date and clock time of an instant in `timeZone`. */
function wallClock(ms: number, timeZone: string | undefined): { day: number; date: string; clock: string } {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (const p of format.formatToParts(ms)) parts[p.type] = p.value;
  return { day: WEEKDAY[parts.weekday!] ?? 0, date: `${parts.year}-${parts.month}-${parts.day}`, clock: `${parts.hour}:${parts.minute}` };
}

/** `start/end` ISO pairs (see site/rotation-hours.ts) as stretches in `timeZone` (the browser's when undefined). */
export function stretchesIn(spans: string, timeZone?: string): DayStretch[] {
  return spans
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const [start, end] = pair.split('/').map((iso) => Date.parse(iso)) as [number, number];
      const a = wallClock(start, timeZone);
      const b = wallClock(end, timeZone);
      if (b.date === a.date) return { day: a.day, from: a.clock, to: b.clock, nextDay: false };
      // Ending at the next midnight reads as the end of the day, as the windows are written ("17:00–24:00").
      if (b.clock === '00:00' && wallClock(end - 1, timeZone).date === a.date) return { day: a.day, from: a.clock, to: '24:00', nextDay: false };
      return { day: a.day, from: a.clock, to: b.clock, nextDay: true };
    });
}

/** Fills `[data-hours]` with its windows in the reader's zone, named; each written window stays beside it. */
export function showHours(root: ParentNode, readerZone?: string): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-hours]')) {
    try {
      const zone = readerZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
      const own = el.dataset.hoursTz;
      const label = el.querySelector('[data-hours-zone]');
      const windows = [...el.querySelectorAll<HTMLElement>('[data-window]')];
      // Work everything out before touching the page, so an unknown zone leaves it as built.
      const words = windows.map((w) => stretchesWords(stretchesIn(w.dataset.window ?? '', zone)));
      if (!label || windows.length === 0) continue;
      label.textContent = `On call only in these hours, in your time zone (${zone})`;
      windows.forEach((w, i) => {
        const written = w.textContent;
        w.textContent = words[i]!;
        const beside = w.nextElementSibling;
        if (zone !== own && beside instanceof HTMLElement && beside.hasAttribute('data-window-own')) {
          beside.textContent = ` (${own}: ${written})`;
          beside.hidden = false;
        }
      });
    } catch {
      // A zone this browser does not know: the hours in the rotation's zone stay.
    }
  }
}
