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
