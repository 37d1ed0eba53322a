import { describe, expect, it } from 'vitest';
import { boundaryAt, resolveWall } from '../../../src/core/calendar/wall-time.ts';

const HOUR = 3_600_000;
// A made-up zone: UTC+1 until T, UTC+2 from T (clocks forward at 01:00 UTC, 02:00 → 03:00 local).
const T = Date.UTC(2027, 2, 28, 1);
const forward = (ms: number) => (ms < T ? HOUR : 2 * HOUR);
// And back: UTC+2 until T, UTC+1 from T (03:00 → 02:00 local).
const back = (ms: number) => (ms < T ? 2 * HOUR : HOUR);
const wall = (h: number, m = 0) => Date.UTC(2027, 2, 28, h, m);

describe('resolveWall', () => {
  it('returns the one instant of a wall time away from a change', () => {
    expect(resolveWall(wall(12), forward)).toEqual({ kind: 'exact', ms: wall(12) - 2 * HOUR });
    expect(resolveWall(wall(1), forward)).toEqual({ kind: 'exact', ms: wall(1) - HOUR });
  });

  it('returns the minute the clocks jump, with both offsets, for a wall time they skip', () => {
    expect(resolveWall(wall(2, 30), forward)).toEqual({ kind: 'gap', ms: T, before: HOUR, after: 2 * HOUR });
  });

  it('returns both showings, the earlier first, for a wall time the clocks show twice', () => {
    expect(resolveWall(wall(2, 30), back)).toEqual({ kind: 'ambiguous', ms: wall(2, 30) - 2 * HOUR, later: wall(2, 30) - HOUR, before: 2 * HOUR, after: HOUR });
  });
});

describe('boundaryAt', () => {
  it('returns the jump for either side of a skipped time, and the first or second showing of a doubled one', () => {
    expect(boundaryAt(wall(2, 30), forward, 'start')).toBe(T);
    expect(boundaryAt(wall(2, 30), forward, 'end')).toBe(T);
    expect(boundaryAt(wall(2, 30), back, 'start')).toBe(wall(2, 30) - 2 * HOUR);
    expect(boundaryAt(wall(2, 30), back, 'end')).toBe(wall(2, 30) - HOUR);
  });

  it('returns the first showing for an end at the time the clocks go back to, which its second showing is the change itself', () => {
    // The clocks go back from 03:00 to 02:00 at T: 02:00 shows first at T - 1 h (UTC+2), then at T itself (UTC+1).
    expect(boundaryAt(wall(2), back, 'end')).toBe(T - HOUR);
  });
});
