import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Types flow from the schemas: adding a field to a schema, and nothing else, must fail `tsc` in every
 * face that turns the entity into output (page, API, search, change report), until each decides what
 * to do with it. This copies src/, adds a field to every file schema and to the SLA delivery, and
 * type-checks the copy.
 */
const ROOT = join(import.meta.dirname, '../../..');
const SCHEMAS: Record<string, string> = {
  'src/core/schemas/pipeline.ts': 'pipelineSchema',
  'src/core/schemas/people.ts': 'personSchema',
  'src/core/schemas/teams.ts': 'teamSchema',
  'src/core/schemas/rotation.ts': 'rotationSchema',
  'src/core/schemas/site.ts': 'siteSchema',
};
/** The delivery's keys, before its refinement and transform into one shape per cadence. */
const DELIVERY = { file: 'src/core/schemas/delivery.ts', head: 'const fields = z.strictObject({\n' };

let dir: string;
let errors: string[];

/** `tsc` on the copy; returns its error lines, `path(line,col): error TS…`, untruncated so each names the field. */
function typecheck(): string[] {
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '--noErrorTruncation', '-p', dir], { cwd: dir, encoding: 'utf8' });
    return [];
  } catch (error) {
    return String((error as { stdout: string }).stdout)
      .split('\n')
      .filter((line) => line.includes('error TS'));
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'runbooks-new-field-'));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: ['src'] }));
  for (const [file, schema] of Object.entries(SCHEMAS)) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const head = `export const ${schema} = z\n  .strictObject({\n`;
    expect(text, `${file} declares ${schema} as a strict object`).toContain(head);
    writeFileSync(path, text.replace(head, `${head}    newField: z.string().optional(),\n`));
  }
  const delivery = readFileSync(join(dir, DELIVERY.file), 'utf8');
  expect(delivery, 'delivery.ts declares its keys as a strict object').toContain(DELIVERY.head);
  writeFileSync(join(dir, DELIVERY.file), delivery.replace(DELIVERY.head, `${DELIVERY.head}  newField: z.string().optional(),\n`));
  errors = typecheck();
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a new schema field', () => {
  it.each([
    ['the change report of pipelines', 'src/core/changes/pipelines.ts'],
    ['the change report of people and teams', 'src/core/changes/directory.ts'],
    ['the change report of rotations', 'src/core/changes/rotations.ts'],
    ['/api/pipelines.json', 'src/site/api.ts'],
    ['the search records', 'src/site/search-records.ts'],
    ['the pages', 'src/site/views.ts'],
    ['the Backstage catalog', 'src/backstage/entities.ts'],
    ['the change report of site.yaml', 'src/core/changes/site.ts'],
    ['the delivery, which needs an example and a cadence for the key', 'src/core/schemas/delivery.ts'],
  ])('fails tsc in %s until it is handled', (_face, file) => {
    expect(errors.filter((line) => line.startsWith(file) && line.includes('newField'))).not.toEqual([]);
  });

  it('fails tsc for each of the entities, the site and the delivery', () => {
    // pipeline: changes, api, search, page; person: changes, search, page; team: the same; rotation: changes, page;
    // site: changes; delivery: its own key table.
    const faces = new Set(errors.filter((line) => line.includes('newField')).map((line) => line.split('(')[0]));
    expect([...faces].sort()).toEqual(
      [
        'src/backstage/entities.ts',
        'src/codeowners/codeowners.ts',
        'src/core/changes/directory.ts',
        'src/core/changes/pipelines.ts',
        'src/core/changes/rotations.ts',
        'src/core/changes/site.ts',
        'src/core/schemas/delivery.ts',
        'src/site/api.ts',
        'src/site/search-records.ts',
        'src/site/views.ts',
      ].sort(),
    );
    expect(errors.filter((line) => line.startsWith('src/site/views.ts')).length).toBeGreaterThanOrEqual(4);
  });

  it('compiles when no field is added: the errors come from the new field alone', () => {
    expect(errors.every((line) => line.includes('newField'))).toBe(true);
  });
});
