import { instantAt, parseClock } from '../core/calendar/civil.ts';
import { zoneOffsetMs } from '../core/calendar/offsets.ts';
import { computeSchedules, type RotationSchedule, type Shift } from '../core/schedules.ts';
import { companyWeeks, firstDayOfWeekYear, startDayOfWeekKey } from '../core/calendar/weeks.ts';
import type { CivilDay } from '../core/calendar/civil.ts';
import type { CompanyCalendar, Model, Rotation } from '../core/model.ts';

/**
 * A rotation as a PagerDuty schedule: layers that reproduce its plain turns, and overrides for
 * everything else (overrides, holiday swaps, covers), computed by comparing what PagerDuty would
 * make of the layers with what the engine says, instant by instant over the horizon.
 *
 * PagerDuty's model, as its docs describe it and as `pagerDutyAt` evaluates it: a layer's turns are
 * whole weeks of wall-clock time in the schedule's time zone counted from `rotation_virtual_start`
 * (a 09:00 hand-off stays at 09:00 across DST), turn k goes to users[k mod n]; restrictions limit the
 * layer to windows of wall-clock time; an override replaces whoever the layers name, the last
 * created winning; among overlapping layers the lowest (last) wins (ours never overlap).
 */

export const WEEK_SECONDS = 604_800;
const WEEK_MS = WEEK_SECONDS * 1000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface PdRestriction {
  readonly type: 'daily_restriction' | 'weekly_restriction';
  /** 1 = Monday … 7 = Sunday, for a weekly restriction. */
  readonly startDayOfWeek?: number;
  /** Minutes after local midnight. */
  readonly startMinute: number;
  readonly durationMinutes: number;
}

export interface PdLayer {
  readonly name: string;
  readonly start: Date;
  /** Absent: the layer does not end. */
  readonly end?: Date;
  readonly virtualStart: Date;
  /** Person ids in turn order. */
  readonly users: readonly string[];
  readonly restrictions: readonly PdRestriction[];
}

export interface PdOverride {
  readonly start: Date;
  readonly end: Date;
  /** Person id. */
  readonly person: string;
  /** Why the data names this person here (an override's reason, a swap, a cover), deduplicated. */
  readonly reasons: readonly string[];
}

export interface PdSchedulePlan {
  readonly rotation: string;
  readonly name: string;
  readonly timeZone: string;
  readonly layers: readonly PdLayer[];
  /** Every stretch of the horizon where the layers alone name someone other than the data does. */
  readonly overrides: readonly PdOverride[];
  /**
   * Stretches where the layers name someone while the data names nobody: an override cannot take a
   * person off call, so these cannot be exported exactly. Empty unless hours meet a DST edge case.
   */
  readonly uncovered: readonly { readonly start: Date; readonly end: Date; readonly person: string }[];
  /** The computed weeks compared: from the hand-off of the week on call at `now` to the end of the last. */
  readonly horizon: { readonly start: Date; readonly end: Date };
  /** The engine's parts over the horizon, for the reference test and the sync. */
  readonly parts: readonly OnCallPart[];
}

/** Someone on call over [start, end) in the data, and why. */
export interface OnCallPart {
  readonly start: number;
  readonly end: number;
  readonly who: string;
  readonly reason: string;
}

type Hours = NonNullable<Rotation['hours']>;

const DAY_NUMBER: Readonly<Record<string, number>> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/**
 * The plan of every rotation (or one) over `weeks` company weeks from the week on call at `now`.
 * The engine computes the weeks; nothing here decides who is on call.
 */
export function pagerDutyPlans(model: Model, now: Date, weeks: number, only?: string): PdSchedulePlan[] {
  // From a week back, so that the week whose shift holds `now` (it may have started last week, before today's hand-off) is listed.
  const schedules = computeSchedules(model, { from: new Date(now.getTime() - 7 * DAY_MS), weeks: weeks + 1 });
  return schedules
    .filter((s) => only === undefined || s.rotation === only)
    .map((schedule) => planRotation(model, model.byId.rotations.get(schedule.rotation)!, schedule, now, weeks));
}

