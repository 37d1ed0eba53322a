import { shiftNote } from '../core/calendar/notes.ts';
import type { RotationSchedule, Shift, ShiftPart } from '../core/schedules.ts';
import type { Model } from '../core/model.ts';

/**
 * iCalendar (RFC 5545) feeds of on-call shifts: one per rotation (`/oncall/<rotation>.ics`) and
 * one per person across rotations (`/people/<id>.ics`). Output is byte-for-byte reproducible:
 * UIDs come from rotation, week and part (see eventsOf); DTSTAMP and LAST-MODIFIED from the caller
 * (feedStamp: SOURCE_DATE_EPOCH, the data's last commit, or DEFAULT_DTSTAMP), so a week that changes
 * hands keeps its UID and gets a later revision.
 *
 * A week on call around the clock with no cover is one event, as it always was. A week with `hours`
 * is one event per window, and a cover is an event of its own, splitting the week's event around it:
 * each event is one of the engine's shifts (Shift.shifts).
 */

/** DTSTAMP when neither SOURCE_DATE_EPOCH nor git gives one: a fixed value, never the clock, so feeds stay reproducible. */
export const DEFAULT_DTSTAMP = new Date('2026-01-01T00:00:00Z');

export interface IcsOptions {
  /** DTSTAMP and LAST-MODIFIED of every event: when the data was last revised (see feedStamp). */
  readonly stamp: Date;
  /** X-WR-CALNAME; defaults to the rotation's or person's name. */
  readonly calendarName?: string;
}

/** One event: a stretch of a week held by one engineer. */
interface IcsEvent {
  readonly schedule: RotationSchedule;
  readonly shift: Shift;
  readonly part: ShiftPart;
  readonly uid: string;
}

/** One rotation's shifts. */
export function rotationIcs(model: Model, schedule: RotationSchedule, options: IcsOptions): string {
  return renderIcs(model, eventsOf(schedule), options.calendarName ?? schedule.name, options.stamp);
}

/** Several rotations in one calendar (the CLI without --rotation). */
export function rotationsIcs(model: Model, schedules: readonly RotationSchedule[], options: IcsOptions): string {
  return renderIcs(model, schedules.flatMap(eventsOf), options.calendarName ?? `${model.site.title}: on-call`, options.stamp);
}

/** One person's shifts across every rotation, covers they take included, in time order. Event UIDs match the rotation feeds'. */
export function personIcs(model: Model, personId: string, schedules: readonly RotationSchedule[], options: IcsOptions): string {
  const events = schedules
    .flatMap((schedule) => eventsOf(schedule).filter((e) => e.part.engineer === personId))
    .sort((a, b) => a.part.start.getTime() - b.part.start.getTime() || (a.schedule.rotation < b.schedule.rotation ? -1 : 1));
  const name = model.byId.people.get(personId)?.name ?? personId;
  return renderIcs(model, events, options.calendarName ?? `On call: ${name}`, options.stamp);
}

/**
 * The stable UID of an event: the same in the rotation feed and the person feed. The week's first part of
 * its own (not a cover) keeps the plain week UID, so a week that only gains a cover, or a rotation that
 * gains hours, updates the event subscribers already have. Every other part is named by what it is and
 * when it starts (`-cover-<start>`, or `-<start>` for a later window), which does not change when
 * another part of the week does.
 */
export const shiftUid = (rotation: string, week: string, part?: { readonly kind: 'cover' | 'window'; readonly start: Date }) =>
  `${rotation}-${week}${part ? `-${part.kind === 'cover' ? 'cover-' : ''}${icsUtc(part.start)}` : ''}@pipeline-runbooks`;

/** The events of a rotation's listed weeks: one per shift part. */
function eventsOf(schedule: RotationSchedule): IcsEvent[] {
  return schedule.weeks.flatMap((shift) => {
    let own = false;
    return shift.shifts.map((part) => {
      const first = part.reason !== 'cover' && !own;
      if (part.reason !== 'cover') own = true;
      const uid = shiftUid(schedule.rotation, shift.week, first ? undefined : { kind: part.reason === 'cover' ? 'cover' : 'window', start: part.start });
      return { schedule, shift, part, uid };
    });
  });
}

function renderIcs(model: Model, events: readonly IcsEvent[], calendarName: string, stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pipeline Runbooks//On-call calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
  ];
  const nameOf = (id: string) => model.byId.people.get(id)?.name ?? id;
  const dtstamp = `DTSTAMP:${icsUtc(stamp)}`;
  const modified = `LAST-MODIFIED:${icsUtc(stamp)}`;
  for (const { schedule, shift, part, uid } of events) {
    const who = nameOf(part.engineer);
    const details = [`${who} (${part.engineer}) is on call for ${schedule.name} in ${shift.week}.`];
    if (part.reason === 'cover') details.push(`Cover, replacing ${nameOf(shift.engineer)}: ${part.note ?? ''}`);
    else if (shift.reason === 'override') details.push(`Override${shift.agreed ? ' (agreed)' : ''}, replacing ${nameOf(shift.scheduled)}: ${shiftNote(shift, nameOf) ?? ''}`);
    else if (shift.reason === 'holiday-swap') details.push(`Holiday swap: ${who} ${shiftNote(shift, nameOf) ?? ''}`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      dtstamp,
      modified,
      `DTSTART:${icsUtc(part.start)}`,
      `DTEND:${icsUtc(part.end)}`,
      `SUMMARY:${escapeText(`On call: ${who} (${schedule.name}${part.reason === 'cover' ? ', cover' : ''})`)}`,
      ...attendee(model.byId.people.get(part.engineer)),
      `DESCRIPTION:${escapeText(details.join('\n'))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * The engineer as ATTENDEE, when people.yaml has their email: paging tools that import a schedule
 * feed find the user by it. The bare address, as PagerDuty's own feeds write it, because Grafana
 * OnCall compares the value with its users' emails as is (a `mailto:` prefix would match nobody).
 */
function attendee(person: { readonly name: string; readonly email?: string } | undefined): string[] {
  if (!person?.email) return [];
  // A parameter value is quoted; DQUOTE and control characters cannot appear inside it (RFC 5545 §3.1).
  return [`ATTENDEE;CN="${person.name.replace(/["\u0000-\u001f\u007f]/g, '')}";ROLE=REQ-PARTICIPANT:${person.email}`];
}

/** UTC DATE-TIME form: 20261228T000000Z. */
export function icsUtc(date: Date): string {
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}T${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
}

/** TEXT value escaping (RFC 5545 §3.3.11); other control characters are not allowed and are dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1): continuation lines
 * start with one space. Splits only between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  // Most lines are short ASCII: UTF-16 length is then the octet count.
  if (line.length <= 75 && !/[^\x00-\x7f]/.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = utf8Length(char.codePointAt(0)!);
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // the leading space counts
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
