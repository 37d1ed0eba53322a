import { describe, expect, it } from 'vitest';
import { problemsWith, yaml } from '../../helpers/data-dir.ts';

/** pipelines/growth.yaml with the given sla block (lines 5 onwards). */
const growthWithSla = (sla: string) => ({
  'pipelines/growth.yaml': `name: Growth\narea: growth\naudience: experiments\nowners: {primary: engineer-c, secondary: engineer-a}\n${sla}`,
});

describe('loadData: times', () => {
  it('accepts times from "00:00" to "23:59", quoted or not', () => {
    expect(problemsWith(growthWithSla('sla:\n  delivery: {cadence: daily, deadline: 23:59, timezone: UTC}\n'))).toEqual([]);
    expect(problemsWith(growthWithSla('sla:\n  delivery: {cadence: daily, deadline: "00:00", timezone: UTC}\n'))).toEqual([]);
  });

  it('reports "24:00", which is the next day\'s "00:00"', () => {
    expect(
      problemsWith(
        growthWithSla(yaml`
          sla:
            delivery:
              cadence: daily
              deadline: "24:00"
              timezone: UTC
        `),
      ),
    ).toEqual(['pipelines/growth.yaml:8:15: sla.delivery.deadline: expected a time from "00:00" to "23:59", e.g. "06:00"; got "24:00"']);
  });

  it('reports minutes past 59 and single-digit hours', () => {
    expect(
      problemsWith({
        'rotations/on-call.yaml': yaml`
          name: On-call
          members: [engineer-a, engineer-b, engineer-c]
          start: 2026-01-01
          handoff: "9:60"
        `,
      }),
    ).toEqual(['rotations/on-call.yaml:4:10: handoff: expected a time from "00:00" to "23:59", e.g. "09:00"; got "9:60"']);
  });
});

describe('loadData: percent', () => {
  it('accepts 0 and 100', () => {
    expect(problemsWith(growthWithSla('sla:\n  targets:\n    - {metric: a, operator: ">=", percent: 0}\n    - {metric: b, operator: "<=", percent: 100}\n'))).toEqual([]);
  });

  it('reports a percent above 100 or below 0', () => {
    expect(
      problemsWith(
        growthWithSla(yaml`
          sla:
            targets:
              - metric: completeness
                operator: ">"
                percent: 100.5
              - metric: accuracy
                operator: within
                percent: -1
        `),
      ),
    ).toEqual([
      'pipelines/growth.yaml:9:16: sla.targets[0].percent: expected a number from 0 to 100; got 100.5',
      'pipelines/growth.yaml:12:16: sla.targets[1].percent: expected a number from 0 to 100; got -1',
    ]);
  });

  it('reports a percent written with a "%" sign', () => {
    expect(problemsWith(growthWithSla('sla:\n  targets:\n    - {metric: a, operator: ">", percent: 98%}\n'))).toEqual([
      'pipelines/growth.yaml:7:43: sla.targets[0].percent: expected a number from 0 to 100; got "98%"',
    ]);
  });

  it('reports an operator that is not one of the five, suggesting the closest', () => {
    expect(problemsWith(growthWithSla('sla:\n  targets:\n    - {metric: a, operator: "=>", percent: 98}\n'))).toEqual([
      'pipelines/growth.yaml:7:29: sla.targets[0].operator: expected one of ">", ">=", "<", "<=", "within"; got "=>", did you mean ">"?',
    ]);
  });
});

