import ICAL from 'ical.js';
import { civilDay, instantAt } from '../core/calendar/civil.ts';

/**
 * A paging tool's calendar feed (PagerDuty, Opsgenie, Grafana OnCall, incident.io, or this site's own
 * feeds) read into plain time ranges, through ical.js: folded lines, TZID with the feed's VTIMEZONE,
 * UTC, floating times, all-day dates, RRULE/RDATE/EXDATE and moved occurrences (RECURRENCE-ID).
 * Nothing here knows people or rotations; see match-person.ts and drift.ts.
 */

/** One occurrence of an event, recurrences expanded. */
export interface FeedEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  /** ATTENDEE values, in the order written, without `mailto:` (PagerDuty writes a bare address). */
  readonly attendees: readonly string[];
  readonly organizer?: string;
  readonly start: Date;
  readonly end: Date;
  readonly allDay: boolean;
  /** The 1-based line of the event's BEGIN:VEVENT in the feed, for messages. */
  readonly line: number;
}

/** The feed cannot be read at all: the CLI exits 2 with this message. */
export class FeedError extends Error {}

export interface ReadOptions {
  /** Floating times and all-day dates are read in this zone (the company calendar's). */
  readonly timeZone: string;
  /** Occurrences that end after `from` and start before `to` are kept; recurrences are expanded up to `to`. */
  readonly from: Date;
  /** Absent: the feed's whole range, recurring events up to a year after the last date the feed writes. */
  readonly to?: Date;
}

const OPEN_END_MS = 366 * 86_400_000;

/** Occurrences of one recurring event beyond this are a runaway rule (FREQ=MINUTELY for years), not a schedule. */
const MAX_OCCURRENCES = 100_000;

/**
 * The events of an iCalendar text that overlap [from, to), in start order. CANCELLED events are
 * left out (Grafana OnCall keeps a removed shift in its export as CANCELLED with DTEND = DTSTART).
 */
export function readFeedEvents(text: string, options: ReadOptions): FeedEvent[] {
  const root = parseCalendar(text);
  const lines = veventLines(text);
  const zones = root.getAllSubcomponents('vtimezone').map((c) => new ICAL.Timezone(c));
  // ical.js resolves TZIDs through one global registry: register this feed's zones for the read only.
  const added = zones.filter((z) => z.tzid && !ICAL.TimezoneService.has(z.tzid));
  for (const zone of added) ICAL.TimezoneService.register(zone);
  try {
    const components = root.getAllSubcomponents('vevent');
    const exceptions = new Map<string, ICAL.Component[]>();
    for (const c of components) {
      if (!c.hasProperty('recurrence-id')) continue;
      const uid = String(c.getFirstPropertyValue('uid') ?? '');
      exceptions.set(uid, [...(exceptions.get(uid) ?? []), c]);
    }
    const to = options.to ?? new Date(lastWritten(components, options.timeZone, lines) + OPEN_END_MS);
    const events: FeedEvent[] = [];
    components.forEach((component, index) => {
      if (component.hasProperty('recurrence-id')) return;
      const line = lines[index] ?? 0;
      // Given explicitly (even none): by default ical.js relates every RECURRENCE-ID in the calendar, whatever its UID.
      const uid = String(component.getFirstPropertyValue('uid') ?? '');
      const event = new ICAL.Event(component, { strictExceptions: true, exceptions: exceptions.get(uid) ?? [] });
      events.push(...occurrences(event, component, line, { ...options, to }));
    });
    return events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
  } finally {
    for (const zone of added) ICAL.TimezoneService.remove(zone.tzid);
  }
}

/** The latest DTSTART or DTEND the feed writes (not expanded), in ms; -Infinity when it has no event. */
function lastWritten(components: readonly ICAL.Component[], timeZone: string, lines: readonly number[]): number {
  let last = -Infinity;
  components.forEach((c, i) => {
    for (const name of ['dtstart', 'dtend']) {
      const value = c.getFirstPropertyValue(name);
      if (value instanceof ICAL.Time) last = Math.max(last, instantOf(value, tzidOf(c, name), timeZone, lines[i] ?? 0).getTime());
    }
  });
  return last;
}

/** The schedule's name from the feed's X-WR-CALNAME, if any; PagerDuty's "On Call Schedule for " prefix is dropped. */
export function feedCalendarName(text: string): string | undefined {
  const name = parseCalendar(text).getFirstPropertyValue('x-wr-calname');
  const bare = typeof name === 'string' ? name.replace(/^\s*On[- ]?Call Schedule for\s+/i, '').trim() : '';
  return bare || undefined;
}

function parseCalendar(text: string): ICAL.Component {
  if (!/^\s*BEGIN:VCALENDAR/i.test(text.replace(/^\uFEFF/, ''))) {
    const first = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
    throw new FeedError(`it is not an iCalendar feed: it should start with BEGIN:VCALENDAR${first ? `, not "${first.slice(0, 40)}"` : ' but is empty'}`);
  }
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (error) {
    throw new FeedError(`it is not valid iCalendar: ${(error as Error).message}${lineOf(text, error as Error)}`);
  }
  // Several VCALENDARs in one file come back as a list: the first is the feed.
  const first = Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal[0] : jcal;
  return new ICAL.Component(first as unknown[]);
}

