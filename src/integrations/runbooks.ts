import type { AstroIntegration } from 'astro';
import { runbooksBuild, type BuildOptions } from './build.ts';
import { runbooksDev } from './dev.ts';
import { runbooksPreview } from './preview.ts';

export type RunbooksOptions = BuildOptions;

/**
 * The site's integrations, one per command: `npm run dev` (dev.ts), `npm run build` (build.ts) and
 * `npm run preview` (preview.ts). Each does nothing under the others' commands. Astro flattens the list.
 */
export default function runbooks(options: RunbooksOptions = {}): AstroIntegration[] {
  return [runbooksDev(), runbooksBuild(options), runbooksPreview()];
}
