import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOrg } from '../../scripts/org/write.ts';
import type { OrgOptions } from '../../scripts/org/generate.ts';
import { loadData } from '../../src/core/load/load.ts';
import { paths } from '../../src/routes/routes.ts';
import { buildSite, EPOCH_2027_01_03 } from './build-site.ts';
import { listFiles } from './files.ts';
import { brokenLinks } from './internal-links.ts';

/**
 * The route table against real builds: generated orgs of several sizes, each built once. Every link
 * a page writes leads to a built file, and the Markdown link check (what `validate` runs) accepts
 * exactly the pages and feeds the build wrote: each built path, and none of their near misses (the
 * page after a list's last, a list or year page the data does not call for, /sla/ without the board).
 */
const NOW = new Date(Number(EPOCH_2027_01_03) * 1000);
const ORGS = {
  // One rotation, a handful of pipelines: no SLA board, no numbered pages.
  small: { pipelines: 5, engineers: 8, rotations: 1 },
  // Four owners of 120 pipelines: owner lists, team lists, the SLA board and area pages run over; a
  // 120-week horizon gives every rotation year pages.
  medium: { pipelines: 120, engineers: 4, rotations: 1, pastWeeks: 30, futureWeeks: 120 },
  // 51 rotations: the on-call overview continues on /oncall/rotations/2/; 55 pipelines an area: area pages 2.
  large: { pipelines: 330, engineers: 204, rotations: 51 },
} satisfies Record<string, Partial<OrgOptions> & { pipelines: number }>;
type Org = keyof typeof ORGS;

const root = mkdtempSync(join(tmpdir(), 'runbooks-routes-'));
const built = {} as Record<Org, { dataDir: string; outDir: string; files: string[] }>;

