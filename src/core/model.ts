import type { Day } from 'date-fns';
import type { Path } from './yaml/positions.ts';
import type { WEEKDAYS } from './schemas/site.ts';
import type { AUDIENCES, OPERATORS } from './schemas/pipeline.ts';

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

export interface Site {
  readonly title: string;
  readonly repository?: string;
  /** Person ids who review changes to the shared data files (CODEOWNERS); may be empty. */
  readonly maintainers: readonly string[];
  readonly calendar: CompanyCalendar;
  readonly areas: readonly Area[];
}

export interface CompanyCalendar {
  /** 0 = sunday … 6 = saturday, as date-fns takes it. */
  readonly weekStartsOn: Day;
  readonly weekStartsOnName: (typeof WEEKDAYS)[number];
  readonly firstWeekContainsDate: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  readonly timezone: string;
  readonly pastWeeks: number;
  readonly futureWeeks: number;
}

export interface Area {
  readonly id: string;
  readonly name: string;
}

export interface Holiday {
  /** Inclusive `YYYY-MM-DD`. */
  readonly from: string;
  /** Inclusive `YYYY-MM-DD`. */
  readonly to: string;
  readonly note?: string;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
  /** `@login` or `@org/team`. */
  readonly github?: string;
  readonly chat?: string;
  readonly timezone?: string;
  readonly holidays: readonly Holiday[];
}

export interface Team {
  readonly id: string;
  readonly name: string;
  readonly contact?: string;
  readonly url?: string;
}

export interface Override {
  /** `YYYY-Www`. */
  readonly week: string;
  readonly engineer: string;
  readonly reason: string;
  readonly agreed: boolean;
}

export interface Rotation {
  readonly id: string;
  /** Path inside the data directory: `rotations/<id>.yaml`. */
  readonly file: string;
  readonly name: string;
  readonly members: readonly string[];
  readonly assignment: 'week-number' | 'continuous';
  /** `YYYY-MM-DD`. */
  readonly start: string;
  /** `HH:MM` in the calendar's time zone. */
  readonly handoff: string;
  readonly overrides: readonly Override[];
}

export interface CommonIssue {
  readonly title: string;
  readonly symptoms?: string;
  readonly checks?: string;
  readonly fix?: string;
}

export interface SlaTarget {
  readonly metric: string;
  readonly operator: (typeof OPERATORS)[number];
  readonly percent: number;
  readonly reference?: string;
}

export interface Sla {
  readonly delivery?: { readonly cadence: 'daily'; readonly deadline: string; readonly timezone: string };
  readonly targets: readonly SlaTarget[];
}

export interface Pipeline {
  readonly id: string;
  /** Path inside the data directory: `pipelines/<id>.yaml`. */
  readonly file: string;
  readonly name: string;
  readonly area: string;
  readonly audience: (typeof AUDIENCES)[number];
  /** The resolved rotation id: the one named, or the only rotation when none is named. */
  readonly rotation?: string;
  readonly owners: { readonly primary: string; readonly secondary: string };
  readonly upstream: readonly string[];
  readonly downstream: readonly string[];
  readonly commonIssues: readonly CommonIssue[];
  readonly sla?: Sla;
}
