import { describe, expect, it } from 'vitest';
import { problemsWith, yaml } from '../../helpers/data-dir.ts';

// "All problems are collected and reported in one run": a file that fails its schema still has
// its readable parts checked against the other files, and nothing is reported twice.

describe('loadData: files that fail their schema', () => {
  it('reports an unknown owner in a pipeline that also has a bad deadline', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': yaml`
          name: Growth
          area: growth
          audience: experiments
          owners: {primary: engineer-x, secondary: engineer-a}
          sla:
            delivery: {cadence: daily, deadline: "25:00", timezone: UTC}
        `,
      }),
    ).toEqual([
      'pipelines/growth.yaml:4:19: unknown person "engineer-x" in owners.primary; did you mean "engineer-a"? known people: engineer-a, engineer-b, engineer-c; if "engineer-x" is a new person, add them to people.yaml first (- id: engineer-x, with their name)',
      'pipelines/growth.yaml:6:40: sla.delivery.deadline: expected a time from "00:00" to "23:59", e.g. "06:00"; got "25:00"',
    ]);
  });

  it('reports a duplicate person id in a people.yaml that also has a bad date', () => {
    expect(
      problemsWith({
        'people.yaml': yaml`
          people:
            - id: engineer-a
              name: Engineer A
              holidays: [{from: 2020-02-30, to: 2020-03-02}]
            - {id: engineer-b, name: Engineer B}
            - {id: engineer-a, name: Engineer C}
        `,
      }),
    ).toEqual([
      'people.yaml:4:23: people[0].holidays[0].from: 2020-02-30 is not a real calendar date: February 2020 has 29 days',
      'people.yaml:6:10: duplicate person id "engineer-a"; it is already used on line 2, pick another id',
      // engineer-c is gone, so the fixture's references to it fail: people.yaml was still read.
      'pipelines/growth.yaml:5:12: unknown person "engineer-c" in owners.primary; did you mean "engineer-a"? known people: engineer-a, engineer-b; if "engineer-c" is a new person, add them to people.yaml first (- id: engineer-c, with their name)',
      'rotations/on-call.yaml:2:35: unknown person "engineer-c" in members[2]; did you mean "engineer-a"? known people: engineer-a, engineer-b; if "engineer-c" is a new person, add them to people.yaml first (- id: engineer-c, with their name)',
    ]);
  });

  it('checks override weeks and people in a rotation whose start is not a date', () => {
    expect(
      problemsWith({
        'rotations/on-call.yaml': yaml`
          name: On-call
          members: [engineer-a, engineer-b, engineer-b]
          start: soon
          overrides:
            - {week: 2027-W53, engineer: nobody, reason: x}
        `,
      }),
    ).toEqual([
      'rotations/on-call.yaml:2:35: "engineer-b" is listed twice in members (also members[1]); each person appears once in rotation order, remove one',
      'rotations/on-call.yaml:3:8: start: expected a date as YYYY-MM-DD, e.g. 2026-01-01; got "soon"',
      'rotations/on-call.yaml:5:12: week 2027-W53 does not exist: 2027 has 52 weeks in the company calendar (weeks start on monday, week 1 contains 4 January); use 2027-W01 to 2027-W52',
      'rotations/on-call.yaml:5:32: unknown person "nobody" in overrides[0].engineer; known people: engineer-a, engineer-b, engineer-c; if "nobody" is a new person, add them to people.yaml first (- id: nobody, with their name)',
    ]);
  });

  it('checks weeks with the calendar of a site.yaml that fails elsewhere', () => {
    expect(
      problemsWith({
        'site.yaml': 'title: Test\nrepository: ftp://example.com\ncalendar: {weekStartsOn: sunday, firstWeekContainsDate: 1}\nareas: [{id: profit, name: Profit}, {id: growth, name: Growth}]\n',
        'rotations/on-call.yaml': 'name: On-call\nmembers: [engineer-a, engineer-b]\nstart: 2026-01-01\noverrides:\n  - {week: 2026-W53, engineer: engineer-b, reason: x}\n',
      }),
    ).toEqual([
      'rotations/on-call.yaml:5:12: week 2026-W53 does not exist: 2026 has 52 weeks in the company calendar (weeks start on sunday, week 1 contains 1 January); use 2026-W01 to 2026-W52',
      'site.yaml:2:13: repository: "ftp:" links are not allowed; expected a URL starting with https://, e.g. "https://github.com/acme/runbooks"; got "ftp://example.com"',
    ]);
  });

  it('skips week checks when the calendar itself is unreadable, rather than guess one', () => {
    expect(
      problemsWith({
        'site.yaml': 'title: Test\ncalendar: {weekStartsOn: someday}\nareas: [{id: profit, name: Profit}, {id: growth, name: Growth}]\n',
        'rotations/on-call.yaml': 'name: On-call\nmembers: [engineer-a, engineer-b]\nstart: 2026-01-01\noverrides:\n  - {week: 2027-W53, engineer: engineer-b, reason: x}\n',
      }),
    ).toEqual([
      'site.yaml:2:26: calendar.weekStartsOn: expected a weekday: sunday, monday, tuesday, wednesday, thursday, friday, saturday; got "someday"',
    ]);
  });
});

describe('loadData: no cascades and no double reports', () => {
  it('reports a malformed reference once, as malformed, not also as unknown', () => {
    expect(
      problemsWith({
        'pipelines/growth.yaml': 'name: Growth\narea: Growth\naudience: experiments\nowners: {primary: Engineer C, secondary: engineer-a}\n',
      }),
    ).toEqual([
      'pipelines/growth.yaml:2:7: area: area id must be kebab-case (lowercase words joined by "-"), e.g. "profit"; got "Growth"; "Growth" is the name of area growth: write area: growth',
      'pipelines/growth.yaml:4:19: owners.primary: person id must be kebab-case (lowercase words joined by "-"), e.g. "engineer-a"; got "Engineer C"; "Engineer C" is the name of person engineer-c: write primary: engineer-c',
    ]);
  });

  it('does not report references to people when a person id is unreadable, since it may be the one meant', () => {
    expect(
      problemsWith({
        'people.yaml': 'people:\n  - {id: Engineer-A, name: Engineer A}\n  - {id: engineer-b, name: Engineer B}\n  - {id: engineer-c, name: Engineer C}\n',
      }),
    ).toEqual(['people.yaml:2:10: people[0].id: person id must be kebab-case (lowercase words joined by "-"), e.g. "engineer-a"; got "Engineer-A"']);
  });

  it('does not report team references when teams.yaml has a YAML syntax error', () => {
    expect(problemsWith({ 'teams.yaml': 'teams:\n  - id: finance-data\n   name: x\n' })).toEqual([
      'teams.yaml:3:4: YAML syntax error: bad indentation: "name" is indented 1 space less than "id" on line 2; start it at column 5',
    ]);
  });

  it('does not report area references when site.yaml lists no readable areas', () => {
    expect(problemsWith({ 'site.yaml': 'title: Test\nareas: profit, growth\n' })).toEqual([
      'site.yaml:2:8: areas: expected a list of areas, each {id, name}; got "profit, growth", write it as a list: [profit, growth]',
    ]);
  });

  it('does not report a pipeline\'s rotation when that rotation file is broken', () => {
    expect(
      problemsWith({
        'rotations/on-call.yaml': 'name: [On-call\n',
        'pipelines/growth.yaml': 'name: Growth\narea: growth\naudience: experiments\nrotation: on-call\nowners: {primary: engineer-c, secondary: engineer-a}\n',
      }),
    ).toEqual(['rotations/on-call.yaml:2:1: YAML syntax error: the "[" opened on line 1 is never closed; add the closing ]']);
  });

  it('does not report people references when people.yaml is missing, only the missing file', () => {
    expect(problemsWith({ 'people.yaml': null })).toEqual(['people.yaml:1:1: people.yaml is missing; every data directory needs one']);
  });
});
