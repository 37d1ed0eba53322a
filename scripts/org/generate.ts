import { isoWeeksInYear, weekKey } from './dates.ts';
import { freeHolidays, rotationHolidays, type HolidayData } from './holidays.ts';
import { createRandom, type Random } from './random.ts';
import { AREAS, FIRST_NAMES, GRAINS, ISSUES, LAST_NAMES, METRICS, ROTATION_NAMES, SUBJECTS, TEAM_DOMAINS, TEAM_FUNCTIONS, TIMEZONES } from './words.ts';

export interface OrgOptions {
  pipelines: number;
  engineers: number;
  rotations: number;
  seed: string;
  /** Holidays fall in year - 1 … year + 2; rotations start in year - 1. */
  year: number;
  /** site.yaml's calendar.pastWeeks (default 8). */
  pastWeeks?: number;
  /** site.yaml's calendar.futureWeeks (default 52): long horizons test the pages' size limits. */
  futureWeeks?: number;
}

export type FileKind = 'site' | 'people' | 'teams' | 'rotation' | 'pipeline';

/** One data file: its path inside the data directory, its kind (for the schema line) and its content. */
export interface OrgFile {
  path: string;
  kind: FileKind;
  data: Record<string, unknown>;
}

export const MIN_MEMBERS = 4;
const MAX_MEMBERS = 8;
/** Week-number rotations get year-boundary overrides for this span, so the data stays valid for decades. */
const OVERRIDE_YEARS_BEFORE = 6;
const OVERRIDE_YEARS_AFTER = 30;

