import type { Day } from 'date-fns';
import type { Path } from './yaml/positions.ts';
import type { WEEKDAYS } from './schemas/site.ts';
import type { Delivery } from './schemas/delivery.ts';
import type { AUDIENCES, LINK_KINDS, OPERATORS } from './schemas/pipeline.ts';

export type { Delivery };

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
  readonly calendar: CompanyCalendar;
  /** How many days a runbook's `reviewed` date stays current. */
  readonly review: { readonly everyDays: number };
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
  /** The anchor on the runbook page: the `id` given, or the slug of the title. */
  readonly id: string;
  readonly title: string;
  /** Markdown. */
  readonly symptoms?: string;
  /** Markdown. */
  readonly checks?: string;
  /** Markdown. */
  readonly fix?: string;
}

export interface SlaTarget {
  readonly metric: string;
  readonly operator: (typeof OPERATORS)[number];
  readonly percent: number;
  readonly reference?: string;
}

export interface Sla {
  readonly delivery?: Delivery;
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
  /** Markdown: what the pipeline does and who reads it. */
  readonly description?: string;
  /** The description's first sentence as plain text: the summary in tables, search and meta descriptions. */
  readonly summary?: string;
  readonly links: readonly PipelineLink[];
  /** `YYYY-MM-DD`: the day the owners last checked the runbook. */
  readonly reviewed?: string;
  /** The long-form runbook `pipelines/<id>.md`, when there is one. */
  readonly runbook?: { readonly file: string; readonly markdown: string };
}

export interface PipelineLink {
  readonly title: string;
  /** https or http. */
  readonly url: string;
  readonly kind: (typeof LINK_KINDS)[number];
}
