import { personIcs, rotationIcs } from '../feeds/ics.ts';
import type { PageData } from './page-data.ts';
import { paths } from '../routes/routes.ts';

/** A calendar feed of the site: its path under the site root and its text. */
export interface FeedFile {
  /** `oncall/<rotation>.ics` or `people/<id>.ics`. */
  readonly path: string;
  readonly text: string;
}

/** A rotation's feed: every week of its calendar. */
export const rotationFeed = ({ model, oncall, stamp }: PageData, rotation: string): string =>
  rotationIcs(model, oncall.byRotation.get(rotation)!.schedule, { stamp });

/** A person's feed: their weeks in every rotation. */
export const personFeed = ({ model, oncall, stamp }: PageData, person: string): string =>
  personIcs(model, person, oncall.schedulesByPerson.get(person) ?? [], { stamp });

/** Every calendar feed: one per rotation and one per person. */
export function feedFiles(data: PageData): FeedFile[] {
  return [
    ...data.model.rotations.map((r) => ({ path: paths.rotationFeed(r.id).slice(1), text: rotationFeed(data, r.id) })),
    ...data.model.people.map((p) => ({ path: paths.personFeed(p.id).slice(1), text: personFeed(data, p.id) })),
  ];
}

// In a build the integration writes the feeds itself (integrations/runbooks.ts): as Astro routes,
// the 1,010 feeds of 10,000 pipelines took 0.65 s of the page phase (a Request, a Response and
// Astro's bookkeeping each), written directly about a fifth of that. The routes stay for the dev
// server, which serves them on request. A global, as the page data is (see page-data.ts).
const KEY = Symbol.for('pipeline-runbooks.feeds-written-by-integration');
type Store = typeof globalThis & { [KEY]?: boolean };

/** Called by the integration at the start of a build. */
export function feedsWrittenByIntegration(): void {
  (globalThis as Store)[KEY] = true;
}

/** For the feed routes: whether they should produce no pages (a build writes the feeds itself). */
export const feedRoutesSkipped = (): boolean => (globalThis as Store)[KEY] === true;
