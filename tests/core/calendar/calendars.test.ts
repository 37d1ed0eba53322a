import { describe, expect, it } from 'vitest';
import { computeSchedule, type RotationSchedule } from '../../../src/core/schedules.ts';
import { at, makeModel, type ModelInput } from './fixture.ts';

const weeks = (s: RotationSchedule) => s.weeks.map((w) => `${w.week} ${w.engineer}${w.reason === 'rotation' ? '' : ` ${w.reason}`}`);
const times = (s: RotationSchedule) => s.weeks.map((w) => `${w.week} ${w.start.toISOString()} → ${w.end.toISOString()}`);
const problems = (s: RotationSchedule) => s.problems.map((p) => `${p.week} ${p.rule}${p.overrideIndex === undefined ? '' : ` #${p.overrideIndex}`}: ${p.message}`);

describe('computeSchedule company calendars', () => {
  it.each<[string, ModelInput, Date, number, string[], string[]]>([
    [
      'ISO 2026 has 53 weeks: a covers W53 and 2027-W01',
      { rotations: [{}] },
      at('2026-12-21T00:00:00Z'), // Mon 21 Dec 2026
      3,
      ['2026-W52 engineer-d', '2026-W53 engineer-a', '2027-W01 engineer-a'],
      ['2027-W01 consecutive: engineer-a covers 2026-W53 and 2027-W01 back to back; add an override for 2026-W53 (engineer-b or engineer-c can take it without a back-to-back week), or mark one of the weeks agreed: true'],
    ],
    [
      'ISO 2027 has 52 weeks and no problem at new year',
      { rotations: [{}] },
      at('2027-12-20T00:00:00Z'), // Mon 20 Dec 2027
      3,
      ['2027-W51 engineer-c', '2027-W52 engineer-d', '2028-W01 engineer-a'],
      [],
    ],
    [
      'US weeks (sunday, 1): 2026 has 52 weeks',
      { calendar: { weekStartsOn: 'sunday', firstWeekContainsDate: 1 }, rotations: [{}] },
      at('2026-12-20T00:00:00Z'), // Sun 20 Dec 2026
      2,
      ['2026-W52 engineer-d', '2027-W01 engineer-a'],
      [],
    ],
    [
      'US weeks (sunday, 1): 2022 has 53 weeks',
      { calendar: { weekStartsOn: 'sunday', firstWeekContainsDate: 1 }, rotations: [{ start: '2022-01-01' }] },
      at('2022-12-25T00:00:00Z'), // Sun 25 Dec 2022
      2,
      ['2022-W53 engineer-a', '2023-W01 engineer-a'],
      ['2023-W01 consecutive: engineer-a covers 2022-W53 and 2023-W01 back to back; add an override for 2022-W53 (engineer-b or engineer-c can take it without a back-to-back week), or mark one of the weeks agreed: true'],
    ],
    [
      'three members: 2026-W52 and 2027-W01 both go to a',
      { rotations: [{ members: ['engineer-a', 'engineer-b', 'engineer-c'] }] },
      at('2026-12-21T00:00:00Z'), // Mon 21 Dec 2026
      3,
      ['2026-W52 engineer-a', '2026-W53 engineer-b', '2027-W01 engineer-a'],
      [],
    ],
    [
      'continuous: turns run on across the 53rd week',
      { rotations: [{ assignment: 'continuous' }] },
      at('2026-12-21T00:00:00Z'), // Mon 21 Dec 2026
      3,
      ['2026-W52 engineer-d', '2026-W53 engineer-a', '2027-W01 engineer-b'],
      [],
    ],
    [
      'continuous with a mid-week start: the first turn is the week containing it; earlier weeks are not listed',
      { rotations: [{ assignment: 'continuous', start: '2026-03-04' }] }, // Wed 4 Mar 2026, in W10
      at('2026-02-23T00:00:00Z'), // Mon 23 Feb 2026, W09
      4,
      ['2026-W10 engineer-a', '2026-W11 engineer-b', '2026-W12 engineer-c'],
      [],
    ],
    [
      'compares the first listed week with the week before it',
      { rotations: [{}] },
      at('2027-01-04T00:00:00Z'), // Mon 4 Jan 2027
      1,
      ['2027-W01 engineer-a'],
      ['2027-W01 consecutive: engineer-a covers 2026-W53 and 2027-W01 back to back; add an override for 2026-W53 (engineer-b or engineer-c can take it without a back-to-back week), or mark one of the weeks agreed: true'],
    ],
    [
      'reports only problems of listed weeks',
      { rotations: [{}] },
      at('2026-12-21T00:00:00Z'), // Mon 21 Dec 2026
      2,
      ['2026-W52 engineer-d', '2026-W53 engineer-a'],
      [],
    ],
    [
      'lists nothing before the rotation starts',
      { rotations: [{ start: '2027-06-01' }] },
      at('2026-12-21T00:00:00Z'),
      3,
      [],
      [],
    ],
  ])('%s', (_name, input, from, count, expectedWeeks, expectedProblems) => {
    const s = computeSchedule(makeModel(input), 'ops', { from, weeks: count });
    expect(weeks(s)).toEqual(expectedWeeks);
    expect(problems(s)).toEqual(expectedProblems);
  });

  it.each<[string, ModelInput['calendar'], string, Date, number, string[]]>([
    [
      'shortens the shift across the spring DST change (Berlin, 09:00)',
      { timezone: 'Europe/Berlin' },
      '09:00',
      at('2026-03-23T12:00:00Z'), // Mon 23 Mar 2026; DST begins Sun 29 Mar
      2,
      ['2026-W13 2026-03-23T08:00:00.000Z → 2026-03-30T07:00:00.000Z', '2026-W14 2026-03-30T07:00:00.000Z → 2026-04-06T07:00:00.000Z'],
    ],
    [
      'lengthens the shift across the autumn DST change (Berlin, 09:00)',
      { timezone: 'Europe/Berlin' },
      '09:00',
      at('2026-10-19T12:00:00Z'), // Mon 19 Oct 2026; DST ends Sun 25 Oct
      2,
      ['2026-W43 2026-10-19T07:00:00.000Z → 2026-10-26T08:00:00.000Z', '2026-W44 2026-10-26T08:00:00.000Z → 2026-11-02T08:00:00.000Z'],
    ],
    [
      'starts US weeks on sunday, on the DST day itself (New York, 09:00)',
      { timezone: 'America/New_York', weekStartsOn: 'sunday', firstWeekContainsDate: 1 },
      '09:00',
      at('2026-03-02T12:00:00Z'), // Mon 2 Mar 2026; DST begins Sun 8 Mar at 02:00
      2,
      ['2026-W10 2026-03-01T14:00:00.000Z → 2026-03-08T13:00:00.000Z', '2026-W11 2026-03-08T13:00:00.000Z → 2026-03-15T13:00:00.000Z'],
    ],
    [
      'reckons the first week in the company zone, not in UTC (Auckland)',
      { timezone: 'Pacific/Auckland' },
      '00:00',
      at('2026-12-27T12:00:00Z'), // Sun 27 Dec 2026 in UTC, already Mon 28 Dec 01:00 in Auckland
      1,
      ['2026-W53 2026-12-27T11:00:00.000Z → 2027-01-03T11:00:00.000Z'],
    ],
  ])('%s', (_name, calendar, handoff, from, count, expected) => {
    const s = computeSchedule(makeModel({ calendar, rotations: [{ handoff }] }), 'ops', { from, weeks: count });
    expect(times(s)).toEqual(expected);
  });
});

describe('computeSchedule overrides', () => {
  const override = (week: string, engineer: string, agreed = false) => ({ week, engineer, agreed });
  // engineer-c is away Thu 31 Dec 2026 – Fri 1 Jan 2027, in 2026-W53, so is never suggested for it.
  it.each<[string, ReturnType<typeof override>[], string[]]>([
    ['accepts a back-to-back week when the override before it is agreed', [override('2026-W53', 'engineer-a', true)], []],
    ['accepts a back-to-back week when the override after it is agreed', [override('2027-W01', 'engineer-a', true)], []],
    ['resolves the 53rd week with an override to b', [override('2026-W53', 'engineer-b')], []],
    [
      'reports at the override when it causes the back-to-back week, suggesting only who is not away',
      [override('2026-W53', 'engineer-a')],
      ['2027-W01 consecutive #0: engineer-a covers 2026-W53 and 2027-W01 back to back; change the override for 2026-W53 to engineer-b (no back-to-back week for them), or mark it agreed: true'],
    ],
    [
      'reports both pairs when an override puts a on three weeks in a row',
      [override('2026-W52', 'engineer-a')],
      [
        '2026-W53 consecutive #0: engineer-a covers 2026-W52 and 2026-W53 back to back; change the override for 2026-W52 to engineer-b or engineer-d (no back-to-back week for them), or mark it agreed: true',
        '2027-W01 consecutive: engineer-a covers 2026-W53 and 2027-W01 back to back; add an override for 2026-W53 (engineer-b or engineer-d can take it without a back-to-back week), or mark one of the weeks agreed: true',
      ],
    ],
    [
      'reports an override assigning someone on holiday',
      [override('2026-W53', 'engineer-c')],
      ['2026-W53 on-holiday #0: the override for 2026-W53 assigns engineer-c, who is on holiday then (2026-12-31 to 2027-01-01); give the week to engineer-b (free that week, no back-to-back week)'],
    ],
  ])('%s', (_name, overrides, expected) => {
    const model = makeModel({ holidays: { 'engineer-c': [['2026-12-31', '2027-01-01']] }, rotations: [{ overrides }] });
    const s = computeSchedule(model, 'ops', { from: at('2026-12-21T00:00:00Z'), weeks: 3 }); // Mon 21 Dec 2026: W52, W53, 2027-W01
    expect(problems(s)).toEqual(expected);
  });
});
