import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, EPOCH_2027_01_03, ROOT, type BuildResult } from './build-site.ts';
import { hashTree, listFiles } from './files.ts';
import { tags, textOf } from './html.ts';
import { brokenLinks } from './internal-links.ts';
import ICAL from 'ical.js';
import { execFileSync, spawnSync } from 'node:child_process';
import type { OncallJson } from '../../src/feeds/oncall-json.ts';

const FIXTURE = 'tests/fixtures/site';
let built: BuildResult;
const page = (path: string) => readFileSync(join(built.outDir, path), 'utf8');
const text = (path: string) => textOf(page(path));
/** The oncall CLI on the fixture, pinned to the same day as the build. */
const runOncall = (args: string[]) =>
  execFileSync(process.execPath, ['.build/cli/oncall.js', '--data', FIXTURE, ...args], {
    cwd: ROOT,
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH_2027_01_03 },
    encoding: 'utf8',
  });

beforeAll(async () => {
  built = await buildSite('fixture', { RUNBOOKS_DATA: FIXTURE, SOURCE_DATE_EPOCH: EPOCH_2027_01_03, TZ: 'Asia/Tokyo' });
  if (built.code !== 0) throw new Error(`fixture build failed:\n${built.stdout}\n${built.stderr}`);
});

describe('astro build', () => {
  it('prints calendar problems as warnings in the validator\'s format and still builds', () => {
    expect(built.stderr).toContain(
      'tests/fixtures/site/rotations/reporting.yaml:4:1: warning: dave covers 2026-W53 and 2027-W01 back to back; no other member is free',
    );
  });

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
      'api/oncall.json',
      'oncall/index.html',
      'oncall/data-platform/index.html',
      'oncall/reporting/index.html',
      'oncall/data-platform.ics',
      'people/alice.ics',
    ]) {
      expect(files).toContain(path);
    }
  });

  it('shows the ownership table grouped by area and the SLA board on the home page', () => {
    const home = text('index.html');
    expect(home).toMatch(/Profit 1 pipeline Aggregate profit \(investors\) Investors Bob Baker Carol Chen Data platform on-call/);
    expect(home).toMatch(/Aggregate growth \(investors\) Investors Carol Chen Dave Diaz Reporting on-call/);
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
    expect(body).toMatch(/Delay in Finance DB sync # Symptoms The morning dashboard shows yesterday as partial Checks Compare row counts with the Finance DB export Fix Re-run the sync task once the export lands/);
    expect(body).toContain('Mismatched transaction IDs across systems');
    expect(html).toContain('href="/teams/finance-data/"');
    expect(html).toContain('href="https://wiki.example.com/finance-data"');
    expect(html).toContain('href="mailto:sales-systems@example.com"');
    expect(body).toMatch(/Critical downstream users .* Investor Relations/);
    expect(body).toMatch(/Primary owner Bob Baker .*Chat: @bob/);
    expect(html).toContain('href="mailto:carol@example.com"');
    // The deadline carries its zone so the script can show it in the reader's time.
    expect(html).toContain('data-cadence="daily" data-tz="UTC" data-deadline="06:00"');
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
    expect(body).toMatch(/Primary owner Alice Archer/);
  });

  it('renders Markdown from the YAML and the .md runbook inert: raw HTML as text, no script, iframe, handler or javascript: link', () => {
    const html = page('pipelines/script-injection/index.html');
    // rehype writes "<" in text as &#x3C;: decoded here, the words are exactly what the YAML says.
    const body = textOf(html).replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    expect(body).toContain('<script>alert(3)</script> and <a href="javascript:alert(4)">a raw link</a>, &lt;b&gt; stays text.');
    expect(body).toContain('Inline <b onclick="alert(6)">HTML</b> shows as text. & entities decode.');
    expect(body).toContain('<div onmouseover="alert(7)">A raw block</div>');
    expect(body).toContain('Recovery <iframe src="https://evil.example"></iframe>');
    const all = tags(html);
    expect(all.filter((t) => ['iframe', 'img', 'b', 'div'].includes(t.name) && t.attrs.onmouseover !== undefined)).toEqual([]);
    expect(all.filter((t) => t.name === 'iframe' || t.name === 'img')).toEqual([]);
    expect(all.filter((t) => Object.keys(t.attrs).some((a) => a.startsWith('on')))).toEqual([]);
    expect(all.filter((t) => /^\s*javascript:/i.test(t.attrs.href ?? ''))).toEqual([]);
    // The .md's headings sit below the page's h2 "Runbook", with anchors.
    expect(html).toMatch(/<h2 id="runbook">Runbook<\/h2>/);
    expect(html).toMatch(/<h3 id="recovery-iframe-srchttpsevilexampleiframe">/);
  });

  it('shows the description, links by kind, issues as sections with anchors, and highlighted code without inline styles', () => {
    const html = page('pipelines/aggregate-growth/index.html');
    const body = textOf(html);
    expect(html).toContain('<meta name="description" content="Weekly growth for the investor report.">');
    expect(body).toMatch(/Orchestrator Growth DAG .*Dashboard Growth board/);
    expect(html).toContain('<a href="https://airflow.example.com/dags/growth" rel="noopener noreferrer">Growth DAG</a>');
    expect(html).toMatch(/<section class="issue" id="missing-churn-events"/);
    expect(html).toMatch(/<span class="cl-[0-9a-f]{6} cd-[0-9a-f]{6}">select<\/span>/);
    expect(html).toContain(`<link rel="stylesheet" href="/code.css">`);
    expect(page('code.css')).toMatch(/\.markdown \.cl-d73a49\{color:#d73a49\}/);
    // Site-relative links in Markdown are checked by validate and follow the base path.
    expect(html).toContain('<a href="/people/alice/">Alice</a>');
  });

  it('gives the runbook a "Who to call" block in order: on call now, primary, secondary, upstream teams', () => {
    const body = text('pipelines/aggregate-growth/index.html');
    expect(body).toMatch(/Who to call On call now · Reporting on-call Dave Diaz .* Primary owner Carol Chen .* Secondary owner Dave .* For input problems: the upstream teams Customer Data Platform/);
  });

  it('gives a person with phone and slack a tel: link with the E.164 digits and a link to a Slack direct message in "Who to call"', () => {
    const html = page('pipelines/aggregate-growth/index.html');
    expect(html).toContain('<a class="tel" href="tel:+442079460958">Call +44 20 7946 0958</a>');
    // No slackTeam in the fixture's site.yaml: the DM opens through Slack's https redirect.
    expect(html).toContain('<a href="https://slack.com/app_redirect?channel=U0CAROL01" rel="noopener">Slack @carol</a>');
    // The local time is written by the page script; without it the zone is shown.
    expect(html).toContain('<li class="muted" data-local-time="America/New_York">Works in America/New_York</li>');
    // Bob has a chat handle and no Slack id: plain text, as before.
    expect(text('pipelines/aggregate-profit/index.html')).toContain('Chat: @bob');
  });

  it('flags overdue reviews: a banner on the runbook, a list on the home page, warnings in the build log', () => {
    expect(text('pipelines/aggregate-growth/index.html')).toContain('Review overdue: last reviewed on Mon 1 Jun 2026 , due Sat 28 Nov 2026 .');
    expect(text('pipelines/aggregate-profit/index.html')).toContain('Review overdue: this runbook has never been reviewed.');
    // Never reviewed first, then the oldest review.
    expect(text('index.html')).toMatch(/2 runbook reviews overdue Aggregate profit \(investors\) : never reviewed Aggregate growth \(investors\) : last reviewed on Mon 1 Jun 2026, due Sat 28 Nov 2026/);
    expect(built.stderr).toContain('tests/fixtures/site/pipelines/aggregate-growth.yaml:');
    expect(built.stderr).toMatch(/aggregate-growth\.yaml:\d+:\d+: warning: review overdue: last reviewed on 2026-06-01/);
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
    expect(body).toContain('Mon 1 Feb 2027 – Fri 5 Feb 2027 · Skiing');
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
      summary: null,
      description: null,
      area: 'profit',
      audience: 'investors',
      owners: { primary: 'bob', secondary: 'carol' },
      rotation: 'data-platform',
      rotations: ['data-platform'],
      links: [],
      reviewed: null,
      upstream: ['sales-systems', 'finance-data'],
      downstream: ['investor-relations'],
      commonIssues: [
        {
          id: 'delay-in-finance-db-sync',
          title: 'Delay in Finance DB sync',
          symptoms: 'The morning dashboard shows yesterday as partial',
          checks: 'Compare row counts with the Finance DB export',
          fix: 'Re-run the sync task once the export lands',
          url: '/pipelines/aggregate-profit/#delay-in-finance-db-sync',
        },
        {
          id: 'mismatched-transaction-ids-across-systems',
          title: 'Mismatched transaction IDs across systems',
          url: '/pipelines/aggregate-profit/#mismatched-transaction-ids-across-systems',
        },
      ],
      sla: {
        delivery: { cadence: 'daily', deadline: '06:00', timezone: 'UTC', businessDays: false },
        targets: [{ metric: 'accuracy', operator: 'within', percent: 1, reference: 'Finance DB' }],
      },
      runbook: null,
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

  it('keeps every page under 50 KB of HTML and CSS, and the scripts any page loads under 10 KB', () => {
    const files = listFiles(built.outDir);
    const size = (f: string) => statSync(join(built.outDir, f)).size;
    const css = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.css'));
    const cssBytes = css.reduce((n, f) => n + size(f), 0);
    // A page's scripts: those it names, and the chunks they import (paths.js), each once.
    const scriptsOf = (html: string) => {
      const seen = new Set<string>();
      const add = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const m of readFileSync(join(built.outDir, file), 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"/g)) add(`_astro/${m[1]}`);
      };
      for (const m of html.matchAll(/<script[^>]*\bsrc="\/(_astro\/[^"]+\.js)"/g)) add(m[1]!);
      return [...seen];
    };
    let largest = 0;
    for (const f of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
      expect(size(f) + cssBytes, f).toBeLessThan(50 * 1024);
      const js = scriptsOf(readFileSync(join(built.outDir, f), 'utf8')).reduce((n, s) => n + size(s), 0);
      expect(js, f).toBeLessThan(10 * 1024);
      largest = Math.max(largest, js);
    }
    // Every page loads the site script, so this checks something on every page.
    expect(largest).toBeGreaterThan(5 * 1024);
  });

  it('links every page only to pages, feeds and assets that exist', () => {
    expect(listFiles(built.outDir).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(10);
    expect(brokenLinks(built.outDir)).toEqual([]);
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

describe('astro build: on-call', () => {
  // Built as of Sun 3 Jan 2027 00:00 UTC: 2026-W53, whose data-platform shift (hand-off 09:00)
  // runs from Mon 28 Dec 09:00 to Mon 4 Jan 09:00.
  it('shows who is on call now and next for each rotation on the home page', () => {
    const home = text('index.html');
    // With how to reach this week's engineer, and the next one's ready for the page script.
    expect(home).toMatch(/On call now .*Data platform on-call On call now Bob Baker until Mon 4 Jan 09:00 UTC Chat: @bob https:\/\/chat.example.com\/alice Next: Alice Archer from Mon 4 Jan 09:00 UTC/);
    expect(home).toMatch(/Reporting on-call On call now Dave Diaz until Mon 4 Jan 09:00 UTC No phone or chat on file Next: Dave Diaz from Mon 4 Jan 09:00 UTC/);
    expect(page('index.html')).toContain('<div data-contacts-for="alice" hidden>');
  });

  it('says above the on-call calendars the weeks they show: the overview window within the 2 weeks back and 6 ahead of site.yaml', () => {
    expect(text('oncall/index.html')).toContain('On-call calendar 2 weeks back to 6 weeks ahead. Weeks start on Monday in UTC');
    // Each inline calendar has 2 + 1 + 6 rows: the subtitle and the table agree.
    expect(tags(page('oncall/index.html')).filter((t) => t.name === 'tr' && t.attrs.id?.startsWith('data-platform-'))).toHaveLength(9);
  });

  it('flags calendar problems on the home page', () => {
    const home = text('index.html');
    // Named as the page names people, not by id.
    expect(home).toMatch(/1 on-call problem ahead Reporting on-call, 2027-W01 ?: Dave Diaz covers 2026-W53 and 2027-W01 back to back/);
    expect(page('index.html')).toContain('href="/oncall/reporting/#reporting-2027-W01"');
  });

  it('lists every week from pastWeeks back to futureWeeks ahead with its engineer and reason', () => {
    const html = page('oncall/index.html');
    const body = textOf(html);
    const rows = tags(html).filter((t) => t.name === 'tr' && t.attrs.id?.startsWith('data-platform-'));
    expect(rows.map((r) => r.attrs.id)).toEqual(
      ['2026-W51', '2026-W52', '2026-W53', '2027-W01', '2027-W02', '2027-W03', '2027-W04', '2027-W05', '2027-W06'].map((w) => `data-platform-${w}`),
    );
    expect(body).toMatch(/2026-W51 Mon 14 Dec 09:00 Mon 21 Dec 09:00 Carol Chen Rotation/);
    expect(body).toMatch(
      /2026-W53 Mon 28 Dec 09:00 Mon 4 Jan 09:00 Bob Baker Override replaces Alice Archer ISO 2026 has 53 weeks; Bob takes 2026-W53 so Alice does not cover two weeks in a row/,
    );
    expect(body).toMatch(/2027-W05 Mon 1 Feb 09:00 Mon 8 Feb 09:00 Bob Baker Holiday swap covers for Alice Archer, who is on holiday; Alice Archer takes 2027-W06 in return/);
    expect(body).toMatch(/2027-W06 Mon 8 Feb 09:00 Mon 15 Feb 09:00 Alice Archer Holiday swap takes this week from Bob Baker, who covered 2027-W05 while Alice Archer was on holiday/);
  });

  it('marks the build\'s week as current, earlier weeks as past and problem weeks as problems', () => {
    const rows = new Map(tags(page('oncall/index.html')).filter((t) => t.name === 'tr' && t.attrs.id).map((t) => [t.attrs.id, t.attrs]));
    expect(rows.get('data-platform-2026-W52')?.class).toBe('past');
    expect(rows.get('data-platform-2026-W53')).toMatchObject({ class: 'current', 'aria-current': 'date' });
    expect(rows.get('data-platform-2027-W01')?.class).toBeUndefined();
    expect(rows.get('reporting-2027-W01')?.class).toBe('problem');
    // The rows carry their instants, so the page script can move the highlight as time passes.
    expect(rows.get('data-platform-2026-W53')).toMatchObject({ 'data-start': String(Date.UTC(2026, 11, 28, 9)), 'data-end': String(Date.UTC(2027, 0, 4, 9)) });
    // Named as the page names people, not by id.
    expect(text('oncall/index.html')).toMatch(/1 calendar problem 2027-W01 ?: Dave Diaz covers 2026-W53 and 2027-W01 back to back/);
  });

  it('shows no hours and no covers for a rotation without them, and loads only the site script there', () => {
    const html = page('oncall/data-platform/index.html');
    expect(html).not.toMatch(/data-hours|data-window|Covers in/);
    expect(tags(html).filter((t) => t.name === 'script').map((t) => t.attrs.src)).toEqual([expect.stringMatching(/^\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/)]);
  });

  it('shows a fairness table per rotation', () => {
    expect(text('oncall/data-platform/index.html')).toMatch(
      /Fairness .*Alice Archer 2026 0 0 0 0 0 0 Bob Baker 2026 1 168 48 0 0 1 Carol Chen 2026 1 168 48 0 0 0 Dave Diaz 2026 1 168 48 0 0 0 Alice Archer 2027 2 336 96 1 0 0 Bob Baker 2027 2 336 96 0 1 0/,
    );
  });

  it('shows who is on call now on a runbook', () => {
    expect(text('pipelines/aggregate-profit/index.html')).toMatch(/On call now .*Bob Baker until Mon 4 Jan 09:00 UTC .*Next: Alice Archer/);
    expect(text('pipelines/aggregate-growth/index.html')).toMatch(/On call now .*Dave Diaz/);
  });

  it("lists a person's next on-call weeks with https and webcal feed links", () => {
    const html = page('people/alice/index.html');
    expect(textOf(html)).toMatch(/Next on-call weeks .*2027-W01 Mon 4 Jan 09:00 Mon 11 Jan 09:00 Data platform on-call Rotation 2027-W06 .*Holiday swap/);
    const links = tags(html).filter((t) => t.name === 'a' && t.attrs.href === '/people/alice.ics');
    expect(links.map((l) => 'data-webcal' in l.attrs)).toEqual([true, false]);
  });

  it('serves /api/oncall.json exactly as `npm run oncall -- --format json` prints the same weeks', () => {
    const cli = runOncall(['--from', '2026-12-14', '--weeks', '9', '--format', 'json']);
    expect(page('api/oncall.json')).toBe(cli);
  });

  it('serves each rotation as an iCalendar feed equal to the CLI\'s, with one event per week', () => {
    const ics = page('oncall/data-platform.ics');
    expect(ics).toBe(runOncall(['--rotation', 'data-platform', '--from', '2026-12-14', '--weeks', '9', '--format', 'ics']));
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()])).toEqual(
      (JSON.parse(page('api/oncall.json')) as OncallJson).rotations[0]!.weeks.map((w) => [
        `On call: ${{ alice: 'Alice Archer', bob: 'Bob Baker', carol: 'Carol Chen', dave: 'Dave Diaz' }[w.engineer]} (Data platform on-call)`,
        w.start.replace('Z', '.000Z'),
      ]),
    );
  });

  it('serves feeds that `npm run drift` finds in agreement with every rotation over all the weeks they publish', () => {
    for (const rotation of ['data-platform', 'reporting']) {
      const r = spawnSync(process.execPath, ['.build/cli/drift.js', '--data', FIXTURE, '--ics', join(built.outDir, `oncall/${rotation}.ics`), '--rotation', rotation, '--from', '2026-12-14', '--weeks', '9'], {
        cwd: ROOT,
        env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH_2027_01_03 },
        encoding: 'utf8',
      });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^No drift: the feed agrees with rotation ${rotation} .*, 9 events\\.\\n$`));
    }
  });

  it("serves a person's shifts across rotations as an iCalendar feed", () => {
    const events = new ICAL.Component(ICAL.parse(page('people/carol.ics'))).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.uid)).toEqual([
      'data-platform-2026-W51@pipeline-runbooks',
      'reporting-2026-W52@pipeline-runbooks',
      'reporting-2027-W02@pipeline-runbooks',
      'data-platform-2027-W03@pipeline-runbooks',
      'reporting-2027-W04@pipeline-runbooks',
      'reporting-2027-W06@pipeline-runbooks',
    ]);
  });
});

describe('astro build with invalid data', () => {
  it("fails with the validator's PATH:LINE:COL messages and no stack trace", async () => {
    const result = await buildSite('invalid', { RUNBOOKS_DATA: 'tests/fixtures/site-invalid', SOURCE_DATE_EPOCH: EPOCH_2027_01_03 });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'tests/fixtures/site-invalid/pipelines/aggregate-profit.yaml:5:12: error: unknown person "engineer-x" in owners.primary; did you mean "engineer-a"? known people: engineer-a, engineer-b; if "engineer-x" is a new person, add them to people.yaml first (- id: engineer-x, with their name)\n',
    );
    expect(result.stderr).toContain(
      'tests/fixtures/site-invalid/pipelines/unit-level-profit.yaml:6:3: error: unknown key "secondery" in owners; did you mean "secondary"? known keys: primary, secondary\n',
    );
    // Exactly what `npm run validate` prints, summary line included.
    const validate = spawnSync(process.execPath, ['.build/cli/validate.js', '--data', 'tests/fixtures/site-invalid'], { cwd: ROOT, encoding: 'utf8' });
    expect(validate.status).toBe(1);
    expect(result.stderr).toContain(validate.stdout);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  }, 120_000);
});

describe('astro build --base (a site served under a path, as a GitHub Pages project site is)', () => {
  it('links every page, feed, asset and search result under the base', async () => {
    const result = await buildSite('base', { RUNBOOKS_DATA: FIXTURE, SOURCE_DATE_EPOCH: EPOCH_2027_01_03 }, ['--base', '/runbooks/']);
    expect(result.code, result.stderr).toBe(0);
    expect(brokenLinks(result.outDir, '/runbooks/')).toEqual([]);
    const home = readFileSync(join(result.outDir, 'index.html'), 'utf8');
    expect(home).toContain('<link rel="icon" href="/runbooks/favicon.svg"');
    expect(home).toMatch(/<form class="search-box" role="search" action="\/runbooks\/search\/"/);
    expect(home).toMatch(/<link rel="stylesheet" href="\/runbooks\/_astro\//);
    const api = JSON.parse(readFileSync(join(result.outDir, 'api/pipelines.json'), 'utf8')) as { pipelines: { id: string; url: string }[] };
    expect(api.pipelines.every((p) => p.url === `/runbooks/pipelines/${p.id}/`)).toBe(true);
    // The page script finds Pagefind under the base.
    const scripts = listFiles(result.outDir).filter((f) => f.startsWith('_astro/') && f.endsWith('.js'));
    expect(scripts.map((f) => readFileSync(join(result.outDir, f), 'utf8')).join('\n')).toContain('/runbooks/');
  }, 120_000);
});
