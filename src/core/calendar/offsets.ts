import { tzOffset } from '@date-fns/tz';
import { lastAtOrBefore } from './search.ts';

const MS_PER_MINUTE = 60_000;
/**
 * Two samples this close with the same offset are taken to have no change between them. Real
 * zones change offset at most twice a year (Morocco's Ramadan pauses are a month long), so a
 * week is safe, and it lets weekly hand-offs share one look-up per week across rotations.
 */
const SAME_SPAN_MS = 7 * 86_400_000 + 3 * 3_600_000;

interface Span {
  start: number;
  end: number;
  offset: number;
}

/**
 * A zone's UTC offsets, learned lazily and remembered as spans of constant offset. Asking Intl
 * costs microseconds a call; a calendar of ten rotations over ten years asks tens of thousands
 * of times, almost always inside a span already known.
 */
class ZoneOffsets {
  private readonly spans: Span[] = [];

  private readonly timeZone: string;

  constructor(timeZone: string) {
    this.timeZone = timeZone;
  }

  /** UTC offset in milliseconds at instant `ms` (positive east of Greenwich). */
  at(ms: number): number {
    const spans = this.spans;
    const i = lastAtOrBefore(spans, ms, (span) => span.start);
    const before = spans[i];
    if (before && ms <= before.end) return before.offset;

    const offset = tzOffset(this.timeZone, new Date(ms)) * MS_PER_MINUTE;
    const after = spans[i + 1];
    const joinsBefore = before !== undefined && before.offset === offset && ms - before.end <= SAME_SPAN_MS;
    const joinsAfter = after !== undefined && after.offset === offset && after.start - ms <= SAME_SPAN_MS;
    if (joinsBefore && joinsAfter) {
      before.end = after.end;
      spans.splice(i + 1, 1);
    } else if (joinsBefore) before.end = ms;
    else if (joinsAfter) after.start = ms;
    else spans.splice(i + 1, 0, { start: ms, end: ms, offset });
    return offset;
  }
}

const zones = new Map<string, ZoneOffsets>();
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

/** UTC offset of `timeZone` at instant `ms`, in milliseconds. */
export function zoneOffsetMs(timeZone: string, ms: number): number {
  if (UTC_ZONES.has(timeZone)) return 0;
  let zone = zones.get(timeZone);
  if (!zone) zones.set(timeZone, (zone = new ZoneOffsets(timeZone)));
  return zone.at(ms);
}
