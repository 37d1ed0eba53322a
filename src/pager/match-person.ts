import type { Person } from '../core/model.ts';
import type { FeedEvent } from './feed-events.ts';

/**
 * Who a feed event puts on call, in the order the paging tools make it reliable: the ATTENDEE (or
 * ORGANIZER) email first (PagerDuty writes the user's address as ATTENDEE), then an email written in
 * the summary or description (Opsgenie's usernames are addresses), then a display name in SUMMARY
 * (Grafana OnCall writes only the user's name there; this site writes "On call: Engineer A (…)").
 */
export type MatchedBy = 'attendee' | 'organizer' | 'email in text' | 'name in summary';

export type Match =
  | { readonly person: string; readonly by: MatchedBy }
  | { readonly person?: undefined; readonly reason: string };

const EMAIL = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/g;

export class PersonMatcher {
  private readonly byEmail = new Map<string, string>();

  private readonly names: { phrase: string; person: string }[] = [];

  constructor(people: readonly Person[]) {
    for (const p of people) {
      if (p.email) this.byEmail.set(p.email.toLowerCase(), p.id);
      this.names.push({ phrase: normalise(p.name), person: p.id });
      // The id too: Grafana OnCall writes its username, which teams often make the same as the id.
      if (normalise(p.id) !== normalise(p.name)) this.names.push({ phrase: normalise(p.id), person: p.id });
    }
  }

  match(event: Pick<FeedEvent, 'attendees' | 'organizer' | 'summary' | 'description'>): Match {
    for (const email of event.attendees) {
      const person = this.byEmail.get(email);
      if (person) return { person, by: 'attendee' };
    }
    const organizer = event.organizer ? this.byEmail.get(event.organizer) : undefined;
    if (organizer) return { person: organizer, by: 'organizer' };
    for (const email of `${event.summary}\n${event.description}`.match(EMAIL) ?? []) {
      const person = this.byEmail.get(email.toLowerCase());
      if (person) return { person, by: 'email in text' };
    }
    return this.byName(event.summary, [...event.attendees, ...(event.organizer ? [event.organizer] : [])]);
  }

  /** The longest name or id found as whole words in the summary; two different people that long is ambiguous. */
  private byName(summary: string, emails: readonly string[]): Match {
    const text = ` ${normalise(summary)} `;
    const found = this.names.filter((n) => n.phrase && text.includes(` ${n.phrase} `));
    const longest = Math.max(0, ...found.map((n) => n.phrase.length));
    const people = [...new Set(found.filter((n) => n.phrase.length === longest).map((n) => n.person))];
    if (people.length === 1) return { person: people[0]!, by: 'name in summary' };
    if (people.length > 1) return { reason: `the summary names ${people.join(' and ')} equally well` };
    const what = emails.length ? `no person in people.yaml has the email ${emails.join(', ')}, and no` : 'no attendee or organiser email, and no';
    return { reason: `${what} person's email, name or id is in the summary` };
  }
}

/** Lower case, letters and digits only, single spaces: "Engineer-A," and "engineer a" compare equal. */
function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
