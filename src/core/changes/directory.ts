import type { Holiday, Person, Team } from '../model.ts';
import { scalarChange, setChanges } from './fields.ts';
import type { Change } from './types.ts';

/** "2026-12-21 to 2027-01-01 (Winter break)". */
export function holidayInWords(h: Holiday): string {
  const dates = h.from === h.to ? h.from : `${h.from} to ${h.to}`;
  return h.note ? `${dates} (${h.note})` : dates;
}

/** "Holidays 2026-12-21 to 2027-01-03 (Winter break)": what a new person brings to the calendar. */
export function personSummary(p: Person): string | undefined {
  return p.holidays.length ? `${p.holidays.length === 1 ? 'holiday' : 'holidays'} ${p.holidays.map(holidayInWords).join(', ')}` : undefined;
}

/** Contacts and holidays: the holidays are what move on-call weeks, so each is listed. */
export function personChanges(before: Person, after: Person): Change[] {
  const key = (h: Holiday) => `${h.from}..${h.to}`;
  const notes = new Map(before.holidays.map((h) => [key(h), h]));
  const changes: Change[] = [
    ...scalarChange('name', 'name', before.name, after.name),
    ...scalarChange('email', 'email', before.email, after.email),
    ...scalarChange('chat', 'chat', before.chat, after.chat),
    ...scalarChange('timezone', 'time zone', before.timezone, after.timezone),
    ...setChanges(
      'holidays',
      'holiday',
      before.holidays.map(key),
      after.holidays.map(key),
      (k) => holidayInWords([...after.holidays, ...before.holidays].find((h) => key(h) === k)!),
    ),
  ];
  for (const h of after.holidays) {
    const was = notes.get(key(h));
    if (was) changes.push(...scalarChange('holidays.note', `holiday ${holidayInWords({ from: h.from, to: h.to })} note`, was.note, h.note));
  }
  return changes;
}

export function teamChanges(before: Team, after: Team): Change[] {
  return [
    ...scalarChange('name', 'name', before.name, after.name),
    ...scalarChange('contact', 'contact', before.contact, after.contact),
    ...scalarChange('url', 'link', before.url, after.url),
  ];
}
