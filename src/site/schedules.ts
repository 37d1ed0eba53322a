import { computeSchedules, layeredParts, shiftAt, shownRange, type CalendarProblem, type RotationSchedule, type Shift, type ShiftPart } from '../core/schedules.ts';
import type { Model } from '../core/model.ts';
import { describe } from '../core/rules/catalogue.ts';
import { namesOf } from '../core/rules/names.ts';
import { calendarPages, type CalendarPages } from '../routes/calendar-pages.ts';
import { weekCovers, type WeekCover } from './calendar-covers.ts';
import { hoursView, type HoursView } from './rotation-hours.ts';
import { encodeTimeline, type Timeline, type TimelinePart } from './shift-codec.ts';
import { personName } from './words.ts';

/** The site's calendar: every rotation from `pastWeeks` before the build's week to `futureWeeks` after it. */
export interface SiteOncall {
  readonly schedules: readonly RotationSchedule[];
  readonly byRotation: ReadonlyMap<string, RotationOncall>;
  /** Per person: their shifts from the current week on, across rotations, in time order. */
  readonly upcomingByPerson: ReadonlyMap<string, readonly PersonShift[]>;
  /** Per person: the schedules they have a week in (their feed reads only these, not every rotation's). */
  readonly schedulesByPerson: ReadonlyMap<string, readonly RotationSchedule[]>;
  /**
   * The card of a pipeline's "Who to call": its one rotation's, or with layers the first listed rotation
   * with someone on call at each moment (as pipelineOnCallAt); undefined without a rotation. The same
   * layers give the same object, so a thousand runbooks of one area compute it once.
   */
  layersCard(rotations: readonly string[]): OncallCard | undefined;
}

/**
 * What a now/next card shows at the build's `now` (the page without JavaScript) and carries for the page
 * script, which picks the part running when the page is read.
 */
export interface OncallCard {
  /** From the current week (or the first, before the start) for EMBEDDED_WEEKS weeks; undefined without any week. */
  readonly timeline?: Timeline;
  /** The timeline as the card's `data-shifts` (see encodeTimeline). */
  readonly embedded: string;
  /** The part holding `now`, and the one after it (after `now` when nobody is on call). */
  readonly current?: TimelinePart;
  readonly next?: TimelinePart;
  /** Why nobody is on call at `now`, when nobody is: no week has started yet, or it is outside the hours. */
  readonly nobody?: 'not-started' | 'outside-hours';
  /**
   * Everyone the timeline names, members in the layers' order, then anyone an override or cover brings
   * in: the only people whose contacts the card can ever show. A runbook carries their contacts, not
   * every member's (a rotation of 30 put 30 hidden contact blocks on each runbook).
   */
  readonly engineers: readonly string[];
  /**
   * Those of them on call in what is left of the current week and the next (the first week, before the
   * start): the contacts a rotation card carries, since a site rebuilt at least weekly is never further out.
   */
  readonly soon: readonly string[];
}

export interface RotationOncall {
  readonly schedule: RotationSchedule;
  /** The shift running at build time, and the one after it (either may be missing at the ends). */
  readonly current?: Shift;
  readonly next?: Shift;
  /** Index of `current` in `schedule.weeks`, or -1. */
  readonly currentIndex: number;
  /** Weeks with a problem, for highlighting. */
  readonly problemWeeks: ReadonlySet<string>;
  /** Its now/next card: who is on call at the build's `now`, and the timeline the page script reads. */
  readonly card: OncallCard;
  /** Which weeks its own page lists, and its year pages when the horizon is longer. */
  readonly pages: CalendarPages;
  /**
   * The calendar's problems (`schedule.problems`, in order), each with its sentence for a reader: people
   * by display name, the id once where the fix is YAML (validate keeps ids). Worded here, once per
   * build, so that pages carry the words and not the rule catalogue.
   */
  readonly problems: readonly WordedProblem[];
  /** Per week (`YYYY-Www`), the covers that fall in it, as its row lists them (see weekCovers). */
  readonly covers: ReadonlyMap<string, readonly WeekCover[]>;
  /** Its hours for its page, in its zone; undefined when it is on call around the clock. */
  readonly hours?: HoursView;
}

