import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { HAS_CHROMIUM, launch } from '../browser/chromium.ts';
import { get, startDev, waitFor, type DevServer } from './dev-server.ts';

const FIXTURE = new URL('../fixtures/site/', import.meta.url).pathname;
/** The issue's promise: a saved edit shows within 2 s, without a restart. */
const WITHIN = 2000;
/**
 * The browser test is about pages reloading by themselves; on a loaded machine Chromium's reload and
 * render add their own time, so it allows more (the HTTP test above holds the server to 2 s).
 */
const BROWSER_WITHIN = 5000;

let data: string;
let dev: DevServer;
const file = (name: string) => join(data, name);
const edit = (name: string, from: string, to: string) => {
  const text = readFileSync(file(name), 'utf8');
  if (!text.includes(from)) throw new Error(`${name} does not contain ${from}`);
  writeFileSync(file(name), text.replace(from, to));
};

describe('npm run dev follows the data', () => {
  beforeAll(async () => {
    // A copy of a fixture (never data/), broken from the start: the server must start anyway.
    data = mkdtempSync(join(tmpdir(), 'runbooks-dev-'));
    cpSync(FIXTURE, data, { recursive: true });
    edit('pipelines/aggregate-growth.yaml', 'area: growth', 'area: grwth');
    dev = await startDev({ RUNBOOKS_DATA: data, SOURCE_DATE_EPOCH: '1795348800' });
  }, 120_000);
  afterAll(async () => {
    await dev?.stop();
    if (data) rmSync(data, { recursive: true, force: true });
  });

  it('returns the validator messages on every page when it starts with invalid data, and prints them', async () => {
    const message = `${data}/pipelines/aggregate-growth.yaml:2:7: error: unknown area "grwth" in area;`;
    for (const path of ['/', '/oncall/', '/pipelines/aggregate-profit/', '/no-such-page/']) {
      const page = await get(`${dev.url}${path}`);
      expect(page.status, path).toBe(500);
      expect(page.text).toContain(message.replaceAll('"', '&quot;'));
    }
    const feed = await get(`${dev.url}/oncall/reporting.ics`);
    expect(feed).toEqual({ status: 500, text: expect.stringContaining(message) });
    expect(dev.output()).toContain(message);
  });

  it('returns the site within 2 s of the fix, then each edit, new pipeline, removal and breakage in turn', async () => {
    const growth = `${dev.url}/pipelines/aggregate-growth/`;
    edit('pipelines/aggregate-growth.yaml', 'area: grwth', 'area: growth');
    // The first page after start-up compiles the site's modules: not what the 2 s promise is about.
    await waitFor(growth, (p) => p.status === 200, 60_000);
    const timings: Record<string, number> = {};

    edit('pipelines/aggregate-growth.yaml', 'name: Aggregate growth (investors)', 'name: Growth renamed (investors)');
    timings.edit = await waitFor(growth, (p) => p.status === 200 && p.text.includes('<h1>Growth renamed (investors)</h1>'), WITHIN);

    const added = `${dev.url}/pipelines/weekly-growth/`;
    expect((await get(added)).status).toBe(404);
    writeFileSync(file('pipelines/weekly-growth.yaml'), readFileSync(file('pipelines/aggregate-growth.yaml'), 'utf8').replace('name: Growth renamed (investors)', 'name: Weekly growth'));
    timings.added = await waitFor(added, (p) => p.status === 200 && p.text.includes('<h1>Weekly growth</h1>'), WITHIN);
    expect((await get(`${dev.url}/`)).text).toContain('Weekly growth');

    rmSync(file('pipelines/weekly-growth.yaml'));
    timings.removed = await waitFor(added, (p) => p.status === 404, WITHIN);
    expect((await get(`${dev.url}/`)).text).not.toContain('Weekly growth');

    // A renamed file: the pipeline moves to its new id, the old page is gone.
    renameSync(file('pipelines/aggregate-profit.yaml'), file('pipelines/profit-renamed.yaml'));
    timings.renamed = await waitFor(`${dev.url}/pipelines/profit-renamed/`, (p) => p.status === 200, WITHIN);
    expect((await get(`${dev.url}/pipelines/aggregate-profit/`)).status).toBe(404);
    renameSync(file('pipelines/profit-renamed.yaml'), file('pipelines/aggregate-profit.yaml'));
    await waitFor(`${dev.url}/pipelines/aggregate-profit/`, (p) => p.status === 200, WITHIN);

    edit('pipelines/aggregate-growth.yaml', 'owners:\n  primary: carol', 'owners:\n  primary: carol\n  primary: dave');
    // The duplicate key's own line, read from the file, so the fixture may grow above it.
    const duplicate = readFileSync(file('pipelines/aggregate-growth.yaml'), 'utf8').split('\n').indexOf('  primary: dave') + 1;
    const brokenAt = `${data}/pipelines/aggregate-growth.yaml:${duplicate}:3: error: duplicate key`;
    timings.broken = await waitFor(growth, (p) => p.status === 500 && p.text.includes(brokenAt), WITHIN);
    expect(dev.output()).toContain(brokenAt);

    edit('pipelines/aggregate-growth.yaml', '\n  primary: dave', '');
    timings.fixed = await waitFor(growth, (p) => p.status === 200 && p.text.includes('<h1>Growth renamed (investors)</h1>'), WITHIN);
    // Two saves within 50 ms (an editor, then a formatter on save): Vite's watcher reports only the first.
    edit('pipelines/aggregate-growth.yaml', 'name: Growth renamed (investors)', 'name: Growth draft');
    edit('pipelines/aggregate-growth.yaml', 'name: Growth draft', 'name: Growth saved twice (investors)');
    timings.twice = await waitFor(growth, (p) => p.text.includes('<h1>Growth saved twice (investors)</h1>'), WITHIN);
    edit('pipelines/aggregate-growth.yaml', 'name: Growth saved twice (investors)', 'name: Growth renamed (investors)');
    await waitFor(growth, (p) => p.text.includes('<h1>Growth renamed (investors)</h1>'), WITHIN);

    // A calendar problem (Dave's back-to-back 2026-W53 and 2027-W01 in the reporting rotation comes into view) stays a warning, as in the build.
    edit('site.yaml', 'futureWeeks: 6', 'futureWeeks: 8');
    await waitFor(`${dev.url}/oncall/reporting/`, (p) => p.status === 200 && p.text.includes('2027-W01'), WITHIN);
    expect(dev.output()).toMatch(new RegExp(`${data}/rotations/reporting\\.yaml:\\d+:\\d+: warning: dave covers 2026-W53 and 2027-W01 back to back`));
    expect((await get(growth)).status).toBe(200);
    edit('site.yaml', 'futureWeeks: 8', 'futureWeeks: 6');

    console.log(`npm run dev: ${Object.entries(timings).map(([what, ms]) => `${what} ${Math.round(ms)} ms`).join(', ')}`);
  }, 120_000);

  it.skipIf(!HAS_CHROMIUM)('reloads an open page by itself on a valid edit, a broken file and the fix', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const log: string[] = [];
      page.on('console', (m) => log.push(`${Date.now()} console ${m.text()}`));
      page.on('framenavigated', (f) => log.push(`${Date.now()} navigated ${f.url()}`));
      // What the page did, when the test fails: which reloads happened and when.
      onTestFailed(() => console.log(log.join('\n')));
      await page.goto(`${dev.url}/pipelines/aggregate-growth/`);
      const heading = () => page.locator('h1').first().textContent({ timeout: WITHIN });
      expect(await heading()).toBe('Growth renamed (investors)');
      // Vite's client must be connected before the edit, or there is nobody to tell.
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('@vite/client')));
      await new Promise((r) => setTimeout(r, 300));

      edit('pipelines/aggregate-growth.yaml', 'name: Growth renamed (investors)', 'name: Growth live (investors)');
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Growth live (investors)', undefined, { timeout: BROWSER_WITHIN });

      edit('pipelines/aggregate-growth.yaml', 'area: growth', 'area: grwth');
      await page.waitForFunction(() => document.querySelector('pre')?.textContent?.includes('error: unknown area "grwth"'), undefined, { timeout: BROWSER_WITHIN });

      edit('pipelines/aggregate-growth.yaml', 'area: grwth', 'area: growth');
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Growth live (investors)', undefined, { timeout: BROWSER_WITHIN });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
