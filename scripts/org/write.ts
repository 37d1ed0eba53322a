import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { generateOrg, type OrgFile, type OrgOptions } from './generate.ts';
import { renderFile } from './render.ts';

const SCHEMAS = resolve(import.meta.dirname, '..', '..', 'schemas');

/** Generates the organisation and writes it under `out`; returns the files written. */
export function writeOrg(out: string, options: OrgOptions): OrgFile[] {
  const files = generateOrg(options);
  for (const file of files) {
    const target = join(out, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, renderFile(file, relative(dirname(resolve(target)), SCHEMAS).replaceAll('\\', '/')));
  }
  return files;
}
