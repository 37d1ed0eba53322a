import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError, feedCalendarName, readFeedEvents } from '../../src/pager/feed-events.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pager/${name}`, import.meta.url), 'utf8');
const WIDE = { timeZone: 'Europe/Berlin', from: new Date('2025-01-01T00:00:00Z'), to: new Date('2028-01-01T00:00:00Z') };
const iso = (d: Date) => d.toISOString().replace(':00.000Z', 'Z');
const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', 'UID:x', ...lines, 'END:VEVENT'];

describe('readFeedEvents', () => {
  it('returns PagerDuty events with UTC times, the bare ATTENDEE address and unfolded summaries when the feed is in PagerDuty\'s shape', () => {
    const events = readFeedEvents(fixture('pagerduty.ics'), WIDE);
    expect(events).toHaveLength(5);
    expect(events[0]).toMatchObject({
      uid: 'Q0X1CHEN49',
      summary: 'On Call - Chen Wei - Primary on-call (Platform Escalation)',
      attendees: ['chen.wei@example.com'],
      allDay: false,
      line: 6,
    });
    expect(events.map((e) => `${iso(e.start)} ${iso(e.end)}`)).toEqual([
      '2026-11-30T08:00Z 2026-12-07T08:00Z',
      '2026-12-07T08:00Z 2026-12-10T20:00Z',
      '2026-12-10T20:00Z 2026-12-14T08:00Z',
      '2026-12-14T08:00Z 2026-12-21T08:00Z',
      '2026-12-21T08:00Z 2026-12-28T08:00Z',
    ]);
    expect(events[0]!.description).toContain('(escalation policy Platform Escalation, level 1)');
  });

  it('returns times converted with the feed\'s VTIMEZONE when events carry a TZID (Opsgenie)', () => {
    const events = readFeedEvents(fixture('opsgenie.ics'), { ...WIDE, timeZone: 'Asia/Tokyo' });
    expect(iso(events[0]!.start)).toBe('2026-11-30T08:00Z');
    expect(events[0]!.summary).toBe('Primary_schedule - Weekly rotation: chen.wei@example.com');
  });

  it('leaves out CANCELLED events when Grafana OnCall keeps a removed shift in its export', () => {
    const events = readFeedEvents(fixture('grafana-oncall.ics'), WIDE);
    expect(events.map((e) => e.summary)).toEqual(['Chen Wei', 'Dana Novak', 'Ben Okafor', 'grafana-admin', 'Ana Lima']);
  });

  it('expands RRULE with EXDATE and RECURRENCE-ID, keeping the wall-clock hand-off across DST, when the feed repeats events', () => {
    const events = readFeedEvents(fixture('recurring.ics'), { ...WIDE, from: new Date('2026-03-16T00:00:00Z'), to: new Date('2026-04-12T22:00:00Z') });
    // Monday 00:00 Berlin: 23:00Z in winter, 22:00Z in summer (DST began 29 March 2026).
    expect(events.map((e) => `${e.summary} ${iso(e.start)} ${iso(e.end)}`)).toEqual([
      'Secondary: Finn Berg 2026-03-15T23:00Z 2026-03-22T23:00Z',
      'Secondary: Eve Park 2026-03-22T23:00Z 2026-03-29T22:00Z',
      'Secondary: Finn Berg 2026-03-29T22:00Z 2026-04-05T22:00Z',
      'Secondary: Eve Park 2026-04-05T22:00Z 2026-04-12T22:00Z',
    ]);
    const november = readFeedEvents(fixture('recurring.ics'), { ...WIDE, from: new Date('2026-11-10T00:00:00Z'), to: new Date('2026-12-13T23:00:00Z') });
    expect(november.map((e) => `${e.uid} ${iso(e.start)}${e.allDay ? ' all day' : ''}`)).toEqual([
      'finn-weekly@example.com 2026-11-08T23:00Z',
      // The excluded occurrence of 16 Nov is replaced by two all-day events, days in the calendar's zone.
      'eve-w47a@example.com 2026-11-15T23:00Z all day',
      'eve-w47b@example.com 2026-11-18T23:00Z all day',
      'finn-weekly@example.com 2026-11-22T23:00Z',
      'eve-weekly@example.com 2026-11-29T23:00Z',
      'finn-weekly@example.com 2026-12-06T23:00Z',
    ]);
    expect(november.find((e) => e.start.toISOString().startsWith('2026-12-06'))!.summary).toBe('Secondary: Finn Berg (moved)');
  });

  it('reads floating times and all-day dates in the given zone, and a TZID without VTIMEZONE as that IANA zone', () => {
    const text = calendar(
      ...event('DTSTART:20261201T090000', 'DTEND:20261201T170000', 'SUMMARY:floating'),
      ...event('DTSTART;VALUE=DATE:20261202', 'SUMMARY:one day'),
      ...event('DTSTART;TZID=America/New_York:20261203T090000', 'DTEND;TZID=America/New_York:20261203T170000', 'SUMMARY:new york'),
    );
    const events = readFeedEvents(text, { ...WIDE, timeZone: 'Asia/Tokyo' });
    expect(events.map((e) => `${e.summary} ${iso(e.start)} ${iso(e.end)}`)).toEqual([
      'floating 2026-12-01T00:00Z 2026-12-01T08:00Z',
      'one day 2026-12-01T15:00Z 2026-12-02T15:00Z',
      'new york 2026-12-03T14:00Z 2026-12-03T22:00Z',
    ]);
  });

  it('reads DURATION as calendar days across DST, and adds RDATE occurrences', () => {
    const text = calendar(
      ...event('DTSTART;TZID=Europe/Berlin:20260323T090000', 'DURATION:P7D', 'RRULE:FREQ=WEEKLY;COUNT=2', 'RDATE;TZID=Europe/Berlin:20260420T090000', 'SUMMARY:weekly'),
    );
    expect(readFeedEvents(text, WIDE).map((e) => `${iso(e.start)} ${iso(e.end)}`)).toEqual([
      '2026-03-23T08:00Z 2026-03-30T07:00Z',
      '2026-03-30T07:00Z 2026-04-06T07:00Z',
      '2026-04-20T07:00Z 2026-04-27T07:00Z',
    ]);
  });

  it('leaves out one occurrence of a series when its RECURRENCE-ID instance is CANCELLED', () => {
    const text = calendar(
      ...event('DTSTART:20261207T080000Z', 'DTEND:20261214T080000Z', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:weekly'),
      ...event('RECURRENCE-ID:20261214T080000Z', 'DTSTART:20261214T080000Z', 'DTEND:20261221T080000Z', 'STATUS:CANCELLED', 'SUMMARY:weekly'),
    );
    expect(readFeedEvents(text, WIDE).map((e) => iso(e.start))).toEqual(['2026-12-07T08:00Z', '2026-12-21T08:00Z']);
  });

  it('returns only occurrences overlapping the range when the feed reaches beyond it', () => {
    const events = readFeedEvents(fixture('pagerduty.ics'), { ...WIDE, from: new Date('2026-12-10T20:00:00Z'), to: new Date('2026-12-14T08:00:01Z') });
    expect(events.map((e) => e.uid)).toEqual(['Q0X3DANA50', 'Q0X4BEN51']);
  });

  it('throws a FeedError with the reason when the text is not iCalendar, or an event has an unknown TZID or no DTSTART', () => {
    expect(() => readFeedEvents('<html>login</html>', WIDE)).toThrow(new FeedError('it is not an iCalendar feed: it should start with BEGIN:VCALENDAR, not "<html>login</html>"'));
    expect(() => readFeedEvents('', WIDE)).toThrow(/should start with BEGIN:VCALENDAR but is empty/);
    expect(() => readFeedEvents(calendar('garbage line'), WIDE)).toThrow(/not valid iCalendar: .*\(line 4\)/);
    expect(() => readFeedEvents(calendar(...event('DTSTART;TZID=Mars/Olympus:20261201T090000', 'DTEND;TZID=Mars/Olympus:20261201T100000')), WIDE)).toThrow(
      new FeedError('the event at line 4 uses TZID=Mars/Olympus, which the feed defines in no VTIMEZONE and which is not an IANA time zone'),
    );
    expect(() => readFeedEvents(calendar(...event('SUMMARY:no start')), WIDE)).toThrow(new FeedError('the event at line 4 has no DTSTART'));
  });

  it('does not depend on the machine\'s time zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const text = calendar(...event('DTSTART:20261201T090000', 'DTEND:20261201T170000'));
      expect(iso(readFeedEvents(text, { ...WIDE, timeZone: 'UTC' })[0]!.start)).toBe('2026-12-01T09:00Z');
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('feedCalendarName', () => {
  it("returns the feed's X-WR-CALNAME without PagerDuty's prefix, or undefined when there is none", () => {
    expect(feedCalendarName(fixture('pagerduty.ics'))).toBe('Primary on-call');
    expect(feedCalendarName(fixture('opsgenie.ics'))).toBe('Primary_schedule');
    expect(feedCalendarName(calendar())).toBeUndefined();
  });
});
