import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, EPOCH_2027_01_03, type BuildResult } from './build-site.ts';
import { hashTree, listFiles } from './files.ts';
import { tags, textOf } from './html.ts';

const FIXTURE = 'tests/fixtures/site';
let built: BuildResult;
const page = (path: string) => readFileSync(join(built.outDir, path), 'utf8');
const text = (path: string) => textOf(page(path));

beforeAll(async () => {
  built = await buildSite('fixture', { RUNBOOKS_DATA: FIXTURE, SOURCE_DATE_EPOCH: EPOCH_2027_01_03, TZ: 'Asia/Tokyo' });
  if (built.code !== 0) throw new Error(`fixture build failed:\n${built.stdout}\n${built.stderr}`);
});

describe('astro build', () => {
  it('writes a page for each pipeline, person and team, and the home page', () => {
    const files = listFiles(built.outDir);
    for (const path of [
      'index.html',
      'pipelines/aggregate-profit/index.html',
      'pipelines/aggregate-growth/index.html',
      'pipelines/script-injection/index.html',
      'people/alice/index.html',
      'people/dave/index.html',
      'teams/finance-data/index.html',
      'teams/customer-data-platform/index.html',
      'areas/profit/index.html',
      'search/index.html',
      'api/pipelines.json',
    ]) {
      expect(files).toContain(path);
    }
  });

  it('shows the ownership table grouped by area and the SLA board on the home page', () => {
    const home = text('index.html');
    expect(home).toMatch(/Profit 1 pipeline Aggregate profit \(investors\) Investors Bob Baker Carol Chen Data platform on-call/);
    expect(home).toMatch(/Growth 2 pipelines/);
    expect(home).toContain('Daily by 06:00 UTC');
    expect(home).toContain('Accuracy within 1% of Finance DB');
    expect(home).toContain('Daily by 07:30 America/New_York');
    expect(home).toContain('Completeness > 98%');
  });

  it('renders a runbook with owners, contacts, common issues, teams and the SLA in words', () => {
    const html = page('pipelines/aggregate-profit/index.html');
    const body = text('pipelines/aggregate-profit/index.html');
    expect(body).toContain('SLA & agreements');
    expect(body).toContain('Daily by 06:00 UTC');
    expect(body).toContain('Accuracy within 1% of Finance DB');
    expect(body).toMatch(/Delay in Finance DB sync Symptoms The morning dashboard shows yesterday as partial Checks Compare row counts with the Finance DB export Fix Re-run the sync task once the export lands/);
    expect(body).toContain('Mismatched transaction IDs across systems');
    expect(html).toContain('href="/teams/finance-data/"');
    expect(html).toContain('href="https://wiki.example.com/finance-data"');
    expect(html).toContain('href="mailto:sales-systems@example.com"');
    expect(body).toMatch(/Critical downstream users .* Investor Relations/);
    expect(body).toMatch(/Primary Bob Baker .*Chat: @bob/);
    expect(html).toContain('href="mailto:carol@example.com"');
    // The deadline carries its zone so the script can show it in the reader's time.
    expect(html).toContain('data-deadline="06:00" data-tz="UTC"');
  });

  it('writes targets with their operators in words', () => {
    const body = text('pipelines/aggregate-growth/index.html');
    expect(body).toContain('Completeness > 98%');
    expect(body).toContain('Freshness ≥ 99.5%');
  });

  it('links each data page to its YAML file when site.yaml has a repository', () => {
    expect(page('pipelines/aggregate-profit/index.html')).toContain(
      'href="https://github.com/acme/runbooks/edit/main/tests/fixtures/site/pipelines/aggregate-profit.yaml"',
    );
    expect(page('people/alice/index.html')).toContain('href="https://github.com/acme/runbooks/edit/main/tests/fixtures/site/people.yaml"');
    expect(page('teams/finance-data/index.html')).toContain('href="https://github.com/acme/runbooks/edit/main/tests/fixtures/site/teams.yaml"');
  });

  it('says that runbooks are kept for investor-facing pipelines on an experiments pipeline', () => {
    const body = text('pipelines/script-injection/index.html');
    expect(body).toContain('Runbooks are kept for investor-facing pipelines');
    expect(body).toMatch(/Primary Alice Archer/);
  });

  it('renders markup from the YAML as text', () => {
    for (const path of ['pipelines/script-injection/index.html', 'index.html', 'people/alice/index.html', 'areas/growth/index.html']) {
      const html = page(path);
      expect(html, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(textOf(html), path).toContain('<script>alert(1)</script>');
      // The only elements are the site's own: no script without src, no img from the data.
      expect(tags(html).filter((t) => t.name === 'script' && !t.attrs.src), path).toEqual([]);
      expect(tags(html).filter((t) => t.name === 'img'), path).toEqual([]);
    }
    expect(text('pipelines/script-injection/index.html')).toContain('<img src=x onerror=alert(2)>');
  });

  it('lists what a person owns, their contacts and their holidays', () => {
    const html = page('people/alice/index.html');
    const body = text('people/alice/index.html');
    expect(html).toContain('href="mailto:alice@example.com"');
    expect(html).toContain('href="https://chat.example.com/alice"');
    expect(body).toContain('Works in Europe/Berlin');
    expect(body).toMatch(/Primary owner .*<script>alert\(1\)<\/script>.* Secondary owner/);
    expect(body).toContain('Mon 18 Jan 2027 – Fri 22 Jan 2027 · Skiing');
  });

  it('lists the pipelines a team feeds and depends on', () => {
    const feeds = text('teams/finance-data/index.html');
    expect(feeds).toMatch(/Feeds \(upstream of\) .*Aggregate profit \(investors\).* Depends on \(downstream of\) .*No pipelines\./);
    const uses = text('teams/investor-relations/index.html');
    expect(uses).toMatch(/Feeds \(upstream of\) .*No pipelines\. .*Depends on \(downstream of\) .*Aggregate growth \(investors\).*Aggregate profit \(investors\)/);
  });

  it('serves every pipeline with its validated fields in /api/pipelines.json', () => {
    const api = JSON.parse(page('api/pipelines.json')) as { pipelines: Record<string, unknown>[] };
    expect(api.pipelines.map((p) => p.id)).toEqual(['aggregate-growth', 'aggregate-profit', 'script-injection']);
    expect(api.pipelines[1]).toEqual({
      id: 'aggregate-profit',
      name: 'Aggregate profit (investors)',
      area: 'profit',
      audience: 'investors',
      owners: { primary: 'bob', secondary: 'carol' },
      rotation: 'data-platform',
      upstream: ['sales-systems', 'finance-data'],
      downstream: ['investor-relations'],
      commonIssues: [
        {
          title: 'Delay in Finance DB sync',
          symptoms: 'The morning dashboard shows yesterday as partial',
          checks: 'Compare row counts with the Finance DB export',
          fix: 'Re-run the sync task once the export lands',
        },
        { title: 'Mismatched transaction IDs across systems' },
      ],
      sla: {
        delivery: { cadence: 'daily', deadline: '06:00', timezone: 'UTC' },
        targets: [{ metric: 'accuracy', operator: 'within', percent: 1, reference: 'Finance DB' }],
      },
      url: '/pipelines/aggregate-profit/',
      file: 'pipelines/aggregate-profit.yaml',
    });
  });

  it('gives every page a Content-Security-Policy and no inline script, style or event handler', () => {
    const pages = listFiles(built.outDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const all = tags(page(path));
      const csp = all.find((t) => t.name === 'meta' && t.attrs['http-equiv'] === 'Content-Security-Policy');
      expect(csp?.attrs.content, path).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; /);
      for (const script of all.filter((t) => t.name === 'script')) expect(script.attrs.src, path).toMatch(/^\/_astro\/[^"]+\.js$/);
      expect(all.filter((t) => t.name === 'style'), path).toEqual([]);
      for (const t of all) expect(Object.keys(t.attrs).filter((a) => a === 'style' || a.startsWith('on')), `${path} <${t.name}>`).toEqual([]);
    }
  });

  it('keeps every page under 50 KB of HTML and CSS, and the site script under 10 KB', () => {
    const files = listFiles(built.outDir);
    const size = (f: string) => statSync(join(built.outDir, f)).size;
    const css = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.css'));
    const cssBytes = css.reduce((n, f) => n + size(f), 0);
    for (const f of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
      expect(size(f) + cssBytes, f).toBeLessThan(50 * 1024);
    }
    const js = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.js')).reduce((n, f) => n + size(f), 0);
    expect(js).toBeGreaterThan(0);
    expect(js).toBeLessThan(10 * 1024);
  });

  it('indexes the runbooks for search with Pagefind', () => {
    const files = listFiles(built.outDir);
    expect(files).toContain('pagefind/pagefind.js');
    expect(files).toContain('pagefind/pagefind-ui.js');
    expect(files.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
  });

  it('builds byte-identical output under another TZ with the same SOURCE_DATE_EPOCH', async () => {
    const again = await buildSite('fixture-la', { RUNBOOKS_DATA: FIXTURE, SOURCE_DATE_EPOCH: EPOCH_2027_01_03, TZ: 'America/Los_Angeles' });
    expect(again.code, again.stderr).toBe(0);
    expect(hashTree(again.outDir)).toEqual(hashTree(built.outDir));
  }, 180_000);
});

describe('astro build with invalid data', () => {
  it("fails with the validator's PATH:LINE:COL messages and no stack trace", async () => {
    const result = await buildSite('invalid', { RUNBOOKS_DATA: 'tests/fixtures/site-invalid', SOURCE_DATE_EPOCH: EPOCH_2027_01_03 });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'tests/fixtures/site-invalid/pipelines/aggregate-profit.yaml:5:12: error: unknown person "engineer-x" in owners.primary; did you mean "engineer-a"? known people: engineer-a, engineer-b\n',
    );
    expect(result.stderr).toContain(
      'tests/fixtures/site-invalid/pipelines/unit-level-profit.yaml:6:3: error: unknown key "secondery" in owners; did you mean "secondary"? known keys: primary, secondary\n',
    );
    expect(result.stderr).toContain('3 problems in 2 files');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  }, 120_000);
});
