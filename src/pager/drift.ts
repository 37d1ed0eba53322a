import type { RotationSchedule } from '../core/schedules.ts';
import type { Model } from '../core/model.ts';
import type { FeedEvent } from './feed-events.ts';
import { compareTimelines, scheduleIntervals, type Disagreement, type OnCallInterval } from './intervals.ts';
import { PersonMatcher, type MatchedBy } from './match-person.ts';

/** A feed event that names nobody in people.yaml: reported, and counted as drift. */
export interface UnmatchedEvent {
  readonly line: number;
  readonly start: Date;
  readonly end: Date;
  readonly summary: string;
  readonly reason: string;
}

export interface DriftReport {
  readonly rotation: { readonly id: string; readonly name: string };
  readonly from: Date;
  readonly to: Date;
  /** Feed events overlapping the range, recurrences expanded. */
  readonly events: number;
  /** How many events each way of matching named. */
  readonly matchedBy: Readonly<Partial<Record<MatchedBy, number>>>;
  /** People ids on each side; an unmatched event is `UNMATCHED_PREFIX` + its line. */
  readonly disagreements: readonly Disagreement[];
  readonly unmatched: readonly UnmatchedEvent[];
  /** When the feed's last event ends before the range does (many tools publish a few months ahead). */
  readonly feedEnds?: Date;
}

/** Who an unmatched event puts on call in the comparison: never a person id (ids are kebab-case). */
export const UNMATCHED_PREFIX = '?line ';

/**
 * Compares a paging tool's feed with one rotation's computed on-call over the schedule's listed
 * weeks (from the first week's hand-off to the last week's end). The feed is taken to be that one
 * schedule: every event in it counts.
 */
export function checkDrift(model: Model, schedule: RotationSchedule, events: readonly FeedEvent[]): DriftReport {
  const first = schedule.weeks[0];
  const last = schedule.weeks.at(-1);
  if (!first || !last) throw new RangeError(`rotation "${schedule.rotation}" has no weeks in the range`);
  const from = first.start.getTime();
  const to = last.end.getTime();
  const matcher = new PersonMatcher(model.people);
  const matchedBy: Partial<Record<MatchedBy, number>> = {};
  const unmatched: UnmatchedEvent[] = [];
  const feed: OnCallInterval[] = [];
  const inRange = events.filter((e) => e.end.getTime() > from && e.start.getTime() < to);
  for (const event of inRange) {
    const match = matcher.match(event);
    if (match.person !== undefined) {
      matchedBy[match.by] = (matchedBy[match.by] ?? 0) + 1;
      feed.push({ start: event.start.getTime(), end: event.end.getTime(), who: match.person });
    } else {
      unmatched.push({ line: event.line, start: event.start, end: event.end, summary: event.summary, reason: match.reason });
      feed.push({ start: event.start.getTime(), end: event.end.getTime(), who: `${UNMATCHED_PREFIX}${event.line}` });
    }
  }
  const lastEnd = Math.max(-Infinity, ...inRange.map((e) => e.end.getTime()));
  return {
    rotation: { id: schedule.rotation, name: schedule.name },
    from: new Date(from),
    to: new Date(to),
    events: inRange.length,
    matchedBy,
    disagreements: compareTimelines(scheduleIntervals(schedule), feed, from, to),
    unmatched,
    ...(lastEnd < to ? { feedEnds: new Date(Math.max(lastEnd, from)) } : {}),
  };
}

/** Exit status of the drift check: 0 when the two agree everywhere and every event names someone. */
export const hasDrift = (report: DriftReport) => report.disagreements.length > 0 || report.unmatched.length > 0;
