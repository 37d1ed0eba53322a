import { describe, expect, it } from 'vitest';
import { dataDir, load, problemsWith, yaml } from '../../helpers/data-dir.ts';

// Each test writes one file over the valid fixture (tests/fixtures/valid) and asserts every
// problem found, so a test also fails when an unrelated, unexpected problem appears.

describe('loadData: keys', () => {
  it('reports an unknown key at the key, suggesting the closest known key', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': yaml`
          name: Growth
          area: growth
          audience: experiments
          owners:
            primary: engineer-c
            secondary: engineer-a
            tertiary: engineer-b
        `,
      }),
    ).toEqual(['pipelines/growth.yaml:7:3: unknown key "tertiary" in owners; known keys: primary, secondary']);
  });

  it('reports a misspelt key once, as unknown with "did you mean", not also as missing', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': yaml`
          name: Growth
          area: growth
          audience: experiments
          owners:
            primary: engineer-c
            secondry: engineer-a
        `,
      }),
    ).toEqual(['pipelines/growth.yaml:6:3: unknown key "secondry" in owners; did you mean "secondary"? known keys: primary, secondary']);
  });

  it('reports an unknown top-level key, never dropping it silently', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': yaml`
          name: Growth
          area: growth
          audience: experiments
          owner:
            primary: engineer-c
            secondary: engineer-a
          notes: keep this
        `,
      }),
    ).toEqual([
      'pipelines/growth.yaml:4:1: unknown key "owner"; did you mean "owners"? known keys: name, area, audience, rotation, rotations, description, links, reviewed, owners, upstream, downstream, commonIssues, sla',
      'pipelines/growth.yaml:7:1: unknown key "notes"; known keys: name, area, audience, rotation, rotations, description, links, reviewed, owners, upstream, downstream, commonIssues, sla',
    ]);
  });

  it('reports an unknown key inside a list item', () => {
    expect(
      problemsWith({
        'people.yaml': yaml`
          people:
            - id: engineer-a
              name: Engineer A
            - id: engineer-b
              name: Engineer B
              mail: b@example.com
            - id: engineer-c
              name: Engineer C
        `,
      }),
    ).toEqual(['people.yaml:6:5: unknown key "mail" in people[1]; did you mean "email"? known keys: id, name, email, github, phone, chat, slack, timezone, holidays']);
  });

  it('reports a missing top-level key at the start of the file, saying what to add', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': yaml`
          name: Growth
          area: growth
          owners:
            primary: engineer-c
            secondary: engineer-a
        `,
      }),
    ).toEqual(['pipelines/growth.yaml:1:1: missing required key "audience"; add it: "investors" or "experiments"']);
  });

  it('reports a missing nested key at its parent key', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': yaml`
          name: Growth
          area: growth
          audience: experiments
          owners:
            primary: engineer-c
        `,
      }),
    ).toEqual(['pipelines/growth.yaml:4:1: missing required key "secondary" in owners; add it: person id as a string, e.g. "engineer-b"']);
  });

  it('reports a missing mapping with the keys it needs', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': yaml`
          name: Growth
          area: growth
          audience: experiments
        `,
      }),
    ).toEqual(['pipelines/growth.yaml:1:1: missing required key "owners"; add it: a mapping with keys primary, secondary']);
  });

  it('reports a missing key in a list item at the item', () => {
    expect(
      problemsWith({
        'teams.yaml': yaml`
          teams:
            - id: finance-data
              name: Finance Data Team
            - id: investor-relations
        `,
      }),
    ).toEqual(['teams.yaml:4:5: missing required key "name" in teams[1]; add it: name as text, e.g. "Finance Data Team"']);
  });

  it('reports a missing list with what it should hold', () => {
    expect(problemsWith({ 'people.yaml': 'staff: []\n' })).toEqual([
      'people.yaml:1:1: missing required key "people"; add it: a list of people, each {id, name}',
      'people.yaml:1:1: unknown key "staff"; known keys: people',
    ]);
  });
});

describe('loadData: types', () => {
  it('reports a single value where a list is expected, showing the list to write', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': yaml`
          name: Growth
          area: growth
          audience: experiments
          owners: {primary: engineer-c, secondary: engineer-a}
          upstream: finance-data
        `,
      }),
    ).toEqual(['pipelines/growth.yaml:5:11: upstream: expected a list of team ids; got "finance-data", write it as a list: [finance-data]']);
  });

  it('reports a number where text is expected', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': yaml`
          name: 42
          area: growth
          audience: experiments
          owners: {primary: engineer-c, secondary: engineer-a}
        `,
      }),
    ).toEqual(['pipelines/growth.yaml:1:7: name: expected name as text, e.g. "Aggregate profit (investors)"; got 42']);
  });

  it('reports a list where one value is expected', () => {
    expect(problemsWith({ 'pipelines/growth.yaml': 'name: Growth\narea: growth\naudience: experiments\nowners: {primary: engineer-c, secondary: [engineer-a, engineer-b]}\n' })).toEqual([
      'pipelines/growth.yaml:4:42: owners.secondary: expected person id as a string, e.g. "engineer-b"; got a list',
    ]);
  });

  it('reports a number written in quotes, which makes it text', () => {
    expect(problemsWith({ 'site.yaml': 'title: Test\ncalendar: {firstWeekContainsDate: "4"}\nareas: [{id: profit, name: Profit}, {id: growth, name: Growth}]\n' })).toEqual([
      'site.yaml:2:35: calendar.firstWeekContainsDate: expected a whole number from 1 to 7; got "4", which is text: remove the quotes',
    ]);
  });

  it('reports a value where a mapping is expected, with the keys it needs', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': yaml`
          name: Growth
          area: growth
          audience: experiments
          owners: engineer-c
        `,
      }),
    ).toEqual(['pipelines/growth.yaml:4:9: owners: expected a mapping with keys primary, secondary; got "engineer-c"']);
  });

  it('reports a list item that is not a mapping', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': yaml`
          name: Growth
          area: growth
          audience: experiments
          owners: {primary: engineer-c, secondary: engineer-a}
          commonIssues:
            - Late sync
        `,
      }),
    ).toEqual(['pipelines/growth.yaml:6:5: commonIssues[0]: expected a mapping with the key title; got "Late sync"']);
  });

  it('reports an empty value at its key', () => {
    expect(
      problemsWith({
        'people.yaml': yaml`
          people:
            - id: engineer-a
              name:
            - id: engineer-b
              name: Engineer B
            - id: engineer-c
              name: Engineer C
        `,
      }),
    ).toEqual(['people.yaml:3:5: people[0].name: expected name as text, e.g. "Engineer A"; got an empty value']);
  });

  it('reports blank text', () => {
    expect(
      problemsWith({
        'site.yaml': yaml`
          title: "  "
          areas: [{id: profit, name: Profit}, {id: growth, name: Growth}]
        `,
      }),
    ).toEqual(['site.yaml:1:8: title: title must not be empty']);
  });

  it('reports a value that is not true or false', () => {
    expect(
      problemsWith({
        'rotations/on-call.yaml': yaml`
          name: On-call
          members: [engineer-a, engineer-b, engineer-c]
          start: 2026-01-01
          overrides:
            - week: 2026-W10
              engineer: engineer-b
              reason: Swap
              agreed: yes
        `,
      }),
    ).toEqual(['rotations/on-call.yaml:8:13: overrides[0].agreed: expected true or false; got "yes"']);
  });

  it('reports a kebab-case id that is not', () => {
    expect(
      problemsWith({
        'teams.yaml': yaml`
          teams:
            - id: Finance_Data
              name: Finance Data Team
            - id: investor-relations
              name: Investor Relations
        `,
        'pipelines/profit.yaml': null,
      }),
    ).toEqual(['teams.yaml:2:9: teams[0].id: team id must be kebab-case (lowercase words joined by "-"), e.g. "finance-data"; got "Finance_Data"']);
  });

  it('reports a value outside a fixed set, suggesting the closest', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': yaml`
          name: Growth
          area: growth
          audience: experiment
          owners: {primary: engineer-c, secondary: engineer-a}
        `,
      }),
    ).toEqual(['pipelines/growth.yaml:3:11: audience: expected "investors" or "experiments"; got "experiment", did you mean "experiments"?']);
  });

  it('reports a weekday and an assignment that do not exist', () => {
    expect(
      problemsWith({
        'site.yaml': yaml`
          title: Test
          calendar:
            weekStartsOn: mon
          areas: [{id: profit, name: Profit}, {id: growth, name: Growth}]
        `,
        'rotations/on-call.yaml': yaml`
          name: On-call
          members: [engineer-a, engineer-b, engineer-c]
          assignment: round-robin
          start: 2026-01-01
        `,
      }),
    ).toEqual([
      'rotations/on-call.yaml:3:13: assignment: expected "week-number" or "continuous"; got "round-robin"',
      'site.yaml:3:17: calendar.weekStartsOn: expected a weekday: sunday, monday, tuesday, wednesday, thursday, friday, saturday; got "mon"',
    ]);
  });

  it('reports calendar numbers out of range', () => {
    expect(
      problemsWith({
        'site.yaml': yaml`
          title: Test
          calendar:
            firstWeekContainsDate: 8
            pastWeeks: -1
            futureWeeks: 0
          areas: [{id: profit, name: Profit}, {id: growth, name: Growth}]
        `,
      }),
    ).toEqual([
      'site.yaml:3:26: calendar.firstWeekContainsDate: expected a whole number from 1 to 7; got 8',
      'site.yaml:4:14: calendar.pastWeeks: expected a whole number of weeks from 0 to 520; got -1',
      'site.yaml:5:16: calendar.futureWeeks: expected a whole number of weeks from 1 to 520; got 0',
    ]);
  });

  it('reports links that are not https for the repository, or that could run script', () => {
    expect(
      problemsWith({
        'site.yaml': yaml`
          title: Test
          repository: http://github.com/acme/runbooks
          areas: [{id: profit, name: Profit}, {id: growth, name: Growth}]
        `,
        'teams.yaml': yaml`
          teams:
            - id: finance-data
              name: Finance Data Team
              url: javascript:alert(1)
            - id: investor-relations
              name: Investor Relations
              url: mailto:ir@example.com
        `,
      }),
    ).toEqual([
      'site.yaml:2:13: repository: "http:" links are not allowed; expected a URL starting with https://, e.g. "https://github.com/acme/runbooks"; got "http://github.com/acme/runbooks"',
      'teams.yaml:4:10: teams[0].url: "javascript:" links are not allowed; expected a URL starting with https://, http://, mailto:, e.g. "https://wiki.example.com/finance-data"; got "javascript:alert(1)"',
    ]);
  });

  it('reports a site url that is not an http(s) address, and accepts one that is', () => {
    const site = (url: string) => ({ 'site.yaml': `title: Test\nurl: ${url}\nareas: [{id: profit, name: Profit}, {id: growth, name: Growth}]\n` });
    expect(problemsWith(site('acme.github.io/runbooks'))).toEqual([
      'site.yaml:2:6: url: expected a URL starting with https://, http://, e.g. "https://acme.github.io/runbooks/"; got "acme.github.io/runbooks"',
    ]);
    expect(problemsWith(site('ftp://acme.example.com/'))).toEqual([
      'site.yaml:2:6: url: "ftp:" links are not allowed; expected a URL starting with https://, http://, e.g. "https://acme.github.io/runbooks/"; got "ftp://acme.example.com/"',
    ]);
    expect(problemsWith(site('https://acme.github.io/runbooks/'))).toEqual([]);
  });

  it('reports an email address that is not one', () => {
    expect(
      problemsWith({
        'people.yaml': yaml`
          people:
            - {id: engineer-a, name: Engineer A, email: engineer-a}
            - {id: engineer-b, name: Engineer B, email: b@example.com}
            - {id: engineer-c, name: Engineer C}
        `,
      }),
    ).toEqual(['people.yaml:2:47: people[0].email: expected an email address, e.g. "a@example.com"; got "engineer-a"']);
  });

  it('accepts a phone number written internationally or in E.164, and a Slack member id', () => {
    const people = yaml`
      people:
        - {id: engineer-a, name: Engineer A, phone: "+49 151 1234 5678", slack: U024BE7LH}
        - {id: engineer-b, name: Engineer B, phone: "+4915112345678", slack: W012A3CDE}
        - {id: engineer-c, name: Engineer C, phone: "+1 202 555 0143"}
    `;
    expect(problemsWith({ 'people.yaml': people })).toEqual([]);
    expect(load(dataDir({ 'people.yaml': people })).model!.people.map((p) => [p.phone, p.slack])).toEqual([
      ['+49 151 1234 5678', 'U024BE7LH'],
      ['+4915112345678', 'W012A3CDE'],
      ['+1 202 555 0143', undefined],
    ]);
  });

  it('reports a phone number in any other form, showing the expected form', () => {
    const form = 'expected an international number: "+", the country code and the number, in groups or not, e.g. "+49 151 1234 5678" or "+4915112345678"';
    expect(
      problemsWith({
        'people.yaml': yaml`
          people:
            - {id: engineer-a, name: Engineer A, phone: "0151 1234 5678"}
            - {id: engineer-b, name: Engineer B, phone: "+49 (151) 1234-5678"}
            - {id: engineer-c, name: Engineer C, phone: "+49 151 1234 56789"}
            - {id: engineer-d, name: Engineer D, phone: 4915112345678}
        `,
      }),
    ).toEqual([
      `people.yaml:2:47: people[0].phone: "0151 1234 5678" has no country code; ${form}`,
      `people.yaml:3:47: people[1].phone: "+49 (151) 1234-5678" may hold only "+", digits and single spaces; ${form}`,
      `people.yaml:4:47: people[2].phone: "+49 151 1234 56789" is not a valid number for its country code (check the digits); ${form}`,
      `people.yaml:5:47: people[3].phone: expected a phone number in quotes, e.g. "+49 151 1234 5678"; got 4915112345678`,
    ]);
  });

  it('reports a Slack member id that is not one, saying where Slack shows it', () => {
    expect(
      problemsWith({
        'people.yaml': yaml`
          people:
            - {id: engineer-a, name: Engineer A, slack: "@engineer-a"}
            - {id: engineer-b, name: Engineer B, slack: u024be7lh}
            - {id: engineer-c, name: Engineer C}
        `,
      }),
    ).toEqual([
      'people.yaml:2:47: people[0].slack: not a Slack member id; expected "U" or "W" and upper-case letters and digits, e.g. "U024BE7LH" (in Slack: the person\'s profile, ⋮, Copy member ID); got "@engineer-a"',
      'people.yaml:3:47: people[1].slack: not a Slack member id; expected "U" or "W" and upper-case letters and digits, e.g. "U024BE7LH" (in Slack: the person\'s profile, ⋮, Copy member ID); got "u024be7lh"',
    ]);
  });

  it('reports an empty list where at least one entry is needed', () => {
    expect(
      problemsWith({
        'site.yaml': 'title: Test\nareas: []\n',
        'pipelines/profit.yaml': null,
        'pipelines/growth.yaml': null,
      }),
    ).toEqual(['site.yaml:2:8: areas: list at least one business area']);
  });
});
