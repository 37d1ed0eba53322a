import { describe, expect, it } from 'vitest';
import { parseCivilDay } from '../../../src/core/calendar/civil.ts';
import { describeAbsence, HolidayIndex } from '../../../src/core/calendar/holidays.ts';
import type { Person } from '../../../src/core/model.ts';

const person = (id: string, holidays: Person['holidays']): Person => ({ id, name: id, holidays });
const index = new HolidayIndex([
  person('engineer-a', [
    { from: '2026-03-10', to: '2026-03-12', note: 'Conference' },
    { from: '2026-03-13', to: '2026-03-20', note: 'Skiing' }, // touches the first: merged
    { from: '2026-12-24', to: '2027-01-01' },
    { from: '2026-07-01', to: '2026-07-01' },
  ]),
  person('engineer-b', []),
]);
const away = (id: string, mondayOfWeek: string) => {
  const absence = index.awayDuring(id, parseCivilDay(mondayOfWeek));
  return absence ? describeAbsence(absence) : undefined;
};

describe('HolidayIndex.awayDuring', () => {
  it.each([
    ['2026-03-09', '2026-03-10 to 2026-03-20, Conference; Skiing'], // Mon 9 Mar 2026: holidays from Tue 10 Mar merged
    ['2026-03-16', '2026-03-10 to 2026-03-20, Conference; Skiing'], // Mon 16 Mar 2026
    ['2026-03-23', undefined], // Mon 23 Mar 2026: back on Sat 21 Mar
    ['2026-03-02', undefined], // Mon 2 Mar 2026: the week ends Sun 8 Mar, before the holiday
    ['2026-06-29', '2026-07-01'], // Mon 29 Jun 2026: one day
    ['2026-12-28', '2026-12-24 to 2027-01-01'], // Mon 28 Dec 2026: across new year
    ['2026-12-21', '2026-12-24 to 2027-01-01'], // Mon 21 Dec 2026: from Thu 24 Dec
    ['2027-01-04', undefined], // Mon 4 Jan 2027
  ])('returns the absence overlapping the week of %s', (monday, expected) => {
    expect(away('engineer-a', monday)).toBe(expected);
  });

  it('returns undefined for people without holidays or unknown ids', () => {
    expect(away('engineer-b', '2026-03-09')).toBeUndefined();
    expect(away('engineer-z', '2026-03-09')).toBeUndefined();
  });
});