beforeAll(async () => {
  // One build at a time: each is a whole Astro build, and the machine is shared.
  for (const org of Object.keys(ORGS) as Org[]) {
    const dataDir = join(root, org);
    writeOrg(dataDir, { seed: 'routes', year: 2026, ...ORGS[org] });
    const result = await buildSite(`routes-${org}`, { RUNBOOKS_DATA: dataDir, SOURCE_DATE_EPOCH: EPOCH_2027_01_03, TZ: 'UTC' });
    if (result.code !== 0) throw new Error(`the ${org} build failed:\n${result.stdout}\n${result.stderr}`);
    built[org] = { dataDir, outDir: result.outDir, files: listFiles(result.outDir) };
  }
}, 900_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The pages and feeds of a build as site paths: "/", "/people/a/", "/oncall/x.ics", "/api/oncall.json". */
function builtPaths(files: readonly string[]): string[] {
  return files.flatMap((f) => {
    if (f.startsWith('pagefind/') || f.startsWith('_astro/') || f === '404.html') return [];
    if (f.endsWith('index.html')) return [`/${f.slice(0, -'index.html'.length)}`];
    return f.endsWith('.ics') || /^api\/[^/]+\.json$/.test(f) ? [`/${f}`] : [];
  });
}

/** Paths next to the built ones that a build could write for other data: every list's next pages, year pages around the calendar. */
function nearMisses(pathsBuilt: readonly string[]): string[] {
  const ids = (prefix: RegExp) => [...new Set(pathsBuilt.flatMap((p) => prefix.exec(p)?.[1] ?? []))];
  const people = ids(/^\/people\/([a-z0-9-]+)\/$/);
  const teams = ids(/^\/teams\/([a-z0-9-]+)\/$/);
  const areas = ids(/^\/areas\/([a-z0-9-]+)\/$/);
  const rotations = ids(/^\/oncall\/([a-z0-9-]+)\/$/).filter((id) => id !== 'rotations');
  const out: string[] = [];
  for (let n = 1; n <= 6; n++) {
    out.push(paths.sla(n), paths.oncall(n), paths.people(n), paths.teams(n), paths.pipelines(n));
    for (const id of people) out.push(paths.personList(id, 'primary', n), paths.personList(id, 'secondary', n));
    for (const id of teams) out.push(paths.teamList(id, 'feeds', n), paths.teamList(id, 'uses', n));
    for (const id of areas) out.push(paths.area(id, n));
  }
  for (const id of rotations) for (let year = 2024; year <= 2030; year++) out.push(paths.rotationYear(id, year));
  return out;
}

/** The links of `candidates` that the Markdown link check reports, written one a line into a runbook of the org. */
function rejected(dataDir: string, candidates: readonly string[]): string[] {
  const pipeline = listFiles(join(dataDir, 'pipelines')).find((f) => f.endsWith('.yaml'))!.replace(/\.yaml$/, '');
  const runbook = join(dataDir, 'pipelines', `${pipeline}.md`);
  writeFileSync(runbook, candidates.map((c) => `- [x](${c})`).join('\n') + '\n');
  try {
    const { problems } = loadData(dataDir, { pagesAt: NOW });
    const links = problems.filter((p) => p.rule === 'markdown-link');
    expect(problems.filter((p) => p.rule !== 'markdown-link').map((p) => p.message)).toEqual([]);
    return links.map((p) => candidates[p.line - 1]!);
  } finally {
    rmSync(runbook);
  }
}

describe.each(Object.keys(ORGS) as Org[])('the %s org', (org) => {
  it('writes no link that leads nowhere', () => {
    expect(brokenLinks(built[org].outDir)).toEqual([]);
  });

  it('makes every breadcrumb a link (each leads to a built page, as checked above)', () => {
    const plain: string[] = [];
    for (const page of built[org].files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
      const crumbs = /<nav class="breadcrumbs"[^>]*>(.*?)<\/nav>/s.exec(readFileSync(join(built[org].outDir, page), 'utf8'))?.[1] ?? '';
      for (const [, item] of crumbs.matchAll(/<li>(.*?)<\/li>/gs)) if (!/^<a href="[^"]+">[^<]+<\/a>$/.test(item!.trim())) plain.push(`${page}: ${item}`);
    }
    expect(plain).toEqual([]);
  });

  it('keeps every page under 50 KB of HTML and CSS', () => {
    const { outDir, files } = built[org];
    const size = (f: string) => statSync(join(outDir, f)).size;
    const css = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.css')).reduce((n, f) => n + size(f), 0);
    const over = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && size(f) + css >= 50 * 1024);
    expect(over.map((f) => `${f}: ${size(f) + css} bytes`)).toEqual([]);
  });

  it('has every built page and feed accepted by the link check, and no near miss that was not built', () => {
    const pathsBuilt = builtPaths(built[org].files);
    const misses = nearMisses(pathsBuilt).filter((p) => !pathsBuilt.includes(p));
    expect(misses.length).toBeGreaterThan(0);
    expect(rejected(built[org].dataDir, [...pathsBuilt, ...misses]).sort()).toEqual([...new Set(misses)].sort());
  });
});

describe('the generated orgs', () => {
  it('cover every kind of page that depends on counts, so the checks above see each', () => {
    const all = (Object.keys(ORGS) as Org[]).flatMap((org) => builtPaths(built[org].files));
    for (const kind of [/^\/people\/page\/2\/$/, /^\/pipelines\/page\/2\/$/, /^\/sla\/2\/$/, /^\/areas\/[^/]+\/2\/$/, /^\/people\/[^/]+\/primary\/$/, /^\/teams\/[^/]+\/(feeds|uses)\/$/, /^\/oncall\/[^/]+\/\d{4}\/$/, /^\/oncall\/rotations\/2\/$/]) {
      expect(all.some((p) => kind.test(p)), String(kind)).toBe(true);
    }
    expect(builtPaths(built.small.files).some((p) => p.startsWith('/sla/'))).toBe(false);
  });
});