/** A calendar problem and its sentence (the catalogue's `message`, people by name). */
export type WordedProblem = CalendarProblem & { readonly message: string };

/**
 * A page built weeks ago must still name today's engineer: now/next cards carry the coming weeks
 * and the page script picks the one running. Nine weeks (two months) keep every runbook small.
 */
export const EMBEDDED_WEEKS = 9;

export interface PersonShift {
  readonly rotation: string;
  readonly rotationName: string;
  readonly shift: Shift;
  /** A cover this person takes in someone else's week (`shift`): its on-call part, which the row shows instead of the week. */
  readonly cover?: ShiftPart;
}

/** The engineers of `parts`, each once: members in the layers' order, then the others as they come. */
function onCallInOrder(members: readonly string[], parts: readonly TimelinePart[]): string[] {
  const onCall = new Set(parts.map((p) => p.engineer));
  return [...new Set([...members.filter((id) => onCall.has(id)), ...onCall])];
}

/** The layers of a card: one rotation's weeks, or a pipeline's rotations' in its order. */
interface Layer {
  readonly id: string;
  readonly name: string;
  readonly members: readonly string[];
  readonly weeks: readonly Shift[];
  /** Index into `weeks` of the first week the card carries, and of the week holding `now` (-1 before the start). */
  readonly from: number;
  readonly currentIndex: number;
}

function toPart(p: { start: Date; end: Date; engineer: string }, layer: number): TimelinePart {
  return { start: p.start, end: p.end, engineer: p.engineer, layer };
}

/**
 * A card over `layers` at `now`. One rotation's timeline is its weeks' shifts as the engine gives them;
 * several are merged by layeredParts, over the weeks they all carry. Who is on call at `now` comes from
 * the same core functions as `oncall --at` (shiftAt, and layerAt inside layeredParts).
 */
function card(model: Model, layers: readonly Layer[], now: Date): OncallCard {
  const t = now.getTime();
  const carried = layers.filter((l) => l.from < l.weeks.length);
  if (carried.length === 0) return { embedded: '', engineers: [], soon: [], nobody: 'not-started' };
  const from = new Date(Math.min(...carried.map((l) => l.weeks[l.from]!.start.getTime())));
  const to = new Date(Math.min(...carried.map((l) => l.weeks[Math.min(l.from + EMBEDDED_WEEKS, l.weeks.length) - 1]!.end.getTime())));
  let parts: TimelinePart[];
  let current: TimelinePart | undefined;
  if (layers.length === 1) {
    const [only] = layers as [Layer];
    parts = only.weeks.slice(only.from, only.from + EMBEDDED_WEEKS).flatMap((w) => w.shifts.map((p) => toPart(p, 0)));
    const at = shiftAt(only.weeks, now);
    current = at && parts.find((p) => p.start.getTime() === at.shift.start.getTime());
  } else {
    parts = layeredParts(layers.map((l) => l.weeks), from, to).map((p) => toPart(p, p.layer));
    current = parts.find((p) => p.start.getTime() <= t && t < p.end.getTime());
  }
  const i = current ? parts.indexOf(current) : -1;
  const next = current ? parts[i + 1] : parts.find((p) => p.start.getTime() > t);
  const started = layers.some((l) => l.currentIndex >= 0);
  // What a rotation card's contacts cover: the rest of the current week and the next, or the first week.
  const soonEnd = Math.max(
    ...carried.map((l) => (l.currentIndex >= 0 ? (l.weeks[l.currentIndex + 1] ?? l.weeks[l.currentIndex]!) : l.weeks[l.from]!).end.getTime()),
  );
  const timeline: Timeline = { from, to, parts, layers: layers.length > 1 ? layers.map((l) => ({ id: l.id, name: l.name })) : [] };
  return {
    timeline,
    embedded: encodeTimeline(timeline, (id) => personName(model, id)),
    ...(current ? { current } : {}),
    ...(next ? { next } : {}),
    ...(current ? {} : { nobody: started ? 'outside-hours' : 'not-started' }),
    engineers: onCallInOrder(layers.flatMap((l) => l.members), parts),
    soon: [...new Set(parts.filter((p) => p.end.getTime() > t && p.start.getTime() < soonEnd).map((p) => p.engineer))],
  };
}

