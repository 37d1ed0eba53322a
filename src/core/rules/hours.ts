import { dayOfWeek, instantAt, localDay, parseCivilDay, parseClock, startOfWeekDay } from '../calendar/civil.ts';
import { hoursWithin, mergeSpans, weeklyHours, type Span } from '../calendar/hours.ts';
import { rotationZone } from '../calendar/local-time.ts';
import { zoneOffsetMs } from '../calendar/offsets.ts';
import { coverSpans } from '../calendar/shifts.ts';
import { companyWeeks } from '../calendar/weeks.ts';
import type { Model, Rotation } from '../model.ts';
import { problem, type Problem } from '../problem.ts';
import type { RuleParams } from './catalogue.ts';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** The checked stretch: from the start of the company week containing `now`, through `futureWeeks` more weeks. */
function checkedSpan(model: Model, now: Date): Span & { firstDay: number } {
  const { timezone, weekStartsOn, futureWeeks } = model.site.calendar;
  const firstDay = startOfWeekDay(localDay(now, timezone), weekStartsOn);
  return { firstDay, start: instantAt(firstDay, 0, timezone).getTime(), end: instantAt(firstDay + 7 * (futureWeeks + 1), 0, timezone).getTime() };
}

/**
 * The rules on covers that need the whole model: a cover's engineer is not on holiday during it, it does not
 * span a whole company week (an override says that plainly), and it lies at least partly within the rotation's
 * hours. Only covers that end after the checked stretch starts: earlier ones are history, which is not rewritten.
 */
export function coverProblems(model: Model, now: Date): Problem[] {
  const span = checkedSpan(model, now);
  const calendar = model.site.calendar;
  const problems: Problem[] = [];
  for (const rotation of model.rotations) {
    if (rotation.covers.length === 0) continue;
    const zone = rotationZone(rotation, calendar);
    const hours = weeklyHours(rotation, zone);
    const handoff = parseClock(rotation.handoff);
    for (const c of coverSpans(rotation, zone)) {
      if (c.end <= span.start) continue;
      const cover = rotation.covers[c.index]!;
      const at = model.locate(rotation.file, ['covers', c.index]);
      const where = { file: rotation.file, ...at };
      const away = holidayDuring(model, c.engineer, localDay(new Date(c.start), zone), localDay(new Date(c.end - 1), zone));
      if (away) {
        const free = lineupMembers(rotation).filter((m) => m !== c.engineer && !holidayDuring(model, m, localDay(new Date(c.start), zone), localDay(new Date(c.end - 1), zone)));
        problems.push(
          problem(where, 'cover-on-holiday', { index: c.index, from: cover.from, to: cover.to, engineer: c.engineer, absence: away, free }),
        );
      }
      const week = wholeWeekIn(rotation, model, c.start, c.end, handoff);
      if (week) {
        problems.push(
          problem(where, 'cover-whole-week', { index: c.index, from: cover.from, to: cover.to, week, engineer: c.engineer }),
        );
      }
      if (hours && hoursWithin(hours, c.start, c.end).length === 0) {
        problems.push(
          problem(where, 'cover-outside-hours', { index: c.index, from: cover.from, to: cover.to, rotation: rotation.id }),
        );
      }
    }
  }
  return problems;
}

/** Everyone in any line-up of the rotation, in the order they first appear. */
const lineupMembers = (r: Rotation) => [...new Set([...r.members, ...r.versions.flatMap((v) => v.members)])];

/** "2026-12-09 to 2026-12-11, dentist" when `person` is away on any day from `first` to `last`. */
function holidayDuring(model: Model, person: string, first: number, last: number): string | undefined {
  const h = model.byId.people.get(person)?.holidays.find((x) => parseCivilDay(x.from) <= last && parseCivilDay(x.to) >= first);
  return h && `${h.from === h.to ? h.from : `${h.from} to ${h.to}`}${h.note ? `, ${h.note}` : ''}`;
}

/** The key of a company week of the rotation wholly inside [start, end), if there is one. */
function wholeWeekIn(rotation: Rotation, model: Model, start: number, end: number, handoff: number): string | undefined {
  const calendar = model.site.calendar;
  if (end - start < 7 * DAY - 2 * HOUR) return undefined;
  const first = startOfWeekDay(localDay(new Date(start), calendar.timezone), calendar.weekStartsOn) - 7;
  const weeks = companyWeeks(first, Math.ceil((end - start) / (7 * DAY)) + 3, calendar);
  return weeks.find((w) => instantAt(w.startDay, handoff, calendar.timezone).getTime() >= start && instantAt(w.startDay + 7, handoff, calendar.timezone).getTime() <= end)?.key;
}

