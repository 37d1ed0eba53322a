import type { Day } from 'date-fns';
import type { CompanyCalendar, Cover, Holiday, Model, Override, Person, Rotation } from '../../../src/core/model.ts';
import { WEEKDAYS } from '../../../src/core/schemas/site.ts';

export interface ModelInput {
  calendar?: Partial<Omit<CompanyCalendar, 'weekStartsOn' | 'weekStartsOnName'>> & { weekStartsOn?: (typeof WEEKDAYS)[number] };
  /** Person id → holidays as [from, to] pairs. People not named here get no holidays. */
  holidays?: Record<string, readonly (readonly [string, string])[]>;
  rotations: readonly (Partial<Omit<Rotation, 'overrides' | 'covers' | 'file'>> & {
    overrides?: readonly (Omit<Override, 'agreed' | 'reason'> & { agreed?: boolean; reason?: string })[];
    covers?: readonly (Omit<Cover, 'agreed' | 'reason'> & { agreed?: boolean; reason?: string })[];
  })[];
}

/**
 * A validated model built in memory, so engine tests state only what matters to them.
 * Defaults: ISO weeks in UTC; one rotation "ops" of engineer-a..d by week number from 2026-01-01.
 */
export function makeModel(input: ModelInput): Model {
  const c = input.calendar ?? {};
  const weekStartsOnName = c.weekStartsOn ?? 'monday';
  const calendar: CompanyCalendar = {
    weekStartsOn: WEEKDAYS.indexOf(weekStartsOnName) as Day,
    weekStartsOnName,
    firstWeekContainsDate: c.firstWeekContainsDate ?? 4,
    timezone: c.timezone ?? 'UTC',
    pastWeeks: c.pastWeeks ?? 8,
    futureWeeks: c.futureWeeks ?? 52,
    coverageGaps: c.coverageGaps ?? 'warn',
  };
  const rotations: Rotation[] = input.rotations.map((r, i) => {
    const id = r.id ?? (i === 0 ? 'ops' : `ops-${i + 1}`);
    return {
      id,
      file: `rotations/${id}.yaml`,
      name: r.name ?? `Rotation ${id}`,
      members: r.members ?? ['engineer-a', 'engineer-b', 'engineer-c', 'engineer-d'],
      versions: r.versions ?? [],
      assignment: r.assignment ?? 'week-number',
      start: r.start ?? '2026-01-01',
      handoff: r.handoff ?? '00:00',
      overrides: (r.overrides ?? []).map((o) => ({ reason: 'test', agreed: false, ...o })),
      covers: (r.covers ?? []).map((c) => ({ reason: 'test', agreed: false, ...c })),
      ...(r.hours ? { hours: r.hours } : {}),
    };
  });
  const ids = new Set([...rotations.flatMap((r) => [...r.members, ...r.versions.flatMap((v) => v.members), ...r.overrides.map((o) => o.engineer), ...r.covers.map((c) => c.engineer)]), ...Object.keys(input.holidays ?? {})]);
  const people: Person[] = [...ids].sort().map((id) => ({
    id,
    name: id.replace(/^engineer-(\w)$/, (_, x: string) => `Engineer ${x.toUpperCase()}`),
    holidays: (input.holidays?.[id] ?? []).map(([from, to]): Holiday => ({ from, to })),
  }));
  return {
    site: { title: 'Test', maintainers: [], calendar, review: { everyDays: 180 }, areas: [] },
    people,
    teams: [],
    rotations,
    pipelines: [],
    byId: {
      people: new Map(people.map((p) => [p.id, p])),
      teams: new Map(),
      rotations: new Map(rotations.map((r) => [r.id, r])),
      pipelines: new Map(),
      areas: new Map(),
    },
    locate: (_file, path) => ({ line: path.length, column: 1 }),
  };
}

/** `Date` from an RFC 3339 string, for readable expectations. */
export const at = (iso: string) => new Date(iso);
