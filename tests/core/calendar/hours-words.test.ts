import { describe, expect, it } from 'vitest';
import { dayWords, stretchesWords, windowWords } from '../../../src/core/calendar/hours-words.ts';

describe('dayWords', () => {
  it('returns runs of three or more days as a range, shorter runs listed, Monday first', () => {
    expect(dayWords([4, 0, 1, 2, 3])).toBe('Mon–Fri');
    expect(dayWords([5, 6])).toBe('Sat, Sun');
    expect(dayWords([0, 2, 4])).toBe('Mon, Wed, Fri');
    expect(dayWords([0, 1, 2, 5])).toBe('Mon–Wed, Sat');
  });

  it('returns "Every day" for all seven, whatever the order or repeats', () => {
    expect(dayWords([6, 5, 4, 3, 2, 1, 0, 0])).toBe('Every day');
  });
});

describe('windowWords', () => {
  it('returns the days and times, saying when the window ends the next day', () => {
    expect(windowWords([0, 1, 2, 3, 4], '09:00', '17:00', false)).toBe('Mon–Fri 09:00–17:00');
    expect(windowWords([0, 1, 2, 3], '17:00', '09:00', true)).toBe('Mon–Thu 17:00–09:00 next day');
  });
});

describe('stretchesWords', () => {
  it('returns days in a row with the same times as one run, in the order they happen', () => {
    const words = stretchesWords([
      { day: 6, from: '18:00', to: '03:00', nextDay: true },
      ...[0, 1, 2, 3, 4].map((day) => ({ day, from: '03:00', to: '11:00', nextDay: false })),
    ]);
    expect(words).toBe('Sun 18:00–03:00 next day, Mon–Fri 03:00–11:00');
  });

  it('returns days apart with the same times together, and a run across Sunday to Monday as one', () => {
    expect(stretchesWords([0, 2, 4].map((day) => ({ day, from: '03:00', to: '11:00', nextDay: false })))).toBe('Mon, Wed, Fri 03:00–11:00');
    expect(stretchesWords([5, 6, 0, 1].map((day) => ({ day, from: '00:00', to: '24:00', nextDay: false })))).toBe('Sat–Tue 00:00–24:00');
    expect(stretchesWords([0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, from: '08:00', to: '20:00', nextDay: false })))).toBe('Every day 08:00–20:00');
  });

  it('returns days whose times differ (a DST change mid-week) as separate groups', () => {
    const words = stretchesWords([
      ...[0, 1, 2].map((day) => ({ day, from: '03:00', to: '11:00', nextDay: false })),
      ...[3, 4].map((day) => ({ day, from: '04:00', to: '12:00', nextDay: false })),
    ]);
    expect(words).toBe('Mon–Wed 03:00–11:00, Thu, Fri 04:00–12:00');
  });
});
