import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../src/core/schedules.ts';
import type { Model } from '../../src/core/model.ts';
import { checkDrift, hasDrift } from '../../src/pager/drift.ts';
import { readFeedEvents } from '../../src/pager/feed-events.ts';
import { formatDrift } from '../../src/pager/format-drift.ts';
import { rotationFeed } from '../../src/site/feed-files.ts';
import type { PageData } from '../../src/site/page-data.ts';
import { buildOncall } from '../../src/site/schedules.ts';
import { load } from '../helpers/data-dir.ts';

const PAGER = new URL('../fixtures/pager/', import.meta.url);
const model = load(new URL('data/', PAGER).pathname).model as Model;
const feedText = (name: string) => readFileSync(new URL(name, PAGER), 'utf8');

/** The drift report of a fixture feed against a rotation of the pager fixture, from the week of `from`. */
function drift(feed: string, rotation: string, from: string, weeks: number) {
  const schedule = computeSchedule(model, rotation, { from: new Date(`${from}T12:00:00Z`), weeks });
  const events = readFeedEvents(feed, { timeZone: model.site.calendar.timezone, from: schedule.weeks[0]!.start, to: schedule.weeks.at(-1)!.end });
  return checkDrift(model, schedule, events);
}
const ms = (d: string) => new Date(d).getTime();

describe('checkDrift', () => {
  it('returns no drift when a PagerDuty feed matches by ATTENDEE email, its split week included', () => {
    const report = drift(feedText('pagerduty.ics'), 'primary', '2026-11-30', 4);
    expect(report).toMatchObject({ events: 5, matchedBy: { attendee: 5 }, disagreements: [], unmatched: [] });
    expect(report.from).toEqual(new Date('2026-11-30T08:00:00Z'));
    expect(report.to).toEqual(new Date('2026-12-28T08:00:00Z'));
    expect(hasDrift(report)).toBe(false);
  });

  it('returns the week an Opsgenie feed gives someone else, with both engineers, matched by the email in its summary', () => {
    const report = drift(feedText('opsgenie.ics'), 'primary', '2026-11-30', 4);
    expect(report.matchedBy).toEqual({ 'email in text': 4 });
    expect(report.disagreements).toEqual([{ start: ms('2026-12-14T08:00:00Z'), end: ms('2026-12-21T08:00:00Z'), site: ['ben-okafor'], feed: ['dana-novak'] }]);
    expect(hasDrift(report)).toBe(true);
  });

  it('reports a Grafana OnCall event whose user is not in people.yaml, and the stretch it covers, never dropping it', () => {
    const report = drift(feedText('grafana-oncall.ics'), 'primary', '2026-11-30', 4);
    expect(report.matchedBy).toEqual({ 'name in summary': 4 });
    expect(report.unmatched).toEqual([
      {
        line: 34,
        start: new Date('2026-12-21T08:00:00Z'),
        end: new Date('2026-12-24T08:00:00Z'),
        summary: 'grafana-admin',
        reason: "no attendee or organiser email, and no person's email, name or id is in the summary",
      },
    ]);
    expect(report.disagreements).toEqual([{ start: ms('2026-12-21T08:00:00Z'), end: ms('2026-12-24T08:00:00Z'), site: ['ana-lima'], feed: ['?line 34'] }]);
  });

  it('returns no drift over more than a year of a recurring feed (RRULE, EXDATE, RECURRENCE-ID, all-day events, both DST changes)', () => {
    const report = drift(feedText('recurring.ics'), 'secondary', '2026-01-01', 60);
    expect(report.disagreements).toEqual([]);
    expect(report.unmatched).toEqual([]);
    expect(report.matchedBy).toEqual({ organizer: 29, 'email in text': 1, 'name in summary': 31 });
  });

  it('returns the stretch where the feed has nobody, and when the feed ends, when it stops before the range does', () => {
    const report = drift(feedText('pagerduty.ics'), 'primary', '2026-11-30', 5);
    expect(report.disagreements).toEqual([{ start: ms('2026-12-28T08:00:00Z'), end: ms('2027-01-04T08:00:00Z'), site: ['chen-wei'], feed: [] }]);
    expect(report.feedEnds).toEqual(new Date('2026-12-28T08:00:00Z'));
  });

  it("returns no drift for every rotation against this site's own feed, over the whole calendar it publishes", () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const data = { model, oncall: buildOncall(model, now), stamp: now } as unknown as PageData;
    for (const rotation of model.rotations) {
      const schedule = data.oncall.byRotation.get(rotation.id)!.schedule;
      const events = readFeedEvents(rotationFeed(data, rotation.id), { timeZone: model.site.calendar.timezone, from: schedule.weeks[0]!.start, to: schedule.weeks.at(-1)!.end });
      const report = checkDrift(model, schedule, events);
      expect(report.events, rotation.id).toBe(schedule.weeks.length);
      expect(report.disagreements, rotation.id).toEqual([]);
      expect(report.unmatched, rotation.id).toEqual([]);
    }
  });
});

