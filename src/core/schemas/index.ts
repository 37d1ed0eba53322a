import { peopleFileSchema } from './people.ts';
import { pipelineSchema } from './pipeline.ts';
import { rotationSchema } from './rotation.ts';
import { siteSchema } from './site.ts';
import { teamsFileSchema } from './teams.ts';

/** One schema per file kind; the JSON Schemas in schemas/ are generated from these. */
export const FILE_SCHEMAS = {
  site: siteSchema,
  people: peopleFileSchema,
  teams: teamsFileSchema,
  rotation: rotationSchema,
  pipeline: pipelineSchema,
} as const;

export type FileKind = keyof typeof FILE_SCHEMAS;
