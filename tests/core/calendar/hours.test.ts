import { describe, expect, it } from 'vitest';
import { coversWholeWeek, windowMinutes, writtenWindowWords } from '../../../src/core/calendar/hours.ts';

describe('windowMinutes', () => {
  it('returns an end on the next day when the window ends at or before its start', () => {
    expect(windowMinutes({ from: '20:00', to: '08:00' })).toEqual({ start: 1200, end: 1920 });
    expect(windowMinutes({ from: '09:00', to: '17:00' })).toEqual({ start: 540, end: 1020 });
    expect(windowMinutes({ from: '00:00', to: '24:00' })).toEqual({ start: 0, end: 1440 });
  });
});

describe('writtenWindowWords', () => {
  it('returns the days and times as written, with "next day" when the window wraps past midnight', () => {
    expect(writtenWindowWords({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' })).toBe('Mon–Fri 09:00–17:00');
    expect(writtenWindowWords({ days: ['mon', 'tue', 'wed', 'thu'], from: '17:00', to: '09:00' })).toBe('Mon–Thu 17:00–09:00 next day');
  });
});

describe('coversWholeWeek', () => {
  const all = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  it('returns true when the windows leave no minute of the week out', () => {
    expect(coversWholeWeek({ windows: [{ days: all, from: '00:00', to: '24:00' }] })).toBe(true);
    expect(coversWholeWeek({ windows: [{ days: all, from: '08:00', to: '20:00' }, { days: all, from: '20:00', to: '08:00' }] })).toBe(true);
  });

  it('returns false when some hour of the week is outside the windows', () => {
    expect(coversWholeWeek({ windows: [{ days: all.slice(0, 5), from: '09:00', to: '17:00' }] })).toBe(false);
    expect(coversWholeWeek({ windows: [{ days: all.slice(0, 6), from: '00:00', to: '24:00' }] })).toBe(false);
  });
});
