import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/core/model.ts';
import { PersonMatcher } from '../../src/pager/match-person.ts';

const people = [
  { id: 'ana-lima', name: 'Ana Lima', email: 'Ana.Lima@example.com', holidays: [] },
  { id: 'ben-okafor', name: 'Ben Okafor', email: 'ben.okafor@example.com', holidays: [] },
  { id: 'ana', name: 'Ana', holidays: [] },
  { id: 'jo-ng', name: 'Jo Ng', holidays: [] },
  { id: 'jo-ng-2', name: 'Jo  NG', holidays: [] },
] as unknown as Person[];
const matcher = new PersonMatcher(people);
const event = (e: { attendees?: string[]; organizer?: string; summary?: string; description?: string }) => ({
  attendees: e.attendees ?? [],
  summary: e.summary ?? '',
  description: e.description ?? '',
  ...(e.organizer ? { organizer: e.organizer } : {}),
});

describe('PersonMatcher', () => {
  it('returns the attendee\'s person first, even when the summary names someone else', () => {
    expect(matcher.match(event({ attendees: ['nobody@example.com', 'ana.lima@example.com'], summary: 'On Call - Ben Okafor' }))).toEqual({ person: 'ana-lima', by: 'attendee' });
  });

  it('returns the organiser\'s person when no attendee matches', () => {
    expect(matcher.match(event({ organizer: 'ben.okafor@example.com', summary: 'Ana Lima' }))).toEqual({ person: 'ben-okafor', by: 'organizer' });
  });

  it('returns the person whose email is in the summary or description when no attendee or organiser matches', () => {
    expect(matcher.match(event({ summary: 'Primary_schedule: BEN.OKAFOR@example.com' }))).toEqual({ person: 'ben-okafor', by: 'email in text' });
    expect(matcher.match(event({ description: 'Contact: ana.lima@example.com' }))).toEqual({ person: 'ana-lima', by: 'email in text' });
  });

  it('returns the longest display name or id found as whole words in the summary', () => {
    expect(matcher.match(event({ summary: 'On call: Ana Lima (Primary)' }))).toEqual({ person: 'ana-lima', by: 'name in summary' });
    expect(matcher.match(event({ summary: 'ana' }))).toEqual({ person: 'ana', by: 'name in summary' });
    expect(matcher.match(event({ summary: 'On call: ben-okafor' }))).toEqual({ person: 'ben-okafor', by: 'name in summary' });
    // "Anabel" contains "Ana" but not as a word.
    expect(matcher.match(event({ summary: 'Anabel' })).person).toBeUndefined();
  });

  it('returns a reason instead of a person when nobody matches, or two people match equally', () => {
    expect(matcher.match(event({ summary: 'grafana-admin' }))).toEqual({ reason: "no attendee or organiser email, and no person's email, name or id is in the summary" });
    expect(matcher.match(event({ attendees: ['x@example.com'], summary: 'X' }))).toEqual({
      reason: "no person in people.yaml has the email x@example.com, and no person's email, name or id is in the summary",
    });
    expect(matcher.match(event({ summary: 'On call: Jo Ng' }))).toEqual({ reason: 'the summary names jo-ng and jo-ng-2 equally well' });
  });
});
