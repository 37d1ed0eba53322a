import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A Markdown field is declared once, in the schema, with markdownText(): this copies src/, adds a
 * Markdown field to a pipeline (`escalation`) and to its common issues (`impact`), and nothing else, then
 * runs the copy's loader, renderer and search on fixture data. The new fields must be link-checked,
 * rendered and searched; and the link check, the render and search must compile without an edit.
 */
const ROOT = join(import.meta.dirname, '../../..');
const FIXTURE = join(ROOT, 'tests/fixtures/site');

let dir: string;
let tscErrors: string[];

const PROBE = `
import { loadData } from './src/core/load/load.ts';
import { renderPipelineMarkdown } from './src/site/markdown/pipeline-markdown.ts';
import { PIPELINE_MARKDOWN } from './src/core/schemas/markdown-fields.ts';
import { providePageContext } from './src/site/page-context.ts';
import { CSP } from './src/site/csp.ts';
import { buildIndex } from './src/site/indexes.ts';
import { searchRecords } from './src/site/search-records.ts';

const [broken, valid] = process.argv.slice(2);
const problems = loadData(broken!).problems.map((p) => \`\${p.file}:\${p.line}:\${p.rule}\`);
const { model } = loadData(valid!);
providePageContext({ base: '/', csp: CSP });
const pipeline = model!.byId.pipelines.get('aggregate-growth')!;
const rendered = await renderPipelineMarkdown(pipeline, PIPELINE_MARKDOWN);
const search = searchRecords({ model: model!, index: buildIndex(model!) } as never).find((r) => r.title === pipeline.name)!.content;
console.log(JSON.stringify({ problems, escalation: rendered.texts.escalation?.html, impact: rendered.issues[0]?.impact?.html, search }));
`;

function dataWith(escalation: string, impact: string): string {
  const data = mkdtempSync(join(tmpdir(), 'runbooks-md-field-data-'));
  cpSync(FIXTURE, data, { recursive: true });
  const file = join(data, 'pipelines/aggregate-growth.yaml');
  const text = readFileSync(file, 'utf8')
    .replace('links:\n', `escalation: "${escalation}"\nlinks:\n`)
    .replace('  - title: Missing churn events\n', `  - title: Missing churn events\n    impact: "${impact}"\n`);
  writeFileSync(file, text);
  return data;
}

let probe: { problems: string[]; escalation?: string; impact?: string; search: string };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'runbooks-md-field-'));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: ['src'] }));
  const schema = join(dir, 'src/core/schemas/pipeline.ts');
  const text = readFileSync(schema, 'utf8');
  const pipelineHead = 'export const pipelineSchema = z\n  .strictObject({\n';
  const issueHead = 'export const commonIssueSchema = z\n  .strictObject({\n';
  expect(text).toContain(pipelineHead);
  expect(text).toContain(issueHead);
  writeFileSync(
    schema,
    text
      .replace(pipelineHead, `${pipelineHead}    escalation: markdownText('escalation', 'Who to wake after the owners.', 'Page the lead').optional(),\n`)
      .replace(issueHead, `${issueHead}    impact: markdownText('impact', 'Who notices.', 'Investors').optional(),\n`),
  );
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', dir], { cwd: dir, encoding: 'utf8' });
    tscErrors = [];
  } catch (error) {
    tscErrors = String((error as { stdout: string }).stdout).split('\n').filter((line) => line.includes('error TS'));
  }
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'probe.ts'), PROBE);
  const broken = dataWith('Ask [the lead](/people/nobody/)', 'See [the board](ftp://bi.example.com/)');
  const valid = dataWith('Ask **the lead** first', 'Investors notice _by noon_');
  try {
    const out = execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'probe.ts', broken, valid], { cwd: dir, encoding: 'utf8' });
    probe = JSON.parse(out.trim().split('\n').at(-1)!);
  } finally {
    for (const d of [broken, valid]) rmSync(d, { recursive: true, force: true });
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a new Markdown field', () => {
  it('returns link problems in the new fields, at their lines', () => {
    expect(probe.problems.filter((p) => p.endsWith(':markdown-link'))).toEqual([
      'pipelines/aggregate-growth.yaml:7:markdown-link',
      'pipelines/aggregate-growth.yaml:19:markdown-link',
    ]);
  });

  it('returns the new fields rendered on the runbook page', () => {
    expect(probe.escalation).toContain('<strong>the lead</strong>');
    expect(probe.impact).toContain('<em>by noon</em>');
  });

  it("returns the new fields' words in the pipeline's search record", () => {
    expect(probe.search).toContain('Ask the lead first');
    expect(probe.search).toContain('Investors notice by noon');
  });

  it('needs no edit in the link check, the render or search to compile', () => {
    const touched = ['src/core/rules/', 'src/core/schemas/', 'src/site/markdown/', 'src/site/search-records.ts', 'src/integrations/'];
    expect(tscErrors.filter((line) => touched.some((path) => line.startsWith(path)))).toEqual([]);
  });
});
