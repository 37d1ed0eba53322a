import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import { civilDay, formatCivilDay, instantAt, localDay, parseCivilDay, startOfWeekDay, type CivilDay } from '../core/calendar/civil.ts';
import { zoneOffsetMs } from '../core/calendar/offsets.ts';
import { computeSchedule, type CalendarProblem } from '../core/schedules.ts';
import { companyWeeks } from '../core/calendar/weeks.ts';
import type { Model, Person, Rotation } from '../core/model.ts';
import { rotationSchema } from '../core/schemas/rotation.ts';
import { FeedError, type FeedEvent } from './feed-events.ts';
import { compareTimelines, scheduleIntervals, type Disagreement, type OnCallInterval } from './intervals.ts';
import { PersonMatcher } from './match-person.ts';

/**
 * A rotation file inferred from a paging tool's feed: members in order, start, hand-off, assignment,
 * line-up versions where the order changes, overrides for the weeks that fit no pattern and covers for
 * parts of weeks. The file is checked the only way that counts: the engine computes its calendar
 * (holidays and swaps included, from people.yaml) and it is compared with the feed minute by minute;
 * what no rotation file can say (nobody on call, two people at once) is reported.
 */

/** Someone the feed names who is not in people.yaml, with the id the file uses for them until they are added. */
export interface MissingPerson {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
  readonly events: number;
}

export interface ImportResult {
  readonly yaml: string;
  readonly rotation: Rotation;
  /** Over the feed's range, [first event start, last event end). */
  readonly from: Date;
  readonly to: Date;
  readonly events: number;
  readonly missing: readonly MissingPerson[];
  /** Where the computed calendar and the feed still differ; empty when the file reproduces the feed exactly. */
  readonly differences: readonly Disagreement[];
  /** What could not be represented, in words. */
  readonly notes: readonly string[];
  /** On-call problems (back-to-back weeks, holidays, double bookings) the file's calendar has, to `now` + futureWeeks. */
  readonly problems: readonly CalendarProblem[];
}

export interface ImportOptions {
  readonly id: string;
  readonly name: string;
  /** Where the feed came from, for the file's first comment. */
  readonly source: string;
  /** Today: the validator checks the calendar from this week through calendar.futureWeeks, beyond the feed too. */
  readonly now?: Date;
}

const MAX_PERIOD = 12;
const MAX_ROUNDS = 6;
const REASON = 'As in the paging tool (imported)';