function planRotation(model: Model, rotation: Rotation, schedule: RotationSchedule, now: Date, weeks: number): PdSchedulePlan {
  const calendar = model.site.calendar;
  const hours = rotation.hours;
  const timeZone = hours?.timezone ?? calendar.timezone;
  const listed = schedule.weeks.filter((w) => w.end.getTime() > now.getTime()).slice(0, weeks);
  const parts = listed.flatMap(weekParts);
  const horizon = listed.length
    ? { start: listed[0]!.start, end: listed.at(-1)!.end }
    : // A rotation starting after the horizon: nothing to compare, the layers alone say it all.
      { start: now, end: now };
  const layers = layersOf(rotation, schedule, calendar, timeZone, hours, horizon.end).filter((l) => !l.end || l.end > horizon.start);
  const { overrides, uncovered } = differences(parts, layers, timeZone, horizon.start.getTime(), horizon.end.getTime());
  return { rotation: rotation.id, name: rotation.name, timeZone, layers, overrides, uncovered, horizon, parts };
}

/** A week's on-call parts as the engine splits it (covers, hours), each with why. */
function weekParts(week: Shift): OnCallPart[] {
  return week.shifts.map((p) => ({
    start: p.start.getTime(),
    end: p.end.getTime(),
    who: p.engineer,
    reason: p.reason === 'cover' ? `cover${p.note ? `: ${p.note}` : ''}` : weekReason(week),
  }));
}

function weekReason(week: Shift): string {
  if (week.reason === 'override') return `override ${week.week}${week.note ? `: ${week.note}` : ''}`;
  if (week.reason === 'holiday-swap') return `holiday swap ${week.week}${week.note ? `: ${week.note}` : ''}`;
  return `rotation ${week.week}`;
}

/**
 * One layer per line-up version, from its first week's hand-off to the next version's. Continuous
 * turns are PagerDuty's own. Week-number turns (week N to members[(N-1) mod n]) are too, within a
 * week-numbering year; but a year of 52 or 53 weeks that n does not divide restarts the count at
 * week 1, which plain turn-taking cannot do: the version's layer is split there, the new part's
 * virtual start placed so that week 1 falls to the first member again. Splits are made up to the
 * horizon; the last layer is open-ended (exporting again later adds the next split).
 */
function layersOf(rotation: Rotation, schedule: RotationSchedule, calendar: CompanyCalendar, timeZone: string, hours: Hours | undefined, until: Date): PdLayer[] {
  const handoff = parseClock(rotation.handoff);
  const at = (day: CivilDay) => instantAt(day, handoff, calendar.timezone);
  const restrictions = hours ? restrictionsOf(hours) : [];
  const lineups = schedule.lineups;
  const untilDay = Math.floor((until.getTime() + zoneOffsetMs(calendar.timezone, until.getTime())) / DAY_MS);
  const layers: PdLayer[] = [];
  lineups.forEach((lineup, i) => {
    const firstDay = startDayOfWeekKey(lineup.from, calendar)!;
    const next = lineups[i + 1];
    const endDay = next ? startDayOfWeekKey(next.from, calendar)! : undefined;
    const n = lineup.members.length;
    const starts = [firstDay];
    if (rotation.assignment === 'week-number') {
      const limit = Math.min(endDay ?? Infinity, untilDay);
      const firstYear = companyWeeks(firstDay, 1, calendar)[0]!.year;
      for (let year = firstYear + 1; firstDayOfWeekYear(year, calendar) < limit; year++) {
        const yearStart = firstDayOfWeekYear(year, calendar);
        const weeksBefore = (yearStart - firstDayOfWeekYear(year - 1, calendar)) / 7;
        if (weeksBefore % n !== 0) starts.push(yearStart);
      }
    }
    starts.forEach((day, k) => {
      const stop = starts[k + 1] ?? endDay;
      // Turn index of this part's first week: its week's member for week-number, 0 for continuous.
      const turn = rotation.assignment === 'week-number' ? (companyWeeks(day, 1, calendar)[0]!.week - 1) % n : 0;
      const week = companyWeeks(day, 1, calendar)[0]!.key;
      layers.push({
        name: `Line-up ${lineup.version + 1} from ${week}${k > 0 ? ' (week numbers restart)' : ''}`,
        start: at(day),
        ...(stop !== undefined ? { end: at(stop) } : {}),
        virtualStart: at(day - 7 * turn),
        users: lineup.members,
        restrictions,
      });
    });
  });
  return layers;
}

