import { describe, expect, it } from 'vitest';
import { weekReasons, weeksByPerson } from '../../../src/core/changes/week-changes.ts';
import type { WeekChange } from '../../../src/core/changes/types.ts';
import { fifthMemberReport } from './fifth-member.ts';

const WHY = 'rotation changed: version from 2026-W49 added: Engineer A, Engineer B, Engineer C, Engineer D, Engineer E';

describe('oncallChanges: the weeks by person', () => {
  it('returns one entry per person with the weeks gained and lost, and the one reason, when a version adds a fifth member', () => {
    const [rotation] = fifthMemberReport().oncall;

    // Every week is still there, for the JSON output and the history gate.
    expect(rotation!.weeks).toHaveLength(39);
    expect(rotation!.reasons).toEqual([{ why: WHY, weeks: 39 }]);
    expect(rotation!.people.map((p) => [p.name, p.gained.length, p.lost.length])).toEqual([
      ['Engineer A', 8, 10],
      ['Engineer B', 8, 10],
      ['Engineer C', 6, 10],
      ['Engineer D', 7, 9],
      ['Engineer E', 10, 0],
    ]);
    const e = rotation!.people.find((p) => p.id === 'engineer-e')!;
    expect([e.gained[0], e.gained.at(-1)]).toEqual(['2026-W50', '2027-W45']);
    // Each week moves from one person to another: as many weeks gained as lost.
    const total = (key: 'gained' | 'lost') => rotation!.people.reduce((n, p) => n + p[key].length, 0);
    expect([total('gained'), total('lost')]).toEqual([39, 39]);
  });
});

const week = (key: string, before: string | undefined, after: string | undefined, why: string): WeekChange => ({
  week: key,
  start: '',
  end: '',
  firstDay: '',
  lastDay: '',
  ...(before ? { before: { id: before.toLowerCase().replace(' ', '-'), name: before } } : {}),
  ...(after ? { after: { id: after.toLowerCase().replace(' ', '-'), name: after } } : {}),
  why,
});

describe('weeksByPerson and weekReasons', () => {
  it('returns weeks on only one side (a rotation that starts later) as only gained or only lost, sorted by name', () => {
    const weeks = [week('2027-W01', undefined, 'Engineer B', 'now on the calendar'), week('2027-W02', 'Engineer A', undefined, 'no longer on the calendar')];
    expect(weeksByPerson(weeks)).toEqual([
      { id: 'engineer-a', name: 'Engineer A', gained: [], lost: ['2027-W02'] },
      { id: 'engineer-b', name: 'Engineer B', gained: ['2027-W01'], lost: [] },
    ]);
  });

  it('returns each reason once, most weeks first, then in order of first appearance', () => {
    const weeks = [week('W1', 'A', 'B', 'swap'), week('W2', 'A', 'B', 'override'), week('W3', 'A', 'B', 'override'), week('W4', 'A', 'B', 'rotation changed')];
    expect(weekReasons(weeks)).toEqual([
      { why: 'override', weeks: 2 },
      { why: 'swap', weeks: 1 },
      { why: 'rotation changed', weeks: 1 },
    ]);
  });
});