export function importRotation(model: Model, events: readonly FeedEvent[], options: ImportOptions): ImportResult {
  if (events.length === 0) throw new RangeError('the feed has no events to import');
  const { calendar } = model.site;
  const zone = calendar.timezone;
  const { timeline, missing } = attribute(model, events);
  const from = Math.min(...timeline.map((i) => i.start));
  const to = Math.max(...timeline.map((i) => i.end));
  const notes: string[] = [];

  // Hand-off: the time of day most boundaries fall at on the company week's first day.
  const handoff = inferHandoff(timeline, zone, calendar.weekStartsOn, notes, calendar.weekStartsOnName);
  const slotStart = (day: CivilDay) => instantAt(day, handoff, zone).getTime();
  const slotOf = (t: number) => {
    let day = startOfWeekDay(localDay(new Date(t), zone), calendar.weekStartsOn);
    if (t < slotStart(day)) day -= 7;
    return day;
  };
  const firstDay = slotOf(from);
  const count = (slotOf(to - 1) - firstDay) / 7 + 1;
  const weeks = companyWeeks(firstDay, count, calendar);
  // Who holds each week the longest in the feed (undefined: nobody at all).
  const holders = weeks.map((w) => longestHolder(timeline, Math.max(slotStart(w.startDay), from), Math.min(slotStart(w.startDay + 7), to)));

  const away = holidayWeeks(model, weeks.map((w) => w.startDay));
  const people = [...model.people, ...missing.map((m): Person => ({ id: m.id, name: m.name, holidays: [] }) as unknown as Person)];
  const range = { from: new Date(from), weeks: count };
  // Both ways of handing out turns, each with its own line-ups and the overrides it needs; the one needing
  // fewer wins, and week-number (the default, by the week's number) on a tie.
  const settle = (assignment: 'continuous' | 'week-number') => {
    // The turn of week k in a line-up of `period` people starting at week s, as the engine counts it.
    const turnOf: TurnOf = assignment === 'continuous' ? (k, s, period) => (k - s) % period : (k, _s, period) => (weeks[k]!.week - 1) % period;
    const lineups = inferLineups(holders, away, turnOf);
    if (lineups.length === 0) {
      const named = [...new Set(timeline.map((i) => i.who))];
      throw new FeedError(`it names only ${named.length === 1 ? `one person (${named[0]})` : 'nobody'}; a rotation needs at least 2 members`);
    }
    const data: Record<string, unknown> = {
      name: options.name,
      members: lineups[0]!.members,
      assignment,
      start: formatCivilDay(firstDay),
      handoff: clock(handoff),
      versions: lineups.slice(1).map((l) => ({ from: weeks[l.from]!.key, members: l.members })),
      overrides: [] as { week: string; engineer: string; reason: string }[],
    };
    let rotation = toRotation(data, options.id);
    let differences: Disagreement[] = [];
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const schedule = computeSchedule(withRotation(model, people, rotation), options.id, range);
      differences = compareTimelines(scheduleIntervals(schedule), timeline, from, to);
      // Weeks the engine gives someone else while the feed has one person for most of the week: pin them.
      const overrides = data.overrides as { week: string; engineer: string; reason: string }[];
      const pinned = new Set(overrides.map((o) => o.week));
      let added = 0;
      schedule.weeks.forEach((week, k) => {
        const holder = holders[k];
        if (holder && week.engineer !== holder && !pinned.has(week.week)) {
          overrides.push({ week: week.week, engineer: holder, reason: REASON });
          added++;
        }
      });
      if (added === 0) break;
      overrides.sort((a, b) => (a.week < b.week ? -1 : 1));
      rotation = toRotation(data, options.id);
    }
    // What is left within weeks: a stretch the feed gives one other person becomes a cover.
    const covers = coversFor(differences, zone);
    if (covers.length) {
      data.covers = covers;
      rotation = toRotation(data, options.id);
      differences = compareTimelines(scheduleIntervals(computeSchedule(withRotation(model, people, rotation), options.id, range)), timeline, from, to);
    }
    // The validator looks beyond the feed, up to calendar.futureWeeks from today: problems there count too.
    const until = options.now ? slotOf(options.now.getTime()) + 7 * (calendar.futureWeeks + 1) : firstDay;
    const checked = { from: new Date(from), weeks: Math.max(count, (until - firstDay) / 7 + 1) };
    const problems = computeSchedule(withRotation(model, people, rotation), options.id, checked).problems;
    return { data, rotation, differences, problems };
  };
  const byNumber = settle('week-number');
  const byTurn = settle('continuous');
  // Closest to the feed first, then a file that validates, then the simplest.
  const size = (r: typeof byNumber) => [r.differences.length, r.problems.length, r.rotation.overrides.length + r.rotation.covers.length + VERSION_COST * r.rotation.versions.length];
  const a = size(byNumber);
  const b = size(byTurn);
  const first = b.findIndex((x, i) => x !== a[i]);
  const { data, rotation, differences, problems } = first >= 0 && b[first]! < a[first]! ? byTurn : byNumber;
  describeLeftovers(differences, timeline, notes);
  return { yaml: toYaml(data, options), rotation, from: new Date(from), to: new Date(to), events: events.length, missing, differences, notes, problems };
}

