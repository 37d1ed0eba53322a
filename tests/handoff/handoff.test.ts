import { describe, expect, it } from 'vitest';
import { computeHandoff, type Handoff } from '../../src/handoff/handoff.ts';
import { markdownMessage } from '../../src/handoff/markdown.ts';
import { slackMessage } from '../../src/handoff/slack.ts';
import { shiftLines } from '../../src/handoff/words.ts';
import { siteUrls } from '../../src/routes/routes.ts';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTEGRATIONS_FIXTURE, modelOf, tempDir } from '../helpers/data-dir.ts';

// The fixture's calendar is Europe/Berlin (UTC+1 in March), 8 weeks ahead; platform hands off Mondays 09:00, reporting 00:00.
const model = modelOf(INTEGRATIONS_FIXTURE);
const urls = siteUrls('https://acme.github.io/runbooks/');
const MONDAY_W10_11H = new Date('2026-03-02T10:00:00Z');
const rotation = (h: Handoff, id: string) => h.rotations.find((r) => r.id === id)!;

/** A copy of the fixture, removed when the test ends, with `file` edited: its directory. */
function fixtureWith(file: string, edit: (text: string) => string): string {
  const dir = tempDir();
  cpSync(INTEGRATIONS_FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('computeHandoff', () => {
  it('returns who is on call now, until when, and who is next, per rotation', () => {
    const h = computeHandoff(model, MONDAY_W10_11H, urls);
    expect([h.week, h.until, h.timezone]).toEqual(['2026-W10', '2026-W18', 'Europe/Berlin']);
    const platform = rotation(h, 'platform');
    expect(platform.current).toEqual({ person: { id: 'engineer-a', name: 'Alice Example', chat: '@alice', slack: 'U0ALICE001' }, week: '2026-W10', start: new Date('2026-03-02T08:00:00Z'), end: new Date('2026-03-09T08:00:00Z') });
    // 2026-W11 is overridden to Alice too (the back-to-back problem below).
    expect(platform.next?.person.id).toBe('engineer-a');
    expect(rotation(h, 'reporting').current?.person.name).toBe('Carol Example');
    expect(rotation(h, 'reporting').next).toMatchObject({ person: { id: 'engineer-d' }, week: '2026-W11', start: new Date('2026-03-09T08:00:00Z') });
    expect(platform.calendarUrl).toBe('https://acme.github.io/runbooks/oncall/platform/');
    expect(platform.feedUrl).toBe('https://acme.github.io/runbooks/oncall/platform.ics');
  });

  it('returns the id after a display name two people share, in who is on call and in the problems', () => {
    const dir = fixtureWith('people.yaml', (t) => t.replace('name: Carol Example', 'name: Dan Example'));
    const h = computeHandoff(modelOf(dir), MONDAY_W10_11H);
    expect(rotation(h, 'reporting').current?.person).toEqual({ id: 'engineer-c', name: 'Dan Example (engineer-c)' });
    expect(rotation(h, 'reporting').next?.person).toEqual({ id: 'engineer-d', name: 'Dan Example (engineer-d)' });
    expect(rotation(h, 'platform').current?.person.name).toBe('Alice Example');
    expect(rotation(h, 'reporting').problems[0]?.message).toMatch(/^Dan Example \(engineer-d\) is on holiday during 2026-W13 .* Dan Example \(engineer-c\) has no week/);
  });

  it("returns last week's engineer as on call before this week's hand-off time", () => {
    const h = computeHandoff(model, new Date('2026-03-02T07:00:00Z')); // Mon 08:00 in Berlin, hand-off at 09:00
    expect(h.week).toBe('2026-W10');
    expect(rotation(h, 'platform').current).toMatchObject({ person: { id: 'engineer-c' }, week: '2026-W09', end: new Date('2026-03-02T08:00:00Z') });
    expect(rotation(h, 'platform').next).toMatchObject({ person: { id: 'engineer-a' }, week: '2026-W10' });
  });

  it('returns nobody on call and the first shift as next before a rotation starts', () => {
    const h = computeHandoff(model, new Date('2026-02-25T12:00:00Z'));
    expect(rotation(h, 'reporting').current).toBeUndefined();
    expect(rotation(h, 'reporting').next).toMatchObject({ person: { id: 'engineer-c' }, week: '2026-W10' });
  });

  it('returns the problems of this week through futureWeeks ahead, and none outside', () => {
    const h = computeHandoff(model, MONDAY_W10_11H);
    expect(rotation(h, 'platform').problems.map((p) => [p.week, p.rule])).toEqual([['2026-W11', 'consecutive']]);
    expect(rotation(h, 'reporting').problems.map((p) => [p.week, p.rule])).toEqual([['2026-W13', 'uncovered']]);
    const early = computeHandoff(model, new Date('2026-01-05T12:00:00Z')); // W02: the horizon ends at W10
    expect(early.until).toBe('2026-W10');
    expect(early.rotations.flatMap((r) => r.problems)).toEqual([]);
    const later = computeHandoff(model, new Date('2026-03-23T12:00:00Z')); // W13: W11 is past
    expect(rotation(later, 'platform').problems).toEqual([]);
    expect(rotation(later, 'reporting').problems.map((p) => p.week)).toEqual(['2026-W13']);
  });

  it('returns a double booking: the same engineer on call in two rotations in one week', () => {
    // Engineer C's 2026-W12 in reporting is no longer agreed, and platform has them that week too.
    const dir = fixtureWith('rotations/reporting.yaml', (t) => t.replace('agreed with the team\n    agreed: true', 'agreed with the team\n    agreed: false'));
    const h = computeHandoff(modelOf(dir), MONDAY_W10_11H);
    const booked = h.rotations.flatMap((r) => r.problems.filter((p) => p.rule === 'double-booked').map((p) => [r.id, p.week, p.engineer]));
    expect(booked).toContainEqual(['reporting', '2026-W12', 'engineer-c']);
    const text = markdownMessage(computeHandoff(modelOf(dir), MONDAY_W10_11H));
    expect(text).toMatch(/ {2}- 2026-W12, double-booked: /);
  });

  it('returns no links without a site URL', () => {
    const h = computeHandoff(model, MONDAY_W10_11H);
    expect(h.siteUrl).toBeUndefined();
    expect(h.rotations.every((r) => r.calendarUrl === undefined && r.feedUrl === undefined)).toBe(true);
  });
});

describe('slackMessage', () => {
  const message = slackMessage(computeHandoff(model, new Date('2026-03-23T10:00:00Z'), urls)); // W13: Bob is next on platform
  const texts = JSON.stringify(message.blocks);

  it('returns Block Kit blocks: a header, then per rotation who is on call, who is next, problems and the calendar link', () => {
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'On-call handoff, week 2026-W13' } });
    const sections = message.blocks.filter((b) => b.type === 'section').map((b) => (b as { text: { text: string } }).text.text);
    expect(sections[0]).toBe(
      '*<https://acme.github.io/runbooks/oncall/platform/|Platform on-call>*\n*On call now:* Alice Example (<@U0ALICE001>) until Mon 30 Mar 2026 09:00\n*Next:* Bob &lt;Builder&gt; &amp; Co from Mon 30 Mar 2026 09:00 (2026-W14)',
    );
    expect(sections[1]).toBe(':white_check_mark: No problems from 2026-W13 to 2026-W21.');
    expect(sections[3]).toMatch(/^:warning: \*1 problem from 2026-W13 to 2026-W21:\*\n• 2026-W13, uncovered holiday: Dan Example is on holiday during 2026-W13 .* Carol Example has no week/);
    expect(texts).toContain('<https://acme.github.io/runbooks/oncall/reporting/|Open the calendar> · <https://acme.github.io/runbooks/oncall/reporting.ics|Subscribe (iCalendar)>');
    expect(message.text).toBe('On-call handoff, week 2026-W13. Platform on-call: Alice Example; Reporting on-call: Dan Example (1 problem)');
  });

  it('returns a person with a Slack member id as a <@id> mention, so Slack notifies them, and their chat handle as plain text without one', () => {
    expect(texts).toContain('Alice Example (<@U0ALICE001>)');
    const dir = tempDir();
    cpSync(INTEGRATIONS_FIXTURE, dir, { recursive: true });
    const people = join(dir, 'people.yaml');
    writeFileSync(people, readFileSync(people, 'utf8').replace('    slack: U0ALICE001\n', ''));
    const plain = JSON.stringify(slackMessage(computeHandoff(modelOf(dir), new Date('2026-03-23T10:00:00Z'), urls)).blocks);
    expect(plain).toContain('*On call now:* Alice Example (@alice) until');
    expect(plain).not.toContain('<@');
  });

  it('returns text from the data escaped, so a name cannot mention a channel or forge a link', () => {
    expect(texts).not.toContain('<Builder>');
  });

  it("returns at most Slack's 50 blocks, naming the rotations left out", () => {
    const h = computeHandoff(model, MONDAY_W10_11H, urls);
    const many = slackMessage({ ...h, rotations: Array.from({ length: 20 }, (_, i) => ({ ...h.rotations[0]!, id: `r${i}`, name: `R${i}` })) });
    expect(many.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(many.blocks.at(-1))).toContain('…and 9 more rotations');
  });

  it('returns at most five problems per rotation, with the count of the rest', () => {
    const h = computeHandoff(model, MONDAY_W10_11H, urls);
    const problem = h.rotations[0]!.problems[0]!;
    const busy = slackMessage({ ...h, rotations: [{ ...h.rotations[0]!, problems: Array(7).fill(problem) }] });
    const text = JSON.stringify(busy.blocks);
    expect(text.match(/• 2026-W11/g)).toHaveLength(5);
    expect(text).toContain('…and 2 more on <https://acme.github.io/runbooks/oncall/platform/|the calendar>');
  });
});

