import { dayOfWeek, localDay } from '../core/calendar/civil.ts';
import { boundaryMs, rotationZone } from '../core/calendar/local-time.ts';
import type { Shift } from '../core/calendar/types.ts';
import type { CompanyCalendar, Rotation } from '../core/model.ts';
import { DAY_NAMES } from '../core/schemas/rotation.ts';
import { windowMinutes, writtenWindowWords } from '../core/calendar/hours.ts';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/** A rotation's hours window on its page: in words in the rotation's zone, and its stretches in one real week. */
export interface HoursWindowView {
  /** "Mon–Fri 09:00–17:00" in the rotation's zone. */
  readonly text: string;
  /**
   * The window's stretches in the week the page was built in, as `start/end` ISO instants separated by
   * spaces. The page script writes them in the reader's zone: instants rather than times and an offset,
   * so the conversion is right whichever side of a DST change either zone is on that week.
   */
  readonly spans: string;
}

export interface HoursView {
  /** The zone the windows are written in (`hours.timezone`, else `calendar.timezone`). */
  readonly zone: string;
  /** ISO instant the stretches' week starts: the page script moves them on by the whole weeks since. */
  readonly week: string;
  readonly windows: readonly HoursWindowView[];
}

/**
 * The rotation's hours for its page, or undefined when it is on call around the clock. The stretches are
 * those of the seven days (in the rotation's zone) from the start of the week running at `now` (else the
 * first week still to come, else `now`), placed as the engine places them (hours.ts).
 */
export function hoursView(rotation: Pick<Rotation, 'hours'>, calendar: Pick<CompanyCalendar, 'timezone'>, weeks: readonly Pick<Shift, 'start' | 'end'>[], now: Date): HoursView | undefined {
  if (!rotation.hours) return undefined;
  const zone = rotationZone(rotation, calendar);
  const from = weeks.find((w) => now.getTime() < w.end.getTime())?.start ?? now;
  const first = localDay(from, zone);
  const windows = rotation.hours.windows.map((w) => {
    // As the engine reads it: an end at or before the start is the next day's ("20:00" to "08:00").
    const { start, end } = windowMinutes(w);
    const days = new Set(w.days.map((d) => DAY_NAMES.indexOf(d)));
    const spans: string[] = [];
    for (let day = first; day < first + 7; day++) {
      // dayOfWeek counts from sunday; DAY_NAMES from monday.
      if (!days.has((dayOfWeek(day) + 6) % 7)) continue;
      const s = boundaryMs(day * MS_PER_DAY + start * MS_PER_MINUTE, zone, 'start');
      const e = boundaryMs(day * MS_PER_DAY + end * MS_PER_MINUTE, zone, 'end');
      spans.push(`${new Date(s).toISOString()}/${new Date(e).toISOString()}`);
    }
    return { text: writtenWindowWords(w), spans: spans.join(' ') };
  });
  return { zone, week: from.toISOString(), windows };
}
