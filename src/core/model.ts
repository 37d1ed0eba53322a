import type { Day } from 'date-fns';
import type { z } from 'zod';
import type { HolidayData, PersonData } from './schemas/people.ts';
import type { PipelineData } from './schemas/pipeline.ts';
import type { CoverData, OverrideData, RotationData, VersionData, WindowData } from './schemas/rotation.ts';
import type { AreaData, calendarSchema, SiteData } from './schemas/site.ts';
import type { TeamData } from './schemas/teams.ts';
import type { Path } from './yaml/positions.ts';

/**
 * The validated, resolved, read-only data. Faces (CLI, site, feeds) read this and
 * nothing else; every reference in it has been checked to resolve.
 */
export interface Model {
  readonly site: Site;
  readonly people: readonly Person[];
  readonly teams: readonly Team[];
  readonly rotations: readonly Rotation[];
  readonly pipelines: readonly Pipeline[];
  readonly byId: {
    readonly people: ReadonlyMap<string, Person>;
    readonly teams: ReadonlyMap<string, Team>;
    readonly rotations: ReadonlyMap<string, Rotation>;
    readonly pipelines: ReadonlyMap<string, Pipeline>;
    readonly areas: ReadonlyMap<string, Area>;
  };
  /** Finds the line and column of a data path in a file, for rules that run after loading (the calendar). */
  locate(file: string, path: Path, at?: 'key' | 'value'): { line: number; column: number };
}

/**
 * What loaded from data that has problems: the entities whose files passed their schemas, references
 * unchecked. Only for comparing two versions of the data; faces never render it.
 */
export interface PartialModel {
  /** Absent when site.yaml did not load. */
  readonly site?: Site;
  /** Absent when people.yaml did not load. */
  readonly people?: readonly Person[];
  /** Absent when teams.yaml exists but did not load. */
  readonly teams?: readonly Team[];
  readonly rotations: readonly Rotation[];
  readonly pipelines: readonly Pipeline[];
  /** Data files that exist but did not load (YAML or schema errors), paths inside the data directory. */
  readonly unloaded: readonly string[];
}

/** Read-only all the way down: the model is frozen after loading. */
export type ReadonlyDeep<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly ReadonlyDeep<U>[]
    : T extends object
      ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
      : T;

// The entity types are the schemas' output plus what loading derives: a new schema field appears
// here by itself, and every face that lists fields (satisfies Record<keyof …>) must then handle it.

export type CalendarData = z.output<typeof calendarSchema>;

export type CompanyCalendar = ReadonlyDeep<
  Omit<CalendarData, 'weekStartsOn' | 'firstWeekContainsDate'> & {
    /** 0 = sunday … 6 = saturday, as date-fns takes it. */
    weekStartsOn: Day;
    /** The schema's `weekStartsOn`, as written. */
    weekStartsOnName: CalendarData['weekStartsOn'];
    firstWeekContainsDate: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  }
>;

export type Site = ReadonlyDeep<Omit<SiteData, 'calendar'> & { calendar: CompanyCalendar }>;
export type Area = ReadonlyDeep<AreaData>;
export type Holiday = ReadonlyDeep<HolidayData>;
export type Person = ReadonlyDeep<PersonData>;
export type Team = ReadonlyDeep<TeamData>;
export type Override = ReadonlyDeep<OverrideData>;
export type Cover = ReadonlyDeep<CoverData>;
export type HoursWindow = ReadonlyDeep<WindowData>;
/** A line-up that replaces the previous one from company week `from` on. */
export type Version = ReadonlyDeep<VersionData>;

export type Rotation = ReadonlyDeep<
  RotationData & {
    /** The file name without `.yaml`. */
    id: string;
    /** Path inside the data directory: `rotations/<id>.yaml`. */
    file: string;
  }
>;

export type Pipeline = ReadonlyDeep<
  Omit<PipelineData, 'rotation' | 'rotations' | 'commonIssues'> & {
    /** The file name without `.yaml`. */
    id: string;
    /** Path inside the data directory: `pipelines/<id>.yaml`. */
    file: string;
    /** The resolved rotation id: the one named, else its area's, else the only rotation; with layers, the first layer. */
    rotation?: string;
    /**
     * The resolved layers, in order: the pipeline's `rotations` or `rotation`, else its area's, else the only
     * rotation; empty when none resolves. At any instant the first one with someone on call covers the pipeline.
     */
    rotations: string[];
    /** Each issue with its anchor resolved: the `id` given, or the slug of the title. */
    commonIssues: (PipelineData['commonIssues'][number] & { id: string })[];
    /** The description's first sentence as plain text: the summary in tables, search and meta descriptions. */
    summary?: string;
    /** The long-form runbook `pipelines/<id>.md`, when there is one. */
    runbook?: { file: string; markdown: string };
  }
>;

export type CommonIssue = Pipeline['commonIssues'][number];
export type PipelineLink = Pipeline['links'][number];
export type Sla = NonNullable<Pipeline['sla']>;
export type Delivery = NonNullable<Sla['delivery']>;
export type SlaTarget = Sla['targets'][number];