/**
 * A coverage gap: a pipeline whose rotations' hours leave some time of the checked weeks with nobody on call.
 * Reported per pipeline, naming the uncovered hours by weekday in its first rotation's zone; computed once per
 * distinct list of rotations. Off with `calendar.coverageGaps: accept`.
 */
export function coverageGapProblems(model: Model, now: Date): Problem[] {
  if (model.site.calendar.coverageGaps === 'accept') return [];
  const span = checkedSpan(model, now);
  const gaps = new Map<string, Gap | undefined>();
  const problems: Problem[] = [];
  for (const pipeline of model.pipelines) {
    const layers = pipeline.rotations.map((id) => model.byId.rotations.get(id)!);
    // A rotation around the clock covers every hour, whatever the others do.
    if (layers.length === 0 || layers.some((r) => !r.hours)) continue;
    const key = pipeline.rotations.join(' ');
    if (!gaps.has(key)) gaps.set(key, describeGap(model, layers, span));
    const gap = gaps.get(key);
    if (gap === undefined) continue;
    const at = model.locate(pipeline.file, [pipeline.rotations.length > 1 ? 'rotations' : 'rotation'], 'key');
    problems.push(problem({ file: pipeline.file, ...at }, 'coverage-gap', { pipeline: pipeline.id, rotations: pipeline.rotations, ...gap }));
  }
  return problems;
}

/** The hours no layer covers, by weekday in the first layer's zone, and in which weeks when not every one. */
type Gap = Pick<RuleParams<'coverage-gap'>, 'hours' | 'zone' | 'weeks'>;

/** The hours no layer covers, or undefined when every moment is covered. */
function describeGap(model: Model, layers: readonly Rotation[], span: Span & { firstDay: number }): Gap | undefined {
  const calendar = model.site.calendar;
  const covered = mergeSpans(layers.flatMap((r) => hoursWithin(weeklyHours(r, rotationZone(r, calendar))!, span.start, span.end)));
  const holes: Span[] = [];
  let t = span.start;
  for (const c of covered) {
    if (c.start > t) holes.push({ start: t, end: c.start });
    t = Math.max(t, c.end);
  }
  if (t < span.end) holes.push({ start: t, end: span.end });
  if (holes.length === 0) return undefined;

  // Each local hour of the week (weekday × hour) in the first layer's zone with any uncovered minute.
  const zone = rotationZone(layers[0]!, calendar);
  const cells = new Set<number>();
  const weeks = new Set<number>();
  for (const h of holes) {
    let at = h.start;
    while (at < h.end) {
      const wall = at + zoneOffsetMs(zone, at);
      const day = Math.floor(wall / DAY);
      cells.add(dayOfWeek(day) * 24 + Math.floor((wall - day * DAY) / HOUR));
      weeks.add(Math.floor((localDay(new Date(at), calendar.timezone) - span.firstDay) / 7));
      at += HOUR - (wall % HOUR);
    }
  }
  const total = (span.end - span.start) / (7 * DAY);
  const hours = hoursText(cells);
  if (weeks.size >= Math.round(total)) return { hours, zone };
  const first = companyWeeks(span.firstDay + 7 * Math.min(...weeks), 1, calendar)[0]!.key;
  return { hours, zone, weeks: { count: weeks.size, total: Math.round(total), first } };
}

/** "mon–fri 00:00–09:00, 17:00–24:00; sat–sun 00:00–24:00", days from monday. */
function hoursText(cells: ReadonlySet<number>): string {
  const clock = (h: number) => `${String(h).padStart(2, '0')}:00`;
  const perDay = [1, 2, 3, 4, 5, 6, 0].map((d) => {
    const ranges: string[] = [];
    for (let h = 0; h < 24; h++) {
      if (!cells.has(d * 24 + h)) continue;
      let e = h;
      while (e + 1 < 24 && cells.has(d * 24 + e + 1)) e++;
      ranges.push(`${clock(h)}–${clock(e + 1)}`);
      h = e;
    }
    return { day: DAYS[d]!, ranges: ranges.join(', ') };
  });
  const groups: { from: string; to: string; ranges: string }[] = [];
  for (const d of perDay) {
    const last = groups[groups.length - 1];
    if (last && last.ranges === d.ranges) last.to = d.day;
    else groups.push({ from: d.day, to: d.day, ranges: d.ranges });
  }
  return groups
    .filter((g) => g.ranges)
    .map((g) => `${g.from === g.to ? g.from : `${g.from}–${g.to}`} ${g.ranges}`)
    .join('; ');
}