describe('formatDrift', () => {
  const report = drift(feedText('grafana-oncall.ics'), 'primary', '2026-11-30', 4);
  const context = { model, feedName: 'the feed' };

  it('returns a text table of each disagreement with both engineers by name, then the events that match nobody', () => {
    expect(formatDrift(report, 'text', context)).toBe(
      [
        'Drift: the feed and rotation primary (Primary on-call) disagree from Mon 30 Nov 2026 09:00 to Mon 28 Dec 2026 09:00 (Europe/Berlin): 1 stretch where they name different people, and 1 event matches nobody in people.yaml (5 events).',
        '',
        '  when                                            this repository       the feed',
        '  Mon 21 Dec 2026 09:00 – Thu 24 Dec 2026 09:00   Ana Lima (ana-lima)   nobody known (the event at the feed:34)',
        '',
        'Events that match nobody (give the person their email in people.yaml, or fix the name in the paging tool):',
        '  the feed:34: Mon 21 Dec 2026 09:00 – Thu 24 Dec 2026 09:00 "grafana-admin": no attendee or organiser email, and no person\'s email, name or id is in the summary',
        '',
      ].join('\n'),
    );
  });

  it('returns a Markdown table for a job summary', () => {
    const md = formatDrift(report, 'markdown', context);
    expect(md).toContain('### On-call drift: Primary on-call (`primary`)');
    expect(md).toContain('| Mon 21 Dec 2026 09:00 | Thu 24 Dec 2026 09:00 | Ana Lima (ana-lima) | nobody known (the event at the feed:34) |');
    expect(md).toContain('| 34 | Mon 21 Dec 2026 09:00 | Thu 24 Dec 2026 09:00 | grafana-admin |');
  });

  it('returns one GitHub error annotation per disagreement and unmatched event, with newlines escaped', () => {
    const lines = formatDrift(report, 'github', context).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error title=On-call drift (primary)::'))).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/^::notice title=On-call drift \(primary\)::Drift: /);
  });

  it('returns JSON with instants in UTC and people by id and name', () => {
    const json = JSON.parse(formatDrift(report, 'json', context));
    expect(json).toMatchObject({ rotation: { id: 'primary', name: 'Primary on-call' }, drift: true, events: 5, from: '2026-11-30T08:00:00.000Z' });
    expect(json.disagreements).toEqual([
      { start: '2026-12-21T08:00:00.000Z', end: '2026-12-24T08:00:00.000Z', repository: [{ id: 'ana-lima', name: 'Ana Lima' }], feed: [{ unmatchedLine: 34 }] },
    ]);
  });

  it('says "No drift" with the range when they agree', () => {
    expect(formatDrift(drift(feedText('pagerduty.ics'), 'primary', '2026-11-30', 4), 'text', context)).toBe(
      'No drift: the feed agrees with rotation primary (Primary on-call) at every minute from Mon 30 Nov 2026 09:00 to Mon 28 Dec 2026 09:00 (Europe/Berlin), 5 events.\n',
    );
  });
});

describe('checkDrift with hours and covers', () => {
  const hours = load(new URL('../fixtures/hours/', import.meta.url).pathname).model as Model;
  // 2026-W50 holds the after-hours rotation's night cover (Wed 9 Dec 18:00 to Thu 10 Dec 09:00 Berlin).
  const schedule = computeSchedule(hours, 'after-hours', { from: new Date('2026-12-07T12:00:00Z'), weeks: 2 });
  const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const feedOf = (parts: readonly { start: Date; end: Date; engineer: string }[]) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN',
      ...parts.flatMap((p, i) => ['BEGIN:VEVENT', `UID:${i}`, `DTSTART:${utc(p.start)}`, `DTEND:${utc(p.end)}`, `SUMMARY:${p.engineer}`, 'END:VEVENT']),
      'END:VCALENDAR', ''].join('\r\n');
  const check = (text: string) =>
    checkDrift(hours, schedule, readFeedEvents(text, { timeZone: hours.site.calendar.timezone, from: schedule.weeks[0]!.start, to: schedule.weeks.at(-1)!.end }));

  it("returns no drift for a feed of the engine's shifts: nobody outside the rotation's hours, the cover's engineer in it", () => {
    const parts = schedule.weeks.flatMap((w) => w.shifts);
    expect(parts.some((p) => p.reason === 'cover')).toBe(true);
    expect(check(feedOf(parts)).disagreements).toEqual([]);
  });

  it('returns the cover as drift when the feed still gives that night to the week\'s engineer, and the day as drift when the feed has whole weeks', () => {
    const parts = schedule.weeks.flatMap((w) => w.shifts).map((p) => (p.reason === 'cover' ? { ...p, engineer: 'engineer-d' } : p));
    expect(check(feedOf(parts)).disagreements).toEqual([
      { start: Date.parse('2026-12-09T17:00:00Z'), end: Date.parse('2026-12-10T08:00:00Z'), site: ['engineer-c'], feed: ['engineer-d'] },
    ]);
    const whole = check(feedOf(schedule.weeks.map((w) => ({ start: w.start, end: w.end, engineer: w.engineer }))));
    // Monday 7 Dec 09:00 to 17:00 Berlin: the after-hours rotation is off, the whole-week feed still names someone.
    expect(whole.disagreements[0]).toEqual({ start: Date.parse('2026-12-07T08:00:00Z'), end: Date.parse('2026-12-07T16:00:00Z'), site: [], feed: ['engineer-d'] });
  });
});