/** A rotation's hours as PagerDuty restrictions: a daily one for a window on all seven days, else one weekly per day. */
export function restrictionsOf(hours: Hours): PdRestriction[] {
  return hours.windows.flatMap((w): PdRestriction[] => {
    const from = parseClock(w.from);
    const to = w.to === '24:00' ? 1440 : parseClock(w.to);
    const durationMinutes = to > from ? to - from : to + 1440 - from;
    if (new Set(w.days).size === 7) return [{ type: 'daily_restriction' as const, startMinute: from, durationMinutes }];
    return w.days.map((d) => ({ type: 'weekly_restriction' as const, startDayOfWeek: DAY_NUMBER[d]!, startMinute: from, durationMinutes }));
  });
}

/** Wall-clock milliseconds of instant `t` in `timeZone` (local time read as if it were UTC). */
const wall = (t: number, timeZone: string) => t + zoneOffsetMs(timeZone, t);

/** Who PagerDuty's layers and overrides put on call at instant `t` (ms), or undefined for nobody. */
export function pagerDutyAt(t: number, layers: readonly PdLayer[], overrides: readonly PdOverride[], timeZone: string): string | undefined {
  for (let i = overrides.length - 1; i >= 0; i--) {
    const o = overrides[i]!;
    if (o.start.getTime() <= t && t < o.end.getTime()) return o.person;
  }
  return layerAt(t, layers, timeZone);
}

function layerAt(t: number, layers: readonly PdLayer[], timeZone: string): string | undefined {
  const w = wall(t, timeZone);
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    if (t < layer.start.getTime() || (layer.end && t >= layer.end.getTime())) continue;
    if (layer.restrictions.length && !layer.restrictions.some((r) => inRestriction(w, r))) return undefined;
    const turn = Math.floor((w - wall(layer.virtualStart.getTime(), timeZone)) / WEEK_MS);
    const n = layer.users.length;
    return layer.users[((turn % n) + n) % n];
  }
  return undefined;
}

function inRestriction(wallMs: number, r: PdRestriction): boolean {
  const minute = Math.floor(wallMs / MINUTE_MS);
  if (r.type === 'daily_restriction') return mod(minute - r.startMinute, 1440) < r.durationMinutes;
  // 1970-01-01 was a Thursday: Monday 00:00 wall time is 3 days before it.
  const minuteOfWeek = mod(minute + 3 * 1440, 7 * 1440);
  return mod(minuteOfWeek - ((r.startDayOfWeek! - 1) * 1440 + r.startMinute), 7 * 1440) < r.durationMinutes;
}

const mod = (a: number, n: number) => ((a % n) + n) % n;

/**
 * Where the layers alone and the data disagree, over [from, to). Every instant at which either side
 * can change is a boundary: the data's parts, the layers' ends, each turn's and restriction's wall
 * clock edge (in both offsets around it) and the zone's offset changes; between two boundaries
 * neither side changes, so one evaluation per stretch is exact.
 */
