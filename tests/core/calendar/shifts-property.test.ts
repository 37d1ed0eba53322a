import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSchedules } from '../../../src/core/schedules.ts';
import { DAY_NAMES } from '../../../src/core/schemas/rotation.ts';
import { makeModel } from './fixture.ts';

/**
 * The shifts against a reference that knows nothing of the engine's interval arithmetic or its offset cache:
 * it reads every minute's wall clock from @date-fns/tz, places each boundary by scanning those readings
 * (a stretch holds every minute whose clock reads inside it: it starts at the first minute reading its
 * start or later, and ends at the first minute after which the clock never reads before its end again),
 * paints hours and covers minute by minute, and compares with the shifts painted the same way.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kathmandu'] as const;
/** Weeks with DST changes in one or more of the zones, and one without. */
const FIRST_DAYS = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-07-01', '2026-10-04', '2026-10-25', '2026-11-01'] as const;
const PEOPLE = ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d', 'engineer-e'] as const;

const clock = (halfHours: number) => `${String(Math.floor(halfHours / 2)).padStart(2, '0')}:${halfHours % 2 ? '30' : '00'}`;

const windowArb = fc
  .record({
    days: fc.subarray([...DAY_NAMES], { minLength: 1 }),
    from: fc.integer({ min: 0, max: 47 }),
    to: fc.integer({ min: 1, max: 48 }),
  })
  .filter((w) => w.from !== w.to)
  .map((w) => ({ days: w.days, from: clock(w.from), to: w.to === 48 ? '24:00' : clock(w.to) }));

const coverArb = fc.record({
  /** Half-hours after 00:00 of the day before the first listed day, in the rotation's zone. */
  start: fc.integer({ min: 0, max: 16 * 48 }),
  length: fc.integer({ min: 1, max: 4 * 48 }),
  engineer: fc.constantFrom(...PEOPLE),
  offset: fc.option(fc.constantFrom('Z', '+01:00', '-08:00', '+05:45'), { nil: undefined }),
});

const caseArb = fc.record({
  calendarZone: fc.constantFrom(...ZONES),
  hoursZone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
  firstDay: fc.constantFrom(...FIRST_DAYS),
  handoff: fc.integer({ min: 0, max: 47 }).map(clock),
  hours: fc.option(fc.array(windowArb, { minLength: 1, maxLength: 3 }), { nil: undefined }),
  covers: fc.array(coverArb, { maxLength: 4 }),
});

/** `YYYY-MM-DDTHH:MM` of a wall-clock ms. */
const localText = (wall: number) => new Date(wall).toISOString().slice(0, 16);

