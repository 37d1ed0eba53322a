import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyGateMessage } from '../src/cli/format-changes.ts';
import { compareData } from '../src/core/changes/compare.ts';
import { isWarning } from '../src/core/problem.ts';
import { loadData } from '../src/core/load/load.ts';
import { TEAM_FIXTURE } from './helpers/data-dir.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const FIXTURE = TEAM_FIXTURE;
// Mon 23 Nov 2026: the calendar check covers the 2026-W53 / 2027-W01 year end.
const now = new Date(Date.UTC(2026, 10, 23));

/** The first ```yaml block after a README heading. */
function yamlAfter(heading: string): string {
  const from = readme.indexOf(`### ${heading}\n`);
  expect(from, heading).toBeGreaterThan(0);
  return /```yaml\n([\s\S]*?)```/.exec(readme.slice(from))![1]!;
}

function problemsWith(edit: (dir: string) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'runbooks-readme-'));
  try {
    cpSync(FIXTURE, dir, { recursive: true });
    edit(dir);
    return loadData(dir, { now }).problems.filter((p) => !isWarning(p)).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const edit = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
const overrides = (text: string) => text.slice(0, text.indexOf('overrides:'));

/** The mistakes the README shows, made on the fixture data (a copy of the seed). */
const MISTAKES: ((dir: string) => void)[] = [
  (dir) =>
    writeFileSync(
      join(dir, 'pipelines/aggregate-revenue.yaml'),
      'name: Aggregate revenue (investors)\narea: profit\naudience: investors\nowners:\n  primary: engineer-b\n  secondary: enginer-c\n' +
        'upstream: [sales-systems]\ndownstream: [finance-reporting]\ncommonIssues:\n  - title: Late FX rates\n',
    ),
  (dir) => cpSync(join(dir, 'pipelines/daily-growth.yaml'), join(dir, 'pipelines/Weekly_Growth.yaml')),
  (dir) => edit(dir, 'pipelines/aggregate-profit.yaml', (t) => t.replace('primary: engineer-b', 'primray: engineer-d')),
  (dir) => edit(dir, 'pipelines/aggregate-profit.yaml', (t) => t.replace('primary: engineer-b', 'primary: engineer-c')),
  (dir) =>
    edit(dir, 'people.yaml', (t) =>
      t.replace(
        'name: Engineer C\n    holidays: []',
        'name: Engineer C\n    holidays:\n      - from: 2027-02-22\n        to: 2027-02-13\n        note: Ski week\n      - from: 2027-02-30\n        to: 2027-03-02',
      ),
    ),
  // Everyone away in 2026-W51.
  (dir) => edit(dir, 'people.yaml', (t) => t.replaceAll('holidays: []', 'holidays: [{ from: 2026-12-14, to: 2026-12-18 }]')),
  (dir) =>
    edit(dir, 'people.yaml', (t) =>
      t.replace('name: Engineer B\n    holidays: []', 'name: Engineer B\n    holidays:\n      - from: 2026-12-28\n        to: 2027-01-01\n        note: New year'),
    ),
  (dir) => edit(dir, 'rotations/data-platform.yaml', (t) => `${overrides(t)}overrides: []\n`),
  (dir) => edit(dir, 'rotations/data-platform.yaml', (t) => t.replace(/reason: ISO 2026.*/, 'agreed: yes')),
  (dir) =>
    edit(dir, 'rotations/data-platform.yaml', (t) =>
      `${t}  - week: 2027-W53\n    engineer: engineer-c\n    reason: Covers for D\n  - week: 2026-W53\n    engineer: engineer-c\n    reason: again\n`,
    ),
  (dir) => writeFileSync(join(dir, 'rotations/analytics.yaml'), 'name: Analytics on-call\nmembers: [engineer-c]\nstart: 2026-07-01\n'),
  (dir) =>
    writeFileSync(
      join(dir, 'rotations/analytics.yaml'),
      'name: Analytics on-call\nmembers: [engineer-c, engineer-d]\nstart: 2026-07-01\nassignment: round-robin\nhandoff: "9:00"\n',
    ),
  (dir) =>
    edit(dir, 'rotations/data-platform.yaml', (t) =>
      t.replace(
        'members: [engineer-a, engineer-b, engineer-c, engineer-d]\n',
        'members: [engineer-a, engineer-b, engineer-c, engineer-d]\nversions:\n  - from: 2026-W49\n    members: [engineer-a, engineer-b, engineer-c, engineer-d, engineer-e]\n' +
          '  - from: 2026-W40\n    members: [engineer-b, engineer-c, engineer-b]\n',
      ),
    ),
];

describe('README "Editing the data"', () => {
  it('shows a pipeline that validates as written', () => {
    expect(problemsWith((dir) => writeFileSync(join(dir, 'pipelines/aggregate-revenue.yaml'), yamlAfter('Add a pipeline')))).toEqual([]);
  });

  it('shows an agreed back-to-back override that validates as written', () => {
    const agreed = yamlAfter('Agree a back-to-back week');
    expect(problemsWith((dir) => edit(dir, 'rotations/data-platform.yaml', (t) => `${overrides(t)}${agreed}`))).toEqual([]);
  });

  it('quotes only messages the validator really gives for the mistakes it describes', () => {
    const section = readme.slice(readme.indexOf('## Editing the data'), readme.indexOf('\n## ', readme.indexOf('## Editing the data') + 1));
    const quoted = [...section.matchAll(/^data\/\S+: error: .*$/gm)].map((m) => m[0]);
    expect(quoted.length).toBeGreaterThan(15);
    const given = new Set(MISTAKES.flatMap((edit) => problemsWith(edit)).map((p) => `data/${p.replace(/: /, ': error: ')}`));
    expect(quoted.filter((line) => !given.has(line))).toEqual([]);
  });

  describe('Change who is in a rotation', () => {
    const withEngineerE = (dir: string) =>
      edit(dir, 'people.yaml', (t) => t.replace('  - id: engineer-d\n', '  - id: engineer-e\n    name: Engineer E\n    holidays: []\n  - id: engineer-d\n'));
    const FOUR = 'members: [engineer-a, engineer-b, engineer-c, engineer-d]\n';
    /** The fixture with engineer-e in people.yaml and `change` made to the rotation, compared with the fixture as the base. */
    function compareWith(change: (rotation: string) => string) {
      const base = mkdtempSync(join(tmpdir(), 'runbooks-readme-'));
      const head = mkdtempSync(join(tmpdir(), 'runbooks-readme-'));
      try {
        for (const dir of [base, head]) cpSync(FIXTURE, dir, { recursive: true });
        withEngineerE(head);
        edit(head, 'rotations/data-platform.yaml', change);
        const headData = loadData(head);
        return { report: compareData({ ref: 'origin/main', base: loadData(base), head: headData, now }), problems: loadData(head, { now }).problems };
      } finally {
        for (const dir of [base, head]) rmSync(dir, { recursive: true, force: true });
      }
    }

    it('shows a version that validates and keeps history', () => {
      const yaml = yamlAfter('Change who is in a rotation');
      const { report, problems } = compareWith((t) => t.replace(FOUR, yaml));
      expect(problems.map((p) => p.message)).toEqual([]);
      expect(report.history?.weeks).toEqual([]);
    });

    it("quotes the gate's message for members edited in place", () => {
      const { report } = compareWith((t) => t.replace(FOUR, 'members: [engineer-a, engineer-b, engineer-c, engineer-d, engineer-e]\n'));
      const section = readme.slice(readme.indexOf('### Change who is in a rotation'));
      expect(section).toContain(historyGateMessage(report.history!).trimEnd());
    });
  });
});

describe('docs/development.md "How the code is laid out"', () => {
  const development = readFileSync(new URL('../docs/development.md', import.meta.url), 'utf8');
  const section = development.slice(development.indexOf('## How the code is laid out'), development.indexOf('## Tests'));
  const root = new URL('..', import.meta.url).pathname;

  it('names every folder of src/ and src/core/', () => {
    const folders = (dir: string) => readdirSync(join(root, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${e.name}/`);
    for (const folder of [...folders('src'), ...folders('src/core')]) expect(section, folder).toMatch(new RegExp(`\\s${folder.replace('/', '\\/')}`));
  });

  it('points only at files that exist', () => {
    const paths = [...section.matchAll(/`((?:src|tests|scripts)\/[^`\s]+)`/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) expect(existsSync(join(root, path)), path).toBe(true);
  });
});

describe('README.md', () => {
  it('stays a user guide of at most 30 KB, with reference material in docs/', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(30 * 1024);
  });

  it('links only to docs/ files and README anchors that exist', () => {
    const root = new URL('..', import.meta.url).pathname;
    const anchors = new Set([...readme.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')));
    for (const [, target] of readme.matchAll(/\]\(((?:docs\/|#)[^)]*)\)/g)) {
      const [file, anchor] = target!.split('#');
      if (file) expect(existsSync(join(root, file)), target).toBe(true);
      else expect(anchors.has(anchor!), target).toBe(true);
    }
  });
});
