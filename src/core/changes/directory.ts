import type { Holiday, Person, Team } from '../model.ts';
import { diffFields, scalarChange, setChanges, type FieldDiffs } from './fields.ts';
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
  const holidays = (b: Person, a: Person): Change[] => [
    ...setChanges(
      'holidays',
      'holiday',
      b.holidays.map(key),
      a.holidays.map(key),
      (k) => holidayInWords([...a.holidays, ...b.holidays].find((h) => key(h) === k)!),
    ),
    ...a.holidays.flatMap((h) => {
      const was = notes.get(key(h));
      return was ? scalarChange('holidays.note', `holiday ${holidayInWords({ from: h.from, to: h.to })} note`, was.note, h.note) : [];
    }),
  ];
  return diffFields<Person>(
    {
      id: 'people are matched by id',
      name: (b, a) => scalarChange('name', 'name', b.name, a.name),
      email: (b, a) => scalarChange('email', 'email', b.email, a.email),
      github: (b, a) => scalarChange('github', 'GitHub handle', b.github, a.github),
      phone: (b, a) => scalarChange('phone', 'phone', b.phone, a.phone),
      chat: (b, a) => scalarChange('chat', 'chat', b.chat, a.chat),
      slack: (b, a) => scalarChange('slack', 'Slack member id', b.slack, a.slack),
      timezone: (b, a) => scalarChange('timezone', 'time zone', b.timezone, a.timezone),
      holidays,
    } satisfies FieldDiffs<Person>,
    before,
    after,
  );
}

export function teamChanges(before: Team, after: Team): Change[] {
  return diffFields<Team>(
    {
      id: 'teams are matched by id',
      name: (b, a) => scalarChange('name', 'name', b.name, a.name),
      contact: (b, a) => scalarChange('contact', 'contact', b.contact, a.contact),
      url: (b, a) => scalarChange('url', 'link', b.url, a.url),
    } satisfies FieldDiffs<Team>,
    before,
    after,
  );
}
