// Rewrites a rotation's hours (written by the build in the rotation's zone) into the reader's time
// zone. Each window carries its stretches in a real week as instants, so the reader's clock times come
// from Intl for those instants: right across midnight, across a change of day and in a DST week.
// A page read weeks after its build moves those instants to the week it is read in, at the same wall-clock
// times in the rotation's zone, so a DST change since the build is followed too.
// Without JavaScript the page keeps the hours in the rotation's zone, named. Run by RotationHours.astro,
// bundled on its own (only rotation pages with hours load it), so it imports nothing the site-wide script does.
import { stretchesWords, type DayStretch } from '../core/calendar/hours-words.ts';
import { boundaryAt } from '../core/calendar/wall-time.ts';

const WEEKDAY: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const WEEK = 7 * 86_400_000;

/** The fields of an instant's wall clock in `timeZone` (the browser's when undefined). */
function fields(ms: number, timeZone: string | undefined): Record<string, string> {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (const p of format.formatToParts(ms)) parts[p.type] = p.value;
  return parts;
}

/** The weekday (0 = Monday), date and clock time of an instant in `timeZone`. */
function wallClock(ms: number, timeZone: string | undefined): { day: number; date: string; clock: string } {
  const f = fields(ms, timeZone);
  return { day: WEEKDAY[f.weekday!] ?? 0, date: `${f.year}-${f.month}-${f.day}`, clock: `${f.hour}:${f.minute}` };
}

/** How far `timeZone` is ahead of UTC at `ms`, in ms. */
function offsetMs(ms: number, timeZone: string): number {
  const f = fields(ms, timeZone);
  return Date.UTC(Number(f.year), Number(f.month) - 1, Number(f.day), Number(f.hour), Number(f.minute)) - Math.floor(ms / 60_000) * 60_000;
}

/**
 * The instant `weeks` weeks after `ms` that shows the same wall-clock time in `timeZone`, across any DST
 * change between, placed as the engine places a window's `side` (boundaryAt): a time the clocks skip that
 * week is the moment they jump, a time they show twice is its first showing for a start.
 */
export function weeksLater(ms: number, weeks: number, timeZone: string, side: 'start' | 'end' = 'start'): number {
  return boundaryAt(ms + offsetMs(ms, timeZone) + weeks * WEEK, (at) => offsetMs(at, timeZone), side);
}

/**
 * `start/end` ISO pairs (see site/rotation-hours.ts) as stretches in `timeZone` (the browser's when undefined).
 * With `later` (whole weeks since the build's week, and the rotation's zone), each stretch is first moved
 * that many weeks on, keeping its wall-clock times in the rotation's zone.
 */
export function stretchesIn(spans: string, timeZone?: string, later?: { weeks: number; zone: string }): DayStretch[] {
  return spans
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const [start, end] = pair.split('/').map((iso, i) => {
        const ms = Date.parse(iso);
        return later && later.weeks > 0 ? weeksLater(ms, later.weeks, later.zone, i === 0 ? 'start' : 'end') : ms;
      }) as [number, number];
      const a = wallClock(start, timeZone);
      const b = wallClock(end, timeZone);
      if (b.date === a.date) return { day: a.day, from: a.clock, to: b.clock, nextDay: false };
      // Ending at the next midnight reads as the end of the day, as the windows are written ("17:00–24:00").
      if (b.clock === '00:00' && wallClock(end - 1, timeZone).date === a.date) return { day: a.day, from: a.clock, to: '24:00', nextDay: false };
      return { day: a.day, from: a.clock, to: b.clock, nextDay: true };
    });
}

/** Fills `[data-hours]` with its windows in the reader's zone, named; each written window stays beside it. */
export function showHours(root: ParentNode, now: number, readerZone?: string): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-hours]')) {
    try {
      const zone = readerZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
      const own = el.dataset.hoursTz ?? 'UTC';
      // Whole weeks between the build's week and the one the page is read in (none before it).
      const weeks = Math.max(0, Math.floor((now - Date.parse(el.dataset.hoursWeek ?? '')) / WEEK) || 0);
      const label = el.querySelector('[data-hours-zone]');
      const windows = [...el.querySelectorAll<HTMLElement>('[data-window]')];
      // Work everything out before touching the page, so an unknown zone leaves it as built.
      const words = windows.map((w) => stretchesWords(stretchesIn(w.dataset.window ?? '', zone, { weeks, zone: own })));
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
