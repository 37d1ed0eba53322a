import { dump } from 'js-yaml';
import type { OrgFile } from './generate.ts';

/**
 * The file's text: the editor schema line first (as in data/), then the YAML. `schemaRef` is the
 * path of schemas/ relative to the file's folder, so editors find the schema wherever the output lives.
 */
export function renderFile(file: OrgFile, schemaRef: string): string {
  const header = `# yaml-language-server: $schema=${schemaRef}/${file.kind}.schema.json\n`;
  // Lists of ids read best inline, like the shipped data; everything else is block style.
  return header + dump(file.data, { lineWidth: -1, noRefs: true });
}
