import { describe, expect, it } from 'vitest';
import { computeSchedules } from '../../../src/core/schedules.ts';
import { loadData } from '../../../src/core/load/load.ts';
import { dataDir, problemsWith, TEST_NOW, warningsWith, yaml } from '../../helpers/data-dir.ts';
import { at, makeModel } from '../calendar/fixture.ts';

// The valid fixture: UTC, rotation on-call of engineer-a..c by week number from 2026-01-01; TEST_NOW is Mon 2 Mar 2026 (2026-W10).
const rotation = (extra: string) => ({
  'rotations/on-call.yaml': `name: On-call\nmembers: [engineer-a, engineer-b, engineer-c]\nstart: 2026-01-01\n${extra}`,
});
const berlin = {
  'site.yaml': yaml`
    title: Test runbooks
    calendar: {pastWeeks: 0, futureWeeks: 8, timezone: Europe/Berlin}
    areas:
      - {id: profit, name: Profit}
      - {id: growth, name: Growth}
  `,
};

describe('loadData: covers and hours', () => {
  it('reports a cover that ends before it starts, at its to', () => {
    expect(problemsWith(rotation(yaml`
      covers:
        - {from: 2026-03-04T18:00, to: 2026-03-04T09:00, engineer: engineer-b, reason: dentist}
    `))).toEqual([
      "rotations/on-call.yaml:5:34: covers[0] ends before it starts: from 2026-03-04T18:00 to 2026-03-04T09:00; make to later than from (to is exclusive: a night from 18:00 to 09:00 ends on the next day's date)",
    ]);
  });

  it('reports a time in the hour the clocks skip, naming the gap, and one in the hour they repeat, asking for an offset; an explicit offset is exact', () => {
    expect(problemsWith({ ...berlin, ...rotation(yaml`
      covers:
        - {from: 2026-03-29T02:30, to: 2026-03-29T09:00, engineer: engineer-b, reason: gap}
        - {from: 2026-10-25T01:00, to: 2026-10-25T02:30, engineer: engineer-b, reason: repeat}
        - {from: 2026-10-25T01:00, to: "2026-10-25T02:30+01:00", engineer: engineer-b, reason: explicit}
    `) })).toEqual([
      'rotations/on-call.yaml:5:12: covers[0].from 2026-03-29T02:30 does not exist in Europe/Berlin: the clocks go forward from 02:00 to 03:00 that night; give a time before 02:00 or from 03:00 on',
      'rotations/on-call.yaml:6:34: covers[1].to 2026-10-25T02:30 happens twice in Europe/Berlin: the clocks go back that night, so it is first at +02:00 and again at +01:00; write the offset you mean: "2026-10-25T02:30+02:00" (the first time) or "2026-10-25T02:30+01:00" (the second)',
    ]);
  });

  it('reports overlapping covers, naming both', () => {
    expect(problemsWith(rotation(yaml`
      covers:
        - {from: 2026-03-04T18:00, to: 2026-03-05T09:00, engineer: engineer-b, reason: dentist}
        - {from: 2026-03-05T08:00, to: 2026-03-05T12:00, engineer: engineer-c, reason: train}
    `))).toEqual([
      'rotations/on-call.yaml:6:5: covers[1] (2026-03-05T08:00 to 2026-03-05T12:00, engineer-c) overlaps covers[0] (2026-03-04T18:00 to 2026-03-05T09:00, engineer-b, line 5); end one cover where the other starts, or merge them into one',
    ]);
  });

  it('reports overlapping windows, also across Sunday midnight, and accepts windows that only meet', () => {
    expect(problemsWith(rotation(yaml`
      hours:
        windows:
          - {days: [mon, tue, wed, thu, fri], from: "09:00", to: "17:00"}
          - {days: [mon, tue, wed, thu, fri], from: "17:00", to: "24:00"}
          - {days: [sun], from: "20:00", to: "10:00"}
    `))).toEqual([
      'rotations/on-call.yaml:8:7: hours.windows[2] (sun 20:00 to 10:00) overlaps hours.windows[0] (mon, tue, wed, thu, fri 09:00 to 17:00, line 6) on mon from 09:00; let one window end where the other starts (to is exclusive), or merge them',
    ]);
  });

  it('reports a window day that is not mon…sun and a time not HH:MM, from the schema', () => {
    const problems = problemsWith(rotation(yaml`
      hours:
        windows:
          - {days: [monday], from: "9:00", to: "25:00"}
    `));
    expect(problems).toEqual([
      'rotations/on-call.yaml:6:15: hours.windows[0].days[0]: expected a day: mon, tue, wed, thu, fri, sat, sun; got "monday"',
      expect.stringContaining('from: expected a time from "00:00" to "23:59"'),
      expect.stringContaining('to: expected a time from "00:00" to "24:00"'),
    ]);
  });

  it('reports a cover by someone on holiday then, and warns of a cover over a whole week and one outside the hours', () => {
    const files = {
      'people.yaml': yaml`
        people:
          - {id: engineer-a, name: Engineer A}
          - {id: engineer-b, name: Engineer B, holidays: [{from: 2026-03-05, to: 2026-03-06, note: skiing}]}
          - {id: engineer-c, name: Engineer C}
      `,
      ...rotation(yaml`
        hours:
          windows:
            - {days: [mon, tue, wed, thu, fri], from: "09:00", to: "17:00"}
        covers:
          - {from: 2026-03-04T12:00, to: 2026-03-05T12:00, engineer: engineer-b, reason: dentist}
          - {from: 2026-03-16T00:00, to: 2026-03-23T00:00, engineer: engineer-a, reason: conference swap}
          - {from: 2026-03-07T09:00, to: 2026-03-07T12:00, engineer: engineer-c, reason: saturday}
      `),
    };
    expect(problemsWith(files)).toEqual([
      'rotations/on-call.yaml:8:5: covers[0] (2026-03-04T12:00 to 2026-03-05T12:00) names engineer-b, who is on holiday then (2026-03-05 to 2026-03-06, skiing); give the cover to engineer-a or engineer-c (not on holiday then)',
    ]);
    expect(warningsWith(files).filter((line) => line.startsWith('rotations/'))).toEqual([
      'rotations/on-call.yaml:9:5: covers[1] (2026-03-16T00:00 to 2026-03-23T00:00) spans all of 2026-W12; write an override instead: {week: 2026-W12, engineer: engineer-a, reason: …}, and a cover only for any time beyond that week',
      "rotations/on-call.yaml:10:5: covers[2] (2026-03-07T09:00 to 2026-03-07T12:00) lies wholly outside the rotation's hours, when nobody is on call in on-call anyway; move the cover into the hours, or remove it",
    ]);
  });

  it('warns of the hours a pipeline’s rotations leave uncovered, in the first rotation’s zone, unless site.yaml accepts gaps', () => {
    const files = {
      ...rotation(yaml`
        hours:
          timezone: America/New_York
          windows:
            - {days: [mon, tue, wed, thu, fri], from: "09:00", to: "17:00"}
      `),
    };
    const gap = 'nobody is on call for growth mon–fri 00:00–09:00, 17:00–24:00; sat–sun 00:00–24:00 (America/New_York) every week: the hours of on-call leave it uncovered';
    expect(warningsWith(files)).toEqual([expect.stringMatching(/^pipelines\/growth\.yaml:\d+:\d+: /), expect.stringContaining('pipelines/profit.yaml')]);
    expect(warningsWith(files)[0]).toContain(gap);
    // Warnings leave the model whole: the site builds and the faces run.
    expect(loadData(dataDir(files), { now: TEST_NOW }).model).toBeDefined();
    const accepting = {
      ...files,
      'site.yaml': yaml`
        title: Test runbooks
        calendar: {pastWeeks: 0, futureWeeks: 8, coverageGaps: accept}
        areas:
          - {id: profit, name: Profit}
          - {id: growth, name: Growth}
      `,
    };
    expect(warningsWith(accepting)).toEqual([]);
  });
});

