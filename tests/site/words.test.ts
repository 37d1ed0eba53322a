import { describe, expect, it } from 'vitest';
import { markdownLabel, reasonBadge, weeksShownWords } from '../../src/site/words.ts';

describe('reasonBadge', () => {
  it('returns no badge for the plain rotation and a labelled one for overrides and swaps', () => {
    expect(reasonBadge({ reason: 'rotation', agreed: false })).toBeUndefined();
    expect(reasonBadge({ reason: 'override', agreed: false })).toEqual({ label: 'Override', className: 'badge override' });
    expect(reasonBadge({ reason: 'override', agreed: true })).toEqual({ label: 'Override, agreed', className: 'badge override' });
    expect(reasonBadge({ reason: 'holiday-swap', agreed: false })).toEqual({ label: 'Holiday swap', className: 'badge swap' });
  });
});

describe('weeksShownWords', () => {
  it('returns the window in words, bounded by the calendar horizon, singular for one week', () => {
    expect(weeksShownWords({ past: 4, future: 26 }, { pastWeeks: 8, futureWeeks: 52 })).toBe('4 weeks back to 26 weeks ahead');
    expect(weeksShownWords({ past: 4, future: 26 }, { pastWeeks: 1, futureWeeks: 8 })).toBe('1 week back to 8 weeks ahead');
    expect(weeksShownWords({ past: 8, future: 52 }, { pastWeeks: 0, futureWeeks: 1 })).toBe('0 weeks back to 1 week ahead');
  });
});

describe('markdownLabel', () => {
  it('returns the key capitalised', () => {
    expect(markdownLabel('symptoms')).toBe('Symptoms');
  });
});