export function buildOncall(model: Model, now: Date): SiteOncall {
  const schedules = computeSchedules(model, shownRange(model.site.calendar, now));
  const t = now.getTime();
  const byRotation = new Map<string, RotationOncall>();
  const upcoming = new Map<string, PersonShift[]>();
  const byPerson = new Map<string, RotationSchedule[]>();
  const layers = new Map<string, Layer>();
  const names = namesOf(model.people);
  for (const schedule of schedules) {
    // Whoever holds any part of a week: a cover puts its engineer in the rotation's feed events too.
    for (const engineer of new Set(schedule.weeks.flatMap((w) => [w.engineer, ...w.shifts.map((part) => part.engineer)]))) {
      const list = byPerson.get(engineer);
      if (list) list.push(schedule);
      else byPerson.set(engineer, [schedule]);
    }
    const currentIndex = schedule.weeks.findIndex((s) => s.start.getTime() <= t && t < s.end.getTime());
    const current = currentIndex >= 0 ? schedule.weeks[currentIndex] : undefined;
    const next = currentIndex >= 0 ? schedule.weeks[currentIndex + 1] : schedule.weeks.find((s) => s.start.getTime() > t);
    const from = currentIndex >= 0 ? currentIndex : next ? schedule.weeks.indexOf(next) : schedule.weeks.length;
    const rotation = model.byId.rotations.get(schedule.rotation);
    const layer: Layer = { id: schedule.rotation, name: schedule.name, members: rotation?.members ?? [], weeks: schedule.weeks, from, currentIndex };
    layers.set(schedule.rotation, layer);
    const hours = rotation && hoursView(rotation, model.site.calendar, schedule.weeks, now);
    byRotation.set(schedule.rotation, {
      schedule,
      current,
      next,
      currentIndex,
      problemWeeks: new Set(schedule.problems.map((p) => p.week)),
      card: card(model, [layer], now),
      pages: calendarPages(schedule.weeks, now),
      problems: schedule.problems.map((p) => ({ ...p, message: describe(p, names).message })),
      covers: rotation ? weekCovers(rotation, model.site.calendar, schedule.weeks) : new Map(),
      ...(hours ? { hours } : {}),
    });
    for (const shift of schedule.weeks) {
      if (shift.end.getTime() <= t) continue;
      let list = upcoming.get(shift.engineer);
      if (!list) upcoming.set(shift.engineer, (list = []));
      list.push({ rotation: schedule.rotation, rotationName: schedule.name, shift });
      // A night taken for a colleague is this person's on-call time too: their page lists it, as their feed does.
      for (const part of shift.shifts) {
        if (part.reason !== 'cover' || part.engineer === shift.engineer || part.end.getTime() <= t) continue;
        let covers = upcoming.get(part.engineer);
        if (!covers) upcoming.set(part.engineer, (covers = []));
        covers.push({ rotation: schedule.rotation, rotationName: schedule.name, shift, cover: part });
      }
    }
  }
  const startOf = (p: PersonShift) => (p.cover ?? p.shift).start.getTime();
  for (const list of upcoming.values()) list.sort((a, b) => startOf(a) - startOf(b) || (a.rotation < b.rotation ? -1 : 1));
  const cards = new Map<string, OncallCard | undefined>();
  const layersCard = (rotations: readonly string[]): OncallCard | undefined => {
    if (rotations.length <= 1) return rotations[0] === undefined ? undefined : byRotation.get(rotations[0])?.card;
    const key = rotations.join(',');
    if (!cards.has(key)) cards.set(key, card(model, rotations.map((id) => layers.get(id)!), now));
    return cards.get(key);
  };
  return { schedules, byRotation, upcomingByPerson: upcoming, schedulesByPerson: byPerson, layersCard };
}
