import { z } from 'zod';
import { pipelineSchema } from './pipeline.ts';
import { markdownTexts as textsOf, type MarkdownFieldPaths } from '../markdown/fields.ts';

export type { MarkdownFieldPaths };

// Which fields of a pipeline hold Markdown, read from the schema itself: a field made with
// markdownText() carries `contentMediaType: 'text/markdown'`. Link checks, rendering and search take
// their field lists from here, so a new Markdown field gets all three with no other edit. Reading the
// fields, given the lists, needs no schema: core/markdown/fields.ts.

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional, default and pipe wrappers, and whether any layer is tagged as Markdown. */
function unwrap(schema: z.ZodType): { core: z.ZodType; markdown: boolean } {
  let core = schema;
  let markdown = false;
  for (;;) {
    markdown ||= z.globalRegistry.get(core)?.contentMediaType === 'text/markdown';
    const def = defOf(core);
    const inner = def.type === 'pipe' ? def.in : def.innerType;
    if (!inner) return { core, markdown };
    core = inner;
  }
}

const objectShape = (schema: z.ZodType) => defOf(schema).shape ?? {};

/** The Markdown fields of an object schema: at the top, and one level down in lists of objects. */
export function markdownFieldPaths(schema: z.ZodType): MarkdownFieldPaths {
  const top: string[] = [];
  const lists: Record<string, string[]> = {};
  for (const [key, field] of Object.entries(objectShape(unwrap(schema).core))) {
    const { core, markdown } = unwrap(field);
    if (markdown) top.push(key);
    const element = defOf(core).type === 'array' ? defOf(core).element : undefined;
    if (!element) continue;
    const inner = Object.entries(objectShape(unwrap(element).core))
      .filter(([, f]) => unwrap(f).markdown)
      .map(([k]) => k);
    if (inner.length > 0) lists[key] = inner;
  }
  return { top, lists };
}

/** The pipeline's Markdown fields. */
export const PIPELINE_MARKDOWN: MarkdownFieldPaths = markdownFieldPaths(pipelineSchema);

/** Every Markdown text of a pipeline as [path, text], in schema order; absent fields are left out. */
export const markdownTexts = (value: object, fields: MarkdownFieldPaths = PIPELINE_MARKDOWN) => textsOf(value, fields);
