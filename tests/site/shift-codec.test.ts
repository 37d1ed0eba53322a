import { describe, expect, it } from 'vitest';
import { feedLinks } from '../../src/site/feed-links.ts';
import { decodeTimeline, encodeTimeline } from '../../src/site/shift-codec.ts';

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

describe('encodeTimeline', () => {
  const d = (iso: string) => new Date(iso);
  const part = (start: string, end: string, engineer: string, layer = 0) => ({ start: d(start), end: d(end), engineer, layer });
  const names: Record<string, string> = { bob: 'Bob; "the builder", Baker', 'alice': 'Alice <Archer> | 100%', c: 'C' };
  const name = (id: string) => names[id]!;

  it('round-trips through decodeTimeline with gaps, people by index and names with separators', () => {
    const timeline = {
      from: d('2026-12-07T00:00:00Z'),
      to: d('2026-12-14T00:00:00Z'),
      parts: [part('2026-12-07T08:00:00Z', '2026-12-07T16:00:00Z', 'bob'), part('2026-12-08T08:00:00Z', '2026-12-08T11:30:00Z', 'bob'), part('2026-12-08T11:30:00Z', '2026-12-08T16:00:00Z', 'alice')],
      layers: [],
    };
    expect(decodeTimeline(encodeTimeline(timeline, name))).toEqual({
      from: Date.UTC(2026, 11, 7),
      to: Date.UTC(2026, 11, 14),
      people: [['bob', names.bob], ['alice', names.alice]],
      layers: [],
      parts: [
        [Date.UTC(2026, 11, 7, 8), Date.UTC(2026, 11, 7, 16), 0, 0],
        [Date.UTC(2026, 11, 8, 8), Date.UTC(2026, 11, 8, 11, 30), 0, 0],
        [Date.UTC(2026, 11, 8, 11, 30), Date.UTC(2026, 11, 8, 16), 1, 0],
      ],
    });
  });

  it('returns gaps and lengths in minutes, an empty gap for parts that follow each other, and the layers last', () => {
    const timeline = {
      from: d('2026-12-07T00:00:00Z'),
      to: d('2026-12-14T00:00:00Z'),
      parts: [part('2026-12-07T08:00:00Z', '2026-12-07T16:00:00Z', 'c', 0), part('2026-12-07T16:00:00Z', '2026-12-08T08:00:00Z', 'bob', 1)],
      layers: [{ id: 'day', name: 'Day, Berlin' }, { id: 'night', name: 'Night' }],
    };
    const text = encodeTimeline(timeline, name);
    expect(text).toBe(`${Date.UTC(2026, 11, 7) / 1000},${Date.UTC(2026, 11, 14) / 1000}|c,C;bob,Bob%3B%20%22the%20builder%22%2C%20Baker|480,480,0,0;,960,1,1|day,Day%2C%20Berlin;night,Night`);
    expect(decodeTimeline(text)!.layers).toEqual([['day', 'Day, Berlin'], ['night', 'Night']]);
    expect(decodeTimeline(text)!.parts.map((p) => p[3])).toEqual([0, 1]);
  });

  it('returns a timeline without parts when nobody is on call in it, and nothing for an empty text', () => {
    const empty = { from: d('2026-12-07T00:00:00Z'), to: d('2026-12-14T00:00:00Z'), parts: [], layers: [] };
    expect(decodeTimeline(encodeTimeline(empty, name))).toEqual({ from: Date.UTC(2026, 11, 7), to: Date.UTC(2026, 11, 14), people: [], layers: [], parts: [] });
    expect(decodeTimeline('')).toBeUndefined();
  });

  it('returns the exact instants in seconds when a cover is written to the second, and minutes otherwise', () => {
    // A cover may be written `from: 2026-12-07T09:00:30`: the schema allows seconds, so the card must too.
    const odd = { from: d('2026-12-07T00:00:00Z'), to: d('2026-12-14T00:00:00Z'), parts: [part('2026-12-07T08:00:30Z', '2026-12-07T16:00:00Z', 'c'), part('2026-12-07T16:00:00Z', '2026-12-07T16:00:01Z', 'bob')], layers: [] };
    const text = encodeTimeline(odd, name);
    expect(text.split('|')[0]).toBe(`${Date.UTC(2026, 11, 7) / 1000},${Date.UTC(2026, 11, 14) / 1000},s`);
    expect(decodeTimeline(text)!.parts).toEqual([
      [Date.UTC(2026, 11, 7, 8, 0, 30), Date.UTC(2026, 11, 7, 16), 0, 0],
      [Date.UTC(2026, 11, 7, 16), Date.UTC(2026, 11, 7, 16, 0, 1), 1, 0],
    ]);
    const whole = { ...odd, parts: [part('2026-12-07T08:00:00Z', '2026-12-07T16:00:00Z', 'c')] };
    expect(encodeTimeline(whole, name).split('|')[0]).toBe(`${Date.UTC(2026, 11, 7) / 1000},${Date.UTC(2026, 11, 14) / 1000}`);
    expect(encodeTimeline(whole, name).split('|')[2]).toBe('480,480,0');
  });
});