describe('markdownMessage', () => {
  it('returns the same handoff as Markdown, with text from the data escaped', () => {
    const text = markdownMessage(computeHandoff(model, new Date('2026-03-23T10:00:00Z'), urls));
    expect(text).toContain('## On-call handoff, week 2026-W13\n\n[Integration runbooks](https://acme.github.io/runbooks/), times in Europe/Berlin.\n');
    expect(text).toContain(
      [
        '### [Platform on-call](https://acme.github.io/runbooks/oncall/platform/)',
        '',
        '- **On call now:** Alice Example (@alice) until Mon 30 Mar 2026 09:00',
        '- **Next:** Bob \\<Builder\\> & Co from Mon 30 Mar 2026 09:00 (2026-W14)',
        '- No problems from 2026-W13 to 2026-W21.',
        '- [Open the calendar](https://acme.github.io/runbooks/oncall/platform/) · [Subscribe (iCalendar)](https://acme.github.io/runbooks/oncall/platform.ics)',
      ].join('\n'),
    );
    expect(text).toMatch(/- \*\*1 problem from 2026-W13 to 2026-W21:\*\*\n {2}- 2026-W13, uncovered holiday: Dan Example is on holiday during 2026-W13 .* Carol Example has no week/);
  });
});

describe('covers in the handoff', () => {
  // A copy of the integrations fixture with covers: Bob (no Slack id, no chat handle) in platform on Wednesday night, Alice
  // (Slack id U0ALICE001) in reporting on Monday morning, written in New York time, and one after the coming week.
  const withCovers = () => {
    const dir = tempDir();
    cpSync(INTEGRATIONS_FIXTURE, dir, { recursive: true });
    const add = (file: string, text: string) => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8') + text);
    add(
      'rotations/platform.yaml',
      'covers:\n  - {from: 2026-03-04T18:00, to: 2026-03-05T09:00, engineer: engineer-b, reason: Alice at the dentist}\n' +
        '  - {from: 2026-03-09T18:00, to: 2026-03-10T09:00, engineer: engineer-c, reason: Alice at the theatre}\n',
    );
    add(
      'rotations/reporting.yaml',
      'hours:\n  timezone: America/New_York\n  windows:\n    - {days: [mon, tue, wed, thu, fri, sat, sun], from: "00:00", to: "24:00"}\n' +
        'covers:\n  - {from: 2026-03-02T02:00, to: 2026-03-02T07:30, engineer: engineer-a, reason: "Carol <late> train", agreed: true}\n',
    );
    return modelOf(dir);
  };

  it('returns the covers running now or starting in the next 7 days, with their zone, hours and whether they are under way', () => {
    const h = computeHandoff(withCovers(), MONDAY_W10_11H);

    expect(rotation(h, 'platform').covers).toEqual([
      {
        person: { id: 'engineer-b', name: 'Bob <Builder> & Co' },
        start: new Date('2026-03-04T17:00:00Z'),
        end: new Date('2026-03-05T08:00:00Z'),
        timezone: 'Europe/Berlin',
        hours: 15,
        reason: 'Alice at the dentist',
        underWay: false,
      },
    ]);
    // 02:00 to 07:30 in New York (UTC-5) is 07:00 to 12:30 UTC, under way at 10:00 UTC.
    expect(rotation(h, 'reporting').covers.map((c) => [c.person.id, c.start.toISOString(), c.hours, c.underWay])).toEqual([
      ['engineer-a', '2026-03-02T07:00:00.000Z', 5.5, true],
    ]);
    // A week later the dentist is past and the theatre is ahead.
    expect(rotation(computeHandoff(withCovers(), new Date('2026-03-06T10:00:00Z')), 'platform').covers.map((c) => c.reason)).toEqual(['Alice at the theatre']);
  });

  it('returns the covers in Slack with a <@id> mention for a covering engineer with a Slack member id, and local times in the rotation zone', () => {
    const message = slackMessage(computeHandoff(withCovers(), MONDAY_W10_11H, urls));
    const sections = message.blocks.filter((b) => b.type === 'section').map((b) => (b as { text: { text: string } }).text.text);

    expect(sections[0]).toContain('\n*Covers in the next 7 days:*\n• Wed 4 Mar 2026 18:00 – Thu 5 Mar 09:00, 15 h: Bob &lt;Builder&gt; &amp; Co covers (Alice at the dentist)');
    // Under way at 10:00 UTC, so the covering engineer is the one on call now (times in the message's Berlin time).
    expect(sections[2]).toContain(
      '\n*On call now:* Alice Example (<@U0ALICE001>), covering until Mon 02 Mar 2026 13:30; then Carol Example until Mon 09 Mar 2026 09:00\n',
    );
    expect(sections[0]).toContain('\n*On call now:* Alice Example (<@U0ALICE001>) until Mon 09 Mar 2026 09:00\n');
    expect(sections[2]).toContain(
      '\n*Covers in the next 7 days:*\n• Mon 2 Mar 2026 02:00–07:30 (America/New_York), 5.5 h, under way: Alice Example (<@U0ALICE001>) covers (Carol &lt;late&gt; train)',
    );
  });

  it('returns the covers in Markdown, escaped, and no covers line for a rotation without any in the coming week', () => {
    const text = markdownMessage(computeHandoff(withCovers(), MONDAY_W10_11H, urls));

    expect(text).toContain(
      '- **Covers in the next 7 days:**\n  - Mon 2 Mar 2026 02:00–07:30 (America/New\\_York), 5.5 h, under way: Alice Example (@alice) covers (Carol \\<late\\> train)\n',
    );
    expect(markdownMessage(computeHandoff(model, MONDAY_W10_11H, urls))).not.toContain('Covers');
  });
});