describe('shifts (property, against a minute-by-minute reference)', () => {
  it('returns shifts that tile each week’s on-call time exactly, each minute to the right engineer, over random rotations, hours, covers and zones', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        // The rotation's zone: its hours' zone when it has hours with one, else the calendar's.
        const zone = (c.hours && c.hoursZone) || c.calendarZone;
        const dayBefore = Date.parse(`${c.firstDay}T00:00Z`) - DAY;
        const covers = c.covers.map((k) => {
          const from = dayBefore + k.start * 30 * MINUTE;
          return { from: localText(from) + (k.offset ?? ''), to: localText(from + k.length * 30 * MINUTE) + (k.offset ?? ''), engineer: k.engineer, reason: `cover ${k.start}` };
        });
        const model = makeModel({
          calendar: { timezone: c.calendarZone },
          rotations: [
            {
              members: ['engineer-a', 'engineer-b', 'engineer-c'],
              handoff: c.handoff,
              covers,
              ...(c.hours ? { hours: { ...(c.hoursZone ? { timezone: c.hoursZone } : {}), windows: c.hours } } : {}),
            },
          ],
        });
        const weeks = computeSchedules(model, { from: new Date(`${c.firstDay}T12:00Z`), weeks: 2 })[0]!.weeks;

        // Every minute from two days before the first week to two days after the last, with its wall clock.
        const origin = weeks[0]!.start.getTime() - 2 * DAY;
        const count = (weeks[weeks.length - 1]!.end.getTime() + 2 * DAY - origin) / MINUTE;
        const wall = new Float64Array(count);
        for (let i = 0; i < count; i++) {
          const t = origin + i * MINUTE;
          wall[i] = t + tzOffset(zone, new Date(t)) * MINUTE;
        }
        // Running maximum and minimum from the right: both never decrease, so a boundary is a binary search.
        const prefixMax = new Float64Array(count);
        const suffixMin = new Float64Array(count);
        for (let i = 0; i < count; i++) prefixMax[i] = Math.max(wall[i]!, i ? prefixMax[i - 1]! : -Infinity);
        for (let i = count - 1; i >= 0; i--) suffixMin[i] = Math.min(wall[i]!, i < count - 1 ? suffixMin[i + 1]! : Infinity);
        const firstAtLeast = (arr: Float64Array, w: number) => {
          let lo = 0;
          let hi = count;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (arr[mid]! >= w) hi = mid;
            else lo = mid + 1;
          }
          return lo;
        };
        const startIndex = (w: number) => firstAtLeast(prefixMax, w);
        const endIndex = (w: number) => firstAtLeast(suffixMin, w);

        // Hours: paint each window on each local day of the range.
        const inHours = new Uint8Array(count);
        if (c.hours) {
          const firstLocal = Math.floor(wall[0]! / DAY);
          const lastLocal = Math.floor(wall[count - 1]! / DAY);
          for (let day = firstLocal; day <= lastLocal; day++) {
            const weekday = DAY_NAMES[(new Date(day * DAY).getUTCDay() + 6) % 7]!;
            for (const w of c.hours) {
              if (!w.days.includes(weekday)) continue;
              const minutes = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
              const from = minutes(w.from);
              const to = minutes(w.to) <= from ? minutes(w.to) + 1440 : minutes(w.to);
              for (let i = startIndex(day * DAY + from * MINUTE); i < endIndex(day * DAY + to * MINUTE); i++) inHours[i] = 1;
            }
          }
        } else inHours.fill(1);

        // Covers: later ones first, so the one listed first wins where they overlap.
        const coverAt = new Int16Array(count).fill(-1);
        covers.forEach((_, k) => {
          const index = covers.length - 1 - k;
          const cover = covers[index]!;
          const bound = (text: string, side: 'start' | 'end') => {
            const m = /^(.{16})(Z|[+-]\d\d:\d\d)?$/.exec(text)!;
            const local = Date.parse(`${m[1]}Z`);
            if (m[2] === undefined) return side === 'start' ? startIndex(local) : endIndex(local);
            const exact = Date.parse(`${m[1]}:00${m[2]}`);
            return Math.max(0, Math.min(count, Math.ceil((exact - origin) / MINUTE)));
          };
          for (let i = bound(cover.from, 'start'); i < bound(cover.to, 'end'); i++) coverAt[i] = index;
        });

        for (const week of weeks) {
          const from = (week.start.getTime() - origin) / MINUTE;
          const to = (week.end.getTime() - origin) / MINUTE;
          const actual: (string | undefined)[] = new Array(to - from);
          let previousEnd = -Infinity;
          for (const s of week.shifts) {
            // In order, not empty, inside the week, on whole minutes.
            expect(s.start.getTime()).toBeGreaterThanOrEqual(Math.max(previousEnd, week.start.getTime()));
            expect(s.end.getTime()).toBeGreaterThan(s.start.getTime());
            expect(s.end.getTime()).toBeLessThanOrEqual(week.end.getTime());
            previousEnd = s.end.getTime();
            for (let i = (s.start.getTime() - origin) / MINUTE; i < (s.end.getTime() - origin) / MINUTE; i++) {
              actual[i - from] = `${s.engineer} ${s.reason}${s.note ? ` ${s.note}` : ''}${s.coverIndex !== undefined ? ` #${s.coverIndex}` : ''}`;
            }
          }
          const weekReason = { rotation: 'rotation', override: 'override', 'holiday-swap': 'swap' }[week.reason];
          for (let i = from; i < to; i++) {
            const cover = coverAt[i]! >= 0 ? covers[coverAt[i]!]! : undefined;
            const expected = !inHours[i] ? undefined : cover ? `${cover.engineer} cover ${cover.reason} #${coverAt[i]}` : `${week.engineer} ${weekReason}`;
            if (actual[i - from] !== expected) {
              throw new Error(`${week.week} at ${new Date(origin + i * MINUTE).toISOString()}: expected ${expected ?? 'nobody'}, got ${actual[i - from] ?? 'nobody'}`);
            }
          }
          // Neighbouring shifts differ in who or why, or come from different covers (each shift names its one
          // cover, so that rules can point at it in the file), else they would be one.
          week.shifts.forEach((s, k) => {
            const next = week.shifts[k + 1];
            if (next && next.start.getTime() === s.end.getTime()) {
              expect([next.engineer, next.reason, next.note, next.coverIndex]).not.toEqual([s.engineer, s.reason, s.note, s.coverIndex]);
            }
          });
        }
      }),
      {
        numRuns: 150,
        examples: [
          // Found by seed 124 (about one run in forty failed): two covers from the same minute, same engineer,
          // same reason, the first shorter. Their parts touch but stay two shifts, one per cover.
          [
            {
              calendarZone: 'UTC',
              hoursZone: undefined,
              firstDay: '2026-03-08',
              handoff: '00:00',
              hours: undefined,
              covers: [
                { start: 9, length: 1, engineer: 'engineer-b', offset: undefined },
                { start: 9, length: 2, engineer: 'engineer-b', offset: undefined },
              ],
            },
          ],
        ],
      },
    );
  }, 120_000);
});