describe('computeSchedules: double-booking by overlap', () => {
  // ops and ops-2 hand over at different times; 2026-W09 is engineer-a's in ops (Mon 23 Feb 00:00 to Mon 2 Mar 00:00).
  it('returns a clash through a cover, on the cover, saying when', () => {
    const model = makeModel({
      rotations: [{}, { members: ['engineer-e', 'engineer-f'], covers: [{ from: '2026-02-25T18:00', to: '2026-02-26T09:00', engineer: 'engineer-a' }] }],
    });
    const [ops, ops2] = computeSchedules(model, { from: at('2026-02-25T00:00Z'), weeks: 1 });
    expect(ops2!.problems).toEqual([
      expect.objectContaining({
        rule: 'double-booked',
        coverIndex: 0,
        message:
          'engineer-a is on call in ops-2 and ops at the same time in 2026-W09, from Wed 25 Feb 18:00 to Thu 26 Feb 09:00 (UTC); give covers[0] to someone free then, or accept it with agreed: true on the cover',
      }),
    ]);
    expect(ops!.problems.map((p) => p.rule)).toEqual(['double-booked']);
  });

  it('returns no clash when the cover says agreed: true, or when the two rotations’ hours do not meet', () => {
    const agreed = makeModel({
      rotations: [{}, { members: ['engineer-e', 'engineer-f'], covers: [{ from: '2026-02-25T18:00', to: '2026-02-26T09:00', engineer: 'engineer-a', agreed: true }] }],
    });
    expect(computeSchedules(agreed, { from: at('2026-02-25T00:00Z'), weeks: 1 }).flatMap((s) => s.problems)).toEqual([]);
    const day = { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, from: '09:00', to: '17:00' };
    const night = { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, from: '17:00', to: '09:00' };
    const apart = makeModel({
      rotations: [
        { hours: { windows: [{ ...day, days: [...day.days] }] } },
        { members: ['engineer-a', 'engineer-e'], hours: { windows: [{ ...night, days: [...night.days] }] } },
      ],
    });
    // engineer-a holds 2026-W09 in both, by day in one and by night in the other.
    expect(computeSchedules(apart, { from: at('2026-02-25T00:00Z'), weeks: 1 }).flatMap((s) => s.problems)).toEqual([]);
  });

  it('returns a clash between different weeks of rotations that hand over at different times', () => {
    // ops hands over Monday 09:00: its 2026-W10 (engineer-b) starts Mon 2 Mar 09:00; ops-2's 2026-W09 (engineer-b) runs to Mon 2 Mar 12:00.
    const model = makeModel({ rotations: [{ handoff: '09:00' }, { members: ['engineer-b', 'engineer-e'], handoff: '12:00', assignment: 'continuous', start: '2026-02-23' }] });
    const problems = computeSchedules(model, { from: at('2026-02-25T00:00Z'), weeks: 2 }).flatMap((s) => s.problems.map((p) => `${s.rotation} ${p.week} ${p.what}`));
    expect(problems).toEqual([
      'ops 2026-W10 engineer-b is on call in ops and ops-2 at the same time in 2026-W10, from Mon 2 Mar 09:00 to Mon 2 Mar 12:00 (UTC)',
      'ops-2 2026-W09 engineer-b is on call in ops-2 and ops at the same time in 2026-W09, from Mon 2 Mar 09:00 to Mon 2 Mar 12:00 (UTC)',
    ]);
  });
});
