import type { z } from 'zod';
import type { peopleFileSchema } from '../schemas/people.ts';
import type { PipelineData } from '../schemas/pipeline.ts';
import type { RotationData } from '../schemas/rotation.ts';
import type { SiteData } from '../schemas/site.ts';
import type { teamsFileSchema } from '../schemas/teams.ts';

export type PeopleFile = z.output<typeof peopleFileSchema>;
export type TeamsFile = z.output<typeof teamsFileSchema>;

/** What passed the schemas, before cross-references are resolved. A file that failed is absent. */
export interface ParsedData {
  site?: SiteData;
  people?: PeopleFile;
  teams?: TeamsFile;
  rotations: { id: string; file: string; value: RotationData }[];
  pipelines: { id: string; file: string; value: PipelineData }[];
}