/** The feed as a timeline of people: matched people by id, others by an id suggested from their name or email. */
function attribute(model: Model, events: readonly FeedEvent[]): { timeline: OnCallInterval[]; missing: MissingPerson[] } {
  const matcher = new PersonMatcher(model.people);
  const missing = new Map<string, MissingPerson>();
  const timeline = events.map((e) => {
    const match = matcher.match(e);
    if (match.person !== undefined) return { start: e.start.getTime(), end: e.end.getTime(), who: match.person };
    const email = e.attendees[0] ?? e.organizer ?? /[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/.exec(`${e.summary} ${e.description}`)?.[0]?.toLowerCase();
    const name = email ? nameFromEmail(email) : e.summary.trim() || 'Unnamed';
    const key = email ?? name;
    const known = missing.get(key);
    const id = known?.id ?? uniqueId(suggestId(name), [...model.people.map((p) => p.id), ...[...missing.values()].map((m) => m.id)]);
    missing.set(key, { id, name, ...(email ? { email } : {}), events: (known?.events ?? 0) + 1 });
    return { start: e.start.getTime(), end: e.end.getTime(), who: id };
  });
  return { timeline, missing: [...missing.values()] };
}

const nameFromEmail = (email: string) =>
  email
    .split('@')[0]!
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');

const suggestId = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'person';

function uniqueId(id: string, taken: readonly string[]): string {
  let candidate = id;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function inferHandoff(timeline: readonly OnCallInterval[], zone: string, weekStartsOn: number, notes: string[], weekStartsOnName: string): number {
  const counts = new Map<string, number>();
  for (const t of new Set(timeline.flatMap((i) => [i.start, i.end]))) {
    const day = localDay(new Date(t), zone);
    const minutes = Math.round((t - instantAt(day, 0, zone).getTime()) / 60_000);
    const key = `${(((day + 4) % 7) + 7) % 7}:${minutes}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const onFirstDay = ranked.find(([key]) => Number(key.split(':')[0]) === weekStartsOn);
  const [top] = ranked;
  if (top && (!onFirstDay || top[1] > 2 * onFirstDay[1])) {
    const weekday = Number(top[0].split(':')[0]);
    if (weekday !== weekStartsOn) {
      notes.push(
        `most hand-offs are on ${WEEKDAY_NAMES[weekday]} at ${clock(Number(top[0].split(':')[1]))}, but this project's weeks start on ${weekStartsOnName} ` +
          `(site.yaml calendar.weekStartsOn): set weekStartsOn: ${WEEKDAY_NAMES[weekday]} and import again to keep the tool's hand-off`,
      );
    }
  }
  return onFirstDay ? Number(onFirstDay[0].split(':')[1]) : top ? Number(top[0].split(':')[1]) : 0;
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The person on call for the longest time within [start, end), or undefined when nobody is. */
function longestHolder(timeline: readonly OnCallInterval[], start: number, end: number): string | undefined {
  const time = new Map<string, number>();
  for (const i of timeline) {
    const overlap = Math.min(i.end, end) - Math.max(i.start, start);
    if (overlap > 0) time.set(i.who, (time.get(i.who) ?? 0) + overlap);
  }
  let best: string | undefined;
  for (const [who, t] of [...time].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (best === undefined || t > time.get(best)!) best = who;
  return best;
}

interface InferredLineup {
  /** Week index where it starts. */
  readonly from: number;
  readonly members: readonly string[];
}

/** Whether `who` is on holiday on some day of week `k`. */
type Away = (who: string, k: number) => boolean;

/** A week that a holiday swap explains counts as a third of a miss. */
const SWAP_MISS = 1 / 3;
const SWAP_REACH = 2 * MAX_PERIOD;

const awayBefore = (away: Away, who: string, k: number) => {
  for (let j = Math.max(0, k - SWAP_REACH); j < k; j++) if (away(who, j)) return true;
  return false;
};

/** people.yaml's holidays by week index. */
function holidayWeeks(model: Model, weekStarts: readonly CivilDay[]): Away {
  const byPerson = new Map(model.people.map((p) => [p.id, p.holidays.map((h) => [parseCivilDay(h.from), parseCivilDay(h.to)] as const)]));
  return (who, k) => {
    const day = weekStarts[k];
    if (day === undefined) return false;
    return (byPerson.get(who) ?? []).some(([from, to]) => from < day + 7 && to >= day);
  };
}

/** The turn (index into the line-up's members) of week k, in a line-up of `period` people that starts at week s. */
type TurnOf = (k: number, s: number, period: number) => number;

/** What a new line-up costs against overrides: a version must save more than this many overrides to be worth it. */
const VERSION_COST = 3;
/** Beyond this many weeks, line-ups are looked for in blocks (the search is quadratic). */
const MAX_SEARCH_WEEKS = 400;

/**
 * Splits the weeks into line-ups, each a continuous rotation restarting at its first member (as
 * `versions` do), so that versions plus the weeks that fit no line-up (overrides, holiday swaps) are
 * fewest: a shortest path over the possible version starts, each line-up the order of 2–12 people that
 * the most of its weeks follow.
 */
function inferLineups(holders: readonly (string | undefined)[], away: Away, turnOf: TurnOf): InferredLineup[] {
  if (holders.length > MAX_SEARCH_WEEKS) {
    const out: InferredLineup[] = [];
    for (let s = 0; s < holders.length; s += MAX_SEARCH_WEEKS) {
      const shift: TurnOf = (k, from, period) => turnOf(k + s, from + s, period);
      for (const l of inferLineups(holders.slice(s, s + MAX_SEARCH_WEEKS), (who, k) => away(who, k + s), shift)) {
        const shifted = { from: l.from + s, members: l.members };
        if (out.length === 0 || !sameTurns(out.at(-1)!, shifted, turnOf)) out.push(shifted);
      }
    }
    return out;
  }
  const n = holders.length;
  const cost: number[] = [0, ...new Array<number>(n).fill(Infinity)];
  const choice: InferredLineup[] = new Array(n + 1);
  // A miss is a week whose holder is not the line-up's turn; one that a holiday swap explains (the one
  // whose turn it is away, or the holder back from a holiday) costs little: the engine makes it again.
  const weight = (k: number, turn: string, holder: string) => (away(turn, k) || awayBefore(away, holder, k) ? SWAP_MISS : 1);
  for (let s = 0; s < n; s++) {
    if (cost[s] === Infinity) continue;
    const base = cost[s]! + (s === 0 ? 0 : VERSION_COST);
    for (let period = 2; period <= MAX_PERIOD && s + period <= n; period++) {
      // Each turn's majority holder and its weighted misses, kept up to date as the line-up grows week by week.
      const votes = Array.from({ length: period }, () => new Map<string, number>());
      const turn: (string | undefined)[] = new Array(period).fill(undefined);
      const misses = new Array<number>(period).fill(0);
      const missesOf = (r: number, upTo: number) => {
        let m = 0;
        for (let k = s; k <= upTo; k++) if (turnOf(k, s, period) === r && holders[k] !== undefined && holders[k] !== turn[r]) m += weight(k, turn[r]!, holders[k]!);
        return m;
      };
      for (let e = s + 1; e <= n; e++) {
        const k = e - 1;
        const r = turnOf(k, s, period);
        const h = holders[k];
        if (h !== undefined) {
          const v = (votes[r]!.get(h) ?? 0) + 1;
          votes[r]!.set(h, v);
          if (turn[r] === undefined || (h !== turn[r] && v > votes[r]!.get(turn[r]!)!)) {
            turn[r] = h;
            misses[r] = missesOf(r, k);
          } else if (h !== turn[r]) misses[r]! += weight(k, turn[r]!, h);
        }
        if (e - s < period || turn.includes(undefined) || new Set(turn).size !== period) continue;
        const total = base + misses.reduce((a, b) => a + b, 0);
        if (total < cost[e]!) {
          cost[e] = total;
          choice[e] = { from: s, members: [...(turn as string[])] };
        }
      }
    }
  }
  if (cost[n] === Infinity) {
    // One person throughout (a rotation needs 2), or too few weeks: the people in order of appearance, and overrides.
    const seen = [...new Set(holders.filter((h): h is string => h !== undefined))];
    return seen.length >= 2 ? [{ from: 0, members: seen.slice(0, MAX_PERIOD) }] : [];
  }
  const out: InferredLineup[] = [];
  for (let e = n; e > 0; e = choice[e]!.from) out.unshift(choice[e]!);
  return out;
}

/** True when `prev`, continued, gives every week from `next.from` on to the same people as `next`: no new version is needed. */
function sameTurns(prev: InferredLineup, next: InferredLineup, turnOf: TurnOf): boolean {
  const n = prev.members.length;
  if (n !== next.members.length) return false;
  for (let k = next.from; k < next.from + n; k++) if (prev.members[turnOf(k, prev.from, n)] !== next.members[turnOf(k, next.from, n)]) return false;
  return true;
}

interface CoverData {
  from: string;
  to: string;
  engineer: string;
  reason: string;
}

/**
 * Covers for the stretches where the feed names one person and the file someone else, adjacent
 * stretches of the same person joined (a night across the hand-off is one cover). Times are local
 * in the rotation's zone, with the offset written only where the local time occurs twice.
 */
function coversFor(differences: readonly Disagreement[], zone: string): CoverData[] {
  const out: { start: number; end: number; engineer: string }[] = [];
  for (const d of differences) {
    if (d.feed.length !== 1) continue;
    const last = out.at(-1);
    if (last && last.end === d.start && last.engineer === d.feed[0]) last.end = d.end;
    else out.push({ start: d.start, end: d.end, engineer: d.feed[0]! });
  }
  return out.map((c) => ({ from: localDateTime(c.start, zone), to: localDateTime(c.end, zone), engineer: c.engineer, reason: REASON }));
}

/** `2026-12-09T18:00` in `zone`, or `2026-10-25T02:30+01:00` when that wall time occurs twice (clocks going back). */
function localDateTime(t: number, zone: string): string {
  const offset = zoneOffsetMs(zone, t);
  const wall = new Date(t + offset);
  const two = (n: number) => String(n).padStart(2, '0');
  const text = `${wall.getUTCFullYear()}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}T${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`;
  const day = civilDay(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
  if (instantAt(day, wall.getUTCHours() * 60 + wall.getUTCMinutes(), zone).getTime() === t) return text;
  const minutes = Math.abs(offset) / 60_000;
  return `${text}${offset < 0 ? '-' : '+'}${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** The rotation as the loader would build it from the file: through the schema, so every default applies. */
function toRotation(data: Record<string, unknown>, id: string): Rotation {
  const parsed = rotationSchema.parse(JSON.parse(JSON.stringify(data)));
  return { id, file: `rotations/${id}.yaml`, ...parsed } as unknown as Rotation;
}

function withRotation(model: Model, people: readonly Person[], rotation: Rotation): Model {
  const rotations = [...model.rotations.filter((r) => r.id !== rotation.id), rotation];
  return {
    ...model,
    people,
    rotations,
    byId: { ...model.byId, people: new Map(people.map((p) => [p.id, p])), rotations: new Map(rotations.map((r) => [r.id, r])) },
  };
}

function describeLeftovers(differences: readonly Disagreement[], timeline: readonly OnCallInterval[], notes: string[]): void {
  if (differences.some((d) => d.feed.length === 0)) notes.push('the feed has gaps (nobody on call); a rotation always has someone, so the file names the rotation\'s engineer there');
  if (differences.some((d) => d.feed.length > 1)) notes.push('the feed has two people on call at once somewhere; a rotation has one');
  if (differences.some((d) => d.feed.length === 1)) {
    notes.push('part of a week goes to someone other than the week\'s engineer; a rotation file gives whole weeks, so those hours are not represented');
  }
  void timeline;
}

/** The file: a schema comment, where it came from, then the fields in the order people read them. */
function toYaml(data: Record<string, unknown>, options: ImportOptions): string {
  const list = (ids: readonly string[]) => `[${ids.join(', ')}]`;
  const lines = [
    '# yaml-language-server: $schema=../../schemas/rotation.schema.json',
    `# Imported by \`npm run import\` from ${options.source}. Change it here from now on.`,
    `name: ${JSON.stringify(data.name)}`,
    `members: ${list(data.members as string[])}`,
    `assignment: ${data.assignment}`,
    `start: ${data.start}`,
    `handoff: "${data.handoff}"`,
  ];
  const versions = data.versions as { from: string; members: string[] }[];
  if (versions.length) {
    lines.push('versions:');
    for (const v of versions) lines.push(`  - from: ${v.from}`, `    members: ${list(v.members)}`);
  }
  const overrides = data.overrides as { week: string; engineer: string; reason: string }[];
  if (overrides.length) {
    lines.push('overrides:');
    for (const o of overrides) lines.push(`  - week: ${o.week}`, `    engineer: ${o.engineer}`, `    reason: ${JSON.stringify(o.reason)}`);
  }
  const covers = (data.covers ?? []) as CoverData[];
  if (covers.length) {
    lines.push('covers:');
    for (const c of covers) lines.push(`  - from: ${c.from}`, `    to: ${c.to}`, `    engineer: ${c.engineer}`, `    reason: ${JSON.stringify(c.reason)}`);
  }
  const text = `${lines.join('\n')}\n`;
  // What is written must read back as what was checked.
  rotationSchema.parse(parseYaml(text, { schema: CORE_SCHEMA }));
  return text;
}