describe('shiftLines', () => {
  it('returns the covering engineer alone as on call now when the cover runs past the week hand-off', () => {
    const h = computeHandoff(model, MONDAY_W10_11H);
    const current = rotation(h, 'platform').current!;
    const covering = { person: { id: 'engineer-c', name: 'Carol Example' }, end: new Date('2026-03-09T10:00:00Z') };

    const lines = shiftLines(h, { current, covering }, (o) => o.person.name, (s) => s);

    expect(lines).toEqual(['On call now: Carol Example, covering until Mon 09 Mar 2026 11:00']);
  });
});

describe('the week of a rotation with hours', () => {
  // The hours fixture (Europe/Berlin) at Wed 9 Dec 2026 02:00 in Berlin: business hours are closed.
  const hours = modelOf('tests/fixtures/hours');
  const NIGHT = new Date('2026-12-09T01:00:00Z');

  it('returns the windows in words with their zone for a rotation with hours, and none around the clock', () => {
    const h = computeHandoff(hours, NIGHT);
    expect(rotation(h, 'business-hours').hours).toBe('Mon–Fri 09:00–17:00 Europe/Berlin');
    expect(rotation(h, 'us-sun').hours).toBe('Every day 11:00–23:00 America/Los_Angeles');
    expect(rotation(computeHandoff(model, MONDAY_W10_11H), 'platform').hours).toBeUndefined();
  });

  it('returns the week’s engineer as this week’s, with the hours, not as on call now, when the rotation has hours', () => {
    const text = markdownMessage(computeHandoff(hours, NIGHT));
    expect(text).toContain('- **This week:** Engineer B until Mon 14 Dec 2026 00:00, on call Mon–Fri 09:00–17:00 Europe/Berlin\n');
    expect(text).not.toMatch(/On call now:\*\* Engineer B/);
    // Its zone is escaped like the rest of the message (America/Los\_Angeles in Markdown).
    expect(text).toContain('on call Every day 11:00–23:00 America/Los\\_Angeles\n');
    // Around the clock, the line is unchanged.
    expect(markdownMessage(computeHandoff(model, MONDAY_W10_11H))).toContain('- **On call now:** Alice Example (@alice) until Mon 09 Mar 2026 09:00\n');
  });

  it('returns nobody covering on a Saturday when the cover spans it outside the hours, and its on-call hours beside its elapsed ones', () => {
    // Sat 12 Dec 2026 10:00 Berlin: business-hours' cover (Fri 12:00 – Mon 12:00) has started, but holds the pager only on weekdays 09–17.
    const h = computeHandoff(hours, new Date('2026-12-12T09:00:00Z'));
    const business = rotation(h, 'business-hours');
    expect(business.covering).toBeUndefined();
    const text = markdownMessage(h);
    expect(text).toContain('- **This week:** Engineer B until Mon 14 Dec 2026 00:00, on call Mon–Fri 09:00–17:00 Europe/Berlin\n');
    expect(text).not.toContain('covering until Mon 14 Dec');
    expect(text).toContain('Fri 11 Dec 2026 12:00 – Mon 14 Dec 12:00, 72 h (8 on call), under way: Engineer C covers (Engineer B moves house)');
  });

  it('returns the covering engineer as on call now inside the hours, until the end of the cover’s part, and the week’s engineer for the week', () => {
    // Fri 11 Dec 2026 13:00 Berlin: inside the hours and the cover.
    const text = markdownMessage(computeHandoff(hours, new Date('2026-12-11T12:00:00Z')));
    expect(text).toContain('- **On call now:** Engineer C, covering until Fri 11 Dec 2026 17:00\n- **This week:** Engineer B until Mon 14 Dec 2026 00:00, on call Mon–Fri 09:00–17:00 Europe/Berlin\n');
  });
});