describe('loadData: time zones', () => {
  it('accepts IANA zones, including aliases such as Etc/UTC', () => {
    expect(
      problemsWith({
        'people.yaml': yaml`
          people:
            - {id: engineer-a, name: Engineer A, timezone: Europe/London}
            - {id: engineer-b, name: Engineer B, timezone: America/Argentina/Buenos_Aires}
            - {id: engineer-c, name: Engineer C, timezone: Etc/UTC}
        `,
      }),
    ).toEqual([]);
  });

  it('reports a zone that does not exist, suggesting a close one', () => {
    expect(
      problemsWith({
        'site.yaml': yaml`
          title: Test
          calendar:
            timezone: Europe/Londn
          areas: [{id: profit, name: Profit}, {id: growth, name: Growth}]
        `,
      }),
    ).toEqual([
      'site.yaml:3:13: calendar.timezone: "Europe/Londn" is not an IANA time zone; did you mean "Europe/London"? use a name like "UTC", "Europe/London" or "America/New_York"',
    ]);
  });

  it('reports a zone in the wrong case, since other tools read zone names case-sensitively', () => {
    expect(problemsWith(growthWithSla('sla:\n  delivery: {cadence: daily, deadline: "06:00", timezone: utc}\n'))).toEqual([
      'pipelines/growth.yaml:6:59: sla.delivery.timezone: "utc" is not an IANA time zone; did you mean "UTC"? zone names are case-sensitive; use a name like "UTC", "Europe/London" or "America/New_York"',
    ]);
  });

  it('reports offsets and abbreviations, which are not zones', () => {
    expect(
      problemsWith({
        'people.yaml': yaml`
          people:
            - {id: engineer-a, name: Engineer A, timezone: "+01:00"}
            - {id: engineer-b, name: Engineer B, timezone: Mars/Olympus_Mons}
            - {id: engineer-c, name: Engineer C}
        `,
      }),
    ).toEqual([
      'people.yaml:2:50: people[0].timezone: "+01:00" is not an IANA time zone; use a name like "UTC", "Europe/London" or "America/New_York"',
      'people.yaml:3:50: people[1].timezone: "Mars/Olympus_Mons" is not an IANA time zone; use a name like "UTC", "Europe/London" or "America/New_York"',
    ]);
  });
});

describe('loadData: dates', () => {
  it('accepts 29 February in a leap year', () => {
    expect(
      problemsWith({
        'rotations/on-call.yaml': 'name: On-call\nmembers: [engineer-a, engineer-b, engineer-c]\nstart: 2028-02-29\n',
      }),
    ).toEqual([]);
  });

  it('reports a day the month does not have', () => {
    expect(
      problemsWith({
        'rotations/on-call.yaml': 'name: On-call\nmembers: [engineer-a, engineer-b, engineer-c]\nstart: 2027-02-29\n',
      }),
    ).toEqual(['rotations/on-call.yaml:3:8: start: 2027-02-29 is not a real calendar date: February 2027 has 28 days']);
  });

  it('reports a month that does not exist', () => {
    expect(
      problemsWith({
        'rotations/on-call.yaml': 'name: On-call\nmembers: [engineer-a, engineer-b, engineer-c]\nstart: 2026-13-01\n',
      }),
    ).toEqual(['rotations/on-call.yaml:3:8: start: 2026-13-01 is not a real calendar date: months run from 01 to 12']);
  });

  it('reports a date not written as YYYY-MM-DD', () => {
    expect(
      problemsWith({
        'rotations/on-call.yaml': 'name: On-call\nmembers: [engineer-a, engineer-b, engineer-c]\nstart: 1/5/2026\n',
      }),
    ).toEqual(['rotations/on-call.yaml:3:8: start: expected a date as YYYY-MM-DD, e.g. 2026-01-01; got "1/5/2026"']);
  });

  it('reports holiday dates that are not real', () => {
    expect(
      problemsWith({
        'people.yaml': yaml`
          people:
            - id: engineer-a
              name: Engineer A
              holidays:
                - {from: 2020-04-31, to: 2020-05-01}
            - {id: engineer-b, name: Engineer B}
            - {id: engineer-c, name: Engineer C}
        `,
      }),
    ).toEqual(['people.yaml:5:16: people[0].holidays[0].from: 2020-04-31 is not a real calendar date: April 2020 has 30 days']);
  });
});