/** Makes `base` unique among `used` by appending -2, -3, … */
function unique(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

const title = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replaceAll('-', ' ');

/** The whole organisation as data files, deterministic for `options.seed`. */
export function generateOrg(options: OrgOptions): OrgFile[] {
  const { pipelines: pipelineCount, engineers, rotations: rotationCount, year } = options;
  if (engineers < MIN_MEMBERS * rotationCount) {
    throw new RangeError(`${rotationCount} rotations of at least ${MIN_MEMBERS} need ${MIN_MEMBERS * rotationCount} engineers, got ${engineers}`);
  }
  if (rotationCount < 1 || pipelineCount < 1) throw new RangeError('pipelines and rotations must be at least 1');
  const random = createRandom(options.seed);
  const years = [year - 1, year, year + 1, year + 2];

  const people = makePeople(random, engineers);
  const teams = makeTeams(random, Math.min(400, Math.max(9, Math.ceil(pipelineCount / 25))));

  // Members: disjoint groups of 4 to 8 from a shuffled list; everyone else is on no rotation.
  const pool = random.shuffle(people.map((p) => p.id));
  const perRotation = Math.min(MAX_MEMBERS, Math.floor(engineers / rotationCount));
  const usedRotationIds = new Set<string>();
  const holidays = new Map<string, HolidayData[]>();
  const rotations = Array.from({ length: rotationCount }, (_, i) => {
    const size = random.int(MIN_MEMBERS, perRotation);
    const members = pool.splice(0, size);
    for (const [member, list] of rotationHolidays(random, members, years)) holidays.set(member, list);
    const id = unique(ROTATION_NAMES[i % ROTATION_NAMES.length]!, usedRotationIds);
    return makeRotation(random, id, members, year);
  });
  for (const id of pool) holidays.set(id, freeHolidays(random, years));

  const files: OrgFile[] = [
    {
      path: 'site.yaml',
      kind: 'site',
      data: {
        title: `Synthetic Data Org (${pipelineCount} pipelines)`,
        repository: 'https://github.com/example/runbooks',
        calendar: { weekStartsOn: 'monday', firstWeekContainsDate: 4, timezone: 'UTC', pastWeeks: options.pastWeeks ?? 8, futureWeeks: options.futureWeeks ?? 52 },
        // Ten years: the generated review dates stay current whatever day validates them.
        review: { everyDays: 3650 },
        areas: AREAS.map((a) => ({ ...a })),
      },
    },
    {
      path: 'people.yaml',
      kind: 'people',
      data: { people: people.map((p) => ({ ...p, holidays: holidays.get(p.id) ?? [] })) },
    },
    { path: 'teams.yaml', kind: 'teams', data: { teams } },
    ...rotations.map((r) => ({ path: `rotations/${r.id}.yaml`, kind: 'rotation' as const, data: r.data })),
  ];

  const usedPipelineIds = new Set<string>();
  for (let i = 0; i < pipelineCount; i++) {
    const area = AREAS[i % AREAS.length]!.id;
    const grain = random.pick(GRAINS);
    const subject = random.pick(SUBJECTS[area]!);
    const id = unique(`${grain}-${subject}-${String(i + 1).padStart(5, '0')}`, usedPipelineIds);
    const name = `${title(grain)} ${subject.replaceAll('-', ' ')} ${i + 1}`;
    const data = makePipeline(random, i, name, area, random.pick(rotations), rotations.length > 1, teams);
    files.push({ path: `pipelines/${id}.yaml`, kind: 'pipeline', data });
  }
  return files;
}

function makePeople(random: Random, count: number) {
  const used = new Set<string>();
  return Array.from({ length: count }, () => {
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    const id = unique(name.toLowerCase().replaceAll(' ', '-'), used);
    return {
      id,
      name,
      email: `${id}@example.com`,
      chat: `@${id}`,
      ...(random.chance(0.5) ? { timezone: random.pick(TIMEZONES) } : {}),
    };
  });
}

function makeTeams(random: Random, count: number) {
  const used = new Set<string>();
  return Array.from({ length: count }, () => {
    const domain = random.pick(TEAM_DOMAINS);
    const fn = random.pick(TEAM_FUNCTIONS);
    const id = unique(`${domain}-${fn}`, used);
    const suffix = id.slice(domain.length + fn.length + 1).replace('-', ' ');
    return {
      id,
      name: `${title(domain)} ${title(fn)}${suffix} Team`,
      contact: `#${id}`,
      ...(random.chance(0.5) ? { url: `https://wiki.example.com/teams/${id}` } : {}),
    };
  });
}

interface GeneratedRotation {
  id: string;
  members: string[];
  data: Record<string, unknown>;
}

/**
 * Half the rotations follow the week number, half run continuously. Under week-number assignment,
 * week N goes to members[(N-1) mod n]; when a year's last week goes to members[0], the same person
 * would also cover week 1 of the next year, so an override (as in the shipped data) gives the last
 * week to members[1] instead.
 */
function makeRotation(random: Random, id: string, members: string[], year: number): GeneratedRotation {
  const assignment = random.chance(0.5) ? 'week-number' : 'continuous';
  const n = members.length;
  const overrides: Record<string, unknown>[] = [];
  if (assignment === 'week-number') {
    for (let y = year - OVERRIDE_YEARS_BEFORE; y <= year + OVERRIDE_YEARS_AFTER; y++) {
      const last = isoWeeksInYear(y);
      if ((last - 1) % n !== 0) continue;
      overrides.push({
        week: weekKey(y, last),
        engineer: members[1],
        reason: `${y} has ${last} weeks, so ${members[0]} would cover ${weekKey(y, last)} and ${weekKey(y + 1, 1)} back to back`,
      });
    }
  }
  const data = {
    name: `${title(id)} on-call`,
    members,
    assignment,
    start: `${year - 1}-01-${String(random.int(1, 9)).padStart(2, '0')}`,
    handoff: random.pick(['00:00', '09:00', '10:00']),
    overrides,
  };
  return { id, members, data };
}

function makePipeline(
  random: Random,
  index: number,
  name: string,
  area: string,
  rotation: GeneratedRotation,
  nameRotation: boolean,
  teams: readonly { id: string; name: string }[],
) {
  // About a third are investor-facing, with the full runbook the validator requires.
  const investors = index % 3 === 0;
  const [primary, secondary] = random.sample(rotation.members, 2);
  // Disjoint: a team rarely both feeds a pipeline and depends on it.
  const related = random.sample(teams, random.int(2, 6));
  const split = random.int(1, related.length - 1);
  const upstream = related.slice(0, split);
  const downstream = related.slice(split);
  const fill = (text: string) => text.replaceAll('{up}', upstream[0]!.name).replaceAll('{down}', downstream[0]!.name);
  // Like the seed, only investor-facing pipelines keep a runbook; some others list their teams.
  const teamsOnly = !investors && random.chance(0.25);
  return {
    name: `${name} (${investors ? 'investors' : 'experiments'})`,
    area,
    audience: investors ? 'investors' : 'experiments',
    ...(nameRotation ? { rotation: rotation.id } : {}),
    owners: { primary, secondary },
    ...(investors || teamsOnly ? { upstream: upstream.map((t) => t.id), downstream: downstream.map((t) => t.id) } : {}),
    ...(investors
      ? {
          // Reviewed well before any "today" the tests and the benchmark use; site.yaml's review.everyDays keeps it current.
          reviewed: '2025-01-01',
          commonIssues: random.sample(ISSUES, random.int(1, 3)).map((issue) => ({
            title: fill(issue.title),
            symptoms: fill(issue.symptoms),
            checks: fill(issue.checks),
            fix: fill(issue.fix),
          })),
          sla: {
            delivery: {
              cadence: 'daily',
              deadline: `${String(random.int(3, 10)).padStart(2, '0')}:${random.pick(['00', '30'])}`,
              timezone: random.pick(TIMEZONES),
            },
            targets: random.sample(METRICS, random.int(1, 3)).map((m) => ({ ...m })),
          },
        }
      : {}),
  };
}
