import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSuite, HAS_CHROMIUM, launch, watch } from '../browser/chromium.ts';
import { serveStatic } from '../browser/static-server.ts';
import { buildSite, ROOT } from '../site/build-site.ts';
import { startDev, waitFor, type DevServer } from './dev-server.ts';

const FIXTURE = 'tests/fixtures/site';
const EPOCH = '1795348800';
const SHOTS = join(ROOT, 'test-results/screenshots');

/** Landmarks whose look the preview must share with the built site: the page, the header, the navigation, a table. */
const LANDMARKS = {
  body: ['font-family', 'font-size', 'color', 'background-color', 'margin-top'],
  'header.top': ['background-color', 'border-bottom-width', 'padding-top', 'position'],
  '.brand': ['font-weight', 'color', 'display'],
  'nav[aria-label="Main"] a': ['padding-left', 'border-radius', 'text-decoration-line'],
  'main table': ['border-collapse', 'width', 'font-size'],
  'main table th': ['text-align', 'font-weight', 'padding-left', 'border-bottom-width'],
} as const;

const PAGES = ['/', '/pipelines/aggregate-profit/', '/oncall/'];

type Styles = Record<string, Record<string, string> | null>;

/** The landmarks' computed styles on `url` (null for a landmark the page lacks), and what the console reported. */
async function stylesOf(browser: Browser, url: string, shot?: string): Promise<{ styles: Styles; errors: string[]; sheets: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const page: Page = await context.newPage();
  const { errors } = watch(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const styles = await page.evaluate((landmarks) => {
    const out: Record<string, Record<string, string> | null> = {};
    for (const [selector, properties] of Object.entries(landmarks)) {
      const element = document.querySelector(selector);
      out[selector] = element ? Object.fromEntries(properties.map((p) => [p, getComputedStyle(element).getPropertyValue(p)])) : null;
    }
    return out;
  }, LANDMARKS as unknown as Record<string, string[]>);
  const sheets = await page.evaluate(() => [...document.styleSheets].filter((s) => s.cssRules.length > 0).length);
  if (shot) await page.screenshot({ path: join(SHOTS, shot), fullPage: true });
  await context.close();
  return { styles, errors, sheets };
}

describe.skipIf(!HAS_CHROMIUM)(chromiumSuite('npm run dev in Chromium'), () => {
  let browser: Browser;
  let dev: DevServer;
  let built: { url: string; close: () => Promise<void> };
  // The dev server reads a copy of the fixture, which the last test breaks.
  let data: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    data = mkdtempSync(join(tmpdir(), 'runbooks-dev-styles-'));
    cpSync(join(ROOT, FIXTURE), data, { recursive: true });
    const build = await buildSite('dev-styles', { RUNBOOKS_DATA: FIXTURE, SOURCE_DATE_EPOCH: EPOCH });
    if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    built = await serveStatic(build.outDir);
    dev = await startDev({ RUNBOOKS_DATA: data, SOURCE_DATE_EPOCH: EPOCH });
    // The first request compiles the site's modules.
    await waitFor(`${dev.url}/`, (p) => p.status === 200, 60_000);
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
    await built?.close();
    if (data) rmSync(data, { recursive: true, force: true });
  });

  it('returns pages styled as the built pages are, with no CSP violation, on every page kind', async () => {
    for (const path of PAGES) {
      const preview = await stylesOf(browser, `${dev.url}${path}`, `dev${path.replaceAll('/', '-')}1280.png`);
      const site = await stylesOf(browser, `${built.url}${path}`);
      expect(preview.errors, path).toEqual([]);
      expect(site.errors, path).toEqual([]);
      expect(preview.sheets, path).toBeGreaterThan(0);
      expect(site.styles.body?.['font-family'], path).toContain('system-ui');
      expect(preview.styles, path).toEqual(site.styles);
    }
    // At least one of the pages shows a table, so that the table landmarks were compared.
    const withTable = await Promise.all(PAGES.map(async (path) => (await stylesOf(browser, `${built.url}${path}`)).styles['main table']));
    expect(withTable.some(Boolean)).toBe(true);
  }, 120_000);

  it('returns the calendar feeds from its dev-only routes, as the build writes them', async () => {
    for (const path of ['/oncall/data-platform.ics', '/people/alice.ics']) {
      const response = await fetch(`${dev.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/calendar; charset=utf-8');
      expect(await response.text(), path).toBe(await (await fetch(`${built.url}${path}`)).text());
    }
  });

  it("returns the validator's lines in the site's layout when the data is invalid, without a stack, a source path or an editor link", async () => {
    const file = join(data, 'pipelines/aggregate-growth.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('area: growth', 'area: grwth'));
    const line = `${data}/pipelines/aggregate-growth.yaml:2:7: error: unknown area "grwth" in area;`;
    await waitFor(`${dev.url}/oncall/`, (p) => p.status === 500, 10_000);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    const { errors } = watch(page);
    const response = await page.goto(`${dev.url}/pipelines/aggregate-profit/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(500);
    await page.screenshot({ path: join(SHOTS, 'dev-problems-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SHOTS, 'dev-problems-390.png'), fullPage: true });

    expect(await page.locator('h1').textContent()).toBe('The data has 1 problem');
    expect(await page.locator('pre').textContent()).toContain(line);
    // The site's own header and look.
    expect(await page.locator('header.top nav[aria-label="Main"] a').allTextContents()).toEqual(['Overview', 'On-call']);
    const site = await stylesOf(browser, `${built.url}/`);
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toBe(site.styles.body?.['font-family']);
    // Nothing of the site's internals.
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/\bsrc\/|\.ts\b|\.astro\b|\n\s+at /);
    expect(text).not.toMatch(/open in editor/i);
    expect(await page.locator('a[href*="editor"], a[href^="vscode:"], a[href*="/src/"]').count()).toBe(0);
    // The page answers 500 (so scripts and tools see the failure); only that may show in the console.
    expect(errors.filter((e) => !/status of 500|HTTP 500:/.test(e))).toEqual([]);
    await context.close();
  }, 60_000);
});