/** ical.js quotes the offending line in its message; find it in the text to give its number. */
function lineOf(text: string, error: Error): string {
  const lines = text.split(/\r?\n/);
  // The quoted line is the longest quoted piece ("invalid line (no token ";" or ":") "garbage"").
  const quoted = [...error.message.matchAll(/"([^"]+)"/g)].map((m) => m[1]!).sort((a, b) => b.length - a.length)[0];
  const index = quoted ? lines.findIndex((l) => l.includes(quoted)) : -1;
  return index >= 0 ? ` (line ${index + 1})` : '';
}

/** The line of each BEGIN:VEVENT, in document order (ical.js keeps no positions). */
function veventLines(text: string): number[] {
  const out: number[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (/^BEGIN:VEVENT\s*$/i.test(l)) out.push(i + 1);
  });
  return out;
}

function occurrences(event: ICAL.Event, component: ICAL.Component, line: number, options: ReadOptions & { readonly to: Date }): FeedEvent[] {
  if (cancelled(component)) return [];
  if (!component.hasProperty('dtstart')) throw new FeedError(`the event at line ${line} has no DTSTART`);
  const startTzid = tzidOf(component, 'dtstart');
  const endTzid = component.hasProperty('dtend') ? tzidOf(component, 'dtend') : startTzid;
  const from = options.from.getTime();
  const to = options.to.getTime();
  const out: FeedEvent[] = [];
  // Each occurrence lasts as long on the wall clock as the first: a weekly shift from Monday 09:00 to
  // Monday 09:00 stays so across DST, as calendar programs show it (RFC 5545 would keep the exact
  // duration, an hour of overlap or gap at each change; ical.js adds the exact duration to the wall clock).
  const sameZone = startTzid === endTzid && component.hasProperty('dtend');
  const wallDuration = sameZone ? event.endDate.subtractDate(event.startDate) : undefined;
  const push = (item: ICAL.Event, start: ICAL.Time, end: ICAL.Time) => {
    const own = item !== event; // a moved occurrence (RECURRENCE-ID) has its own DTSTART and DTEND
    if (own && cancelled(item.component)) return; // one occurrence called off
    const s = instantOf(start, own ? tzidOf(item.component, 'dtstart') : startTzid, options.timeZone, line);
    let e: Date;
    if (own) e = instantOf(end, tzidOf(item.component, 'dtend') ?? tzidOf(item.component, 'dtstart'), options.timeZone, line);
    else if (wallDuration) {
      const wallEnd = start.clone();
      wallEnd.addDuration(wallDuration);
      e = instantOf(wallEnd, endTzid, options.timeZone, line);
    } else e = instantOf(end, endTzid, options.timeZone, line);
    if (e.getTime() <= from || s.getTime() >= to) return;
    if (e.getTime() <= s.getTime()) return; // a zero-length event puts nobody on call
    out.push({
      uid: item.uid ?? '',
      summary: item.summary ?? '',
      description: item.description ?? '',
      attendees: item.attendees.map((a) => address(String(a.getFirstValue()))),
      ...(item.organizer ? { organizer: address(item.organizer) } : {}),
      start: s,
      end: e,
      allDay: start.isDate,
      line,
    });
  };
  if (!event.isRecurring()) {
    push(event, event.startDate, event.endDate);
    return out;
  }
  const iterator = event.iterator();
  for (let n = 0, next = iterator.next(); next; next = iterator.next(), n++) {
    if (n >= MAX_OCCURRENCES) throw new FeedError(`the event at line ${line} repeats more than ${MAX_OCCURRENCES} times before the end of the range`);
    const details = event.getOccurrenceDetails(next);
    if (instantOf(details.startDate, startTzid, options.timeZone, line).getTime() >= to) break;
    push(details.item, details.startDate, details.endDate);
  }
  return out;
}

const cancelled = (component: ICAL.Component) => String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

function tzidOf(component: ICAL.Component, name: string): string | undefined {
  const tzid = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

/** `mailto:a@example.com` and `a@example.com` alike, lower-cased. */
function address(value: string): string {
  return value.replace(/^mailto:/i, '').trim().toLowerCase();
}

function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant of an ical.js time. UTC is exact; a TZID the feed defines in a VTIMEZONE is converted by
 * ical.js with those rules; a TZID with no VTIMEZONE that names an IANA zone (Google's and Outlook's
 * feeds often omit it) is read in that zone; a floating time or an all-day date in `timeZone`.
 * Never the machine's zone.
 */
function instantOf(time: ICAL.Time, tzid: string | undefined, timeZone: string, line: number): Date {
  const wall = () => {
    const day = civilDay(time.year, time.month, time.day);
    return (zone: string) => new Date(instantAt(day, time.hour * 60 + time.minute, zone).getTime() + time.second * 1000);
  };
  if (time.isDate) return wall()(timeZone);
  if (time.zone === ICAL.Timezone.utcTimezone || time.zone?.tzid === 'UTC') {
    return new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second));
  }
  if (tzid !== undefined) {
    if (ICAL.TimezoneService.has(tzid)) return new Date(time.toUnixTime() * 1000);
    if (isIanaZone(tzid)) return wall()(tzid);
    throw new FeedError(`the event at line ${line} uses TZID=${tzid}, which the feed defines in no VTIMEZONE and which is not an IANA time zone`);
  }
  // A wall time in a DST gap moves forward by the gap, as calendar programs show it.
  return wall()(timeZone);
}
