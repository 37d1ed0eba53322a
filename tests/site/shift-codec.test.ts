import { describe, expect, it } from 'vitest';
import { feedLinks } from '../../src/site/feed-links.ts';
import { decodeShifts, encodeShifts } from '../../src/site/shift-codec.ts';

describe('feedLinks', () => {
  it('returns absolute https and webcal URLs when the site URL is known', () => {
    expect(feedLinks('/oncall/data-platform.ics', new URL('https://runbooks.example.com/'))).toEqual({
      https: 'https://runbooks.example.com/oncall/data-platform.ics',
      webcal: 'webcal://runbooks.example.com/oncall/data-platform.ics',
      absolute: true,
    });
  });

  it('returns the path for both when it is not, for the page script to complete', () => {
    expect(feedLinks('/people/alice.ics', undefined)).toEqual({ https: '/people/alice.ics', webcal: '/people/alice.ics', absolute: false });
  });
});

describe('encodeShifts', () => {
  const week = (start: string, end: string, engineer: string, name: string) => ({ start: new Date(start), end: new Date(end), engineer, name });

  it('round-trips through decodeShifts, names with separators included', () => {
    const shifts = [
      week('2026-12-28T09:00:00Z', '2027-01-04T09:00:00Z', 'bob', 'Bob; "the builder", Baker'),
      week('2027-01-04T09:00:00Z', '2027-01-11T09:00:00Z', 'alice', 'Alice <Archer>'),
    ];
    expect(decodeShifts(encodeShifts(shifts))).toEqual([
      [Date.UTC(2026, 11, 28, 9), Date.UTC(2027, 0, 4, 9), 'bob', 'Bob; "the builder", Baker'],
      [Date.UTC(2027, 0, 4, 9), Date.UTC(2027, 0, 11, 9), 'alice', 'Alice <Archer>'],
    ]);
  });

  it('returns an empty text for no weeks', () => {
    expect(encodeShifts([])).toBe('');
    expect(decodeShifts('')).toEqual([]);
  });

  it('keeps no quotes, so the attribute stays short', () => {
    expect(encodeShifts([week('2027-01-04T00:00:00Z', '2027-01-11T00:00:00Z', 'a', 'A "B"')])).toBe('1799020800,a,A%20%22B%22;1799625600');
  });
});