function differences(parts: readonly OnCallPart[], layers: readonly PdLayer[], timeZone: string, from: number, to: number) {
  const points = new Set<number>([from, to]);
  const add = (t: number) => {
    if (t > from && t < to) points.add(t);
  };
  for (const p of parts) [p.start, p.end].forEach(add);
  const transitions = offsetChanges(timeZone, from - DAY_MS, to + DAY_MS);
  transitions.forEach(add);
  const addWall = (w: number) => {
    // The instant a wall-clock time is reached: in either offset around it, or at a DST jump.
    add(w - zoneOffsetMs(timeZone, w - DAY_MS));
    add(w - zoneOffsetMs(timeZone, w + DAY_MS));
  };
  const firstWallDay = Math.floor(wall(from, timeZone) / DAY_MS) - 1;
  const lastWallDay = Math.floor(wall(to, timeZone) / DAY_MS) + 1;
  for (const layer of layers) {
    add(layer.start.getTime());
    if (layer.end) add(layer.end.getTime());
    const v = wall(layer.virtualStart.getTime(), timeZone);
    for (let k = Math.floor((firstWallDay * DAY_MS - v) / WEEK_MS); v + k * WEEK_MS <= (lastWallDay + 1) * DAY_MS; k++) addWall(v + k * WEEK_MS);
    for (const r of layer.restrictions) {
      for (let day = firstWallDay - 7; day <= lastWallDay; day++) {
        addWall(day * DAY_MS + r.startMinute * MINUTE_MS);
        addWall(day * DAY_MS + (r.startMinute + r.durationMinutes) * MINUTE_MS);
      }
    }
  }
  const sorted = [...points].sort((a, b) => a - b);
  const byStart = [...parts].sort((a, b) => a.start - b.start);
  const overrides: { start: number; end: number; person: string; reasons: string[] }[] = [];
  const uncovered: { start: Date; end: Date; person: string }[] = [];
  let j = 0;
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [a, b] = [sorted[k]!, sorted[k + 1]!];
    while (j < byStart.length && byStart[j]!.end <= a) j++;
    const part = j < byStart.length && byStart[j]!.start <= a ? byStart[j] : undefined;
    const pd = layerAt(a, layers, timeZone);
    if (part && part.who !== pd) {
      const last = overrides.at(-1);
      if (last && last.end === a && last.person === part.who) {
        last.end = b;
        if (!last.reasons.includes(part.reason)) last.reasons.push(part.reason);
      } else overrides.push({ start: a, end: b, person: part.who, reasons: [part.reason] });
    } else if (!part && pd !== undefined) {
      const last = uncovered.at(-1);
      if (last && last.end.getTime() === a && last.person === pd) uncovered[uncovered.length - 1] = { ...last, end: new Date(b) };
      else uncovered.push({ start: new Date(a), end: new Date(b), person: pd });
    }
  }
  return { overrides: overrides.map((o) => ({ start: new Date(o.start), end: new Date(o.end), person: o.person, reasons: o.reasons })), uncovered };
}

/** The instants in [from, to) at which the zone's UTC offset changes, to the millisecond. */
function offsetChanges(timeZone: string, from: number, to: number): number[] {
  const out: number[] = [];
  let before = zoneOffsetMs(timeZone, from);
  for (let t = from; t < to; t += DAY_MS) {
    const next = Math.min(t + DAY_MS, to);
    const after = zoneOffsetMs(timeZone, next);
    if (after !== before) {
      let [lo, hi] = [t, next];
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (zoneOffsetMs(timeZone, mid) === before) lo = mid;
        else hi = mid;
      }
      out.push(hi);
      before = after;
    }
  }
  return out;
}

/** An instant as ISO 8601 with the zone's offset at that instant, to the second: "2026-12-28T09:00:00+01:00". */
export function isoInZone(date: Date, timeZone: string): string {
  const offset = zoneOffsetMs(timeZone, date.getTime());
  const local = new Date(date.getTime() + offset).toISOString().slice(0, 19);
  const minutes = Math.abs(offset) / MINUTE_MS;
  return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
