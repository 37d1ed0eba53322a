import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, type BuiltSite } from './built-site.ts';
import { chromiumSuite, HAS_CHROMIUM, watch } from './chromium.ts';

// The team fixture's site (tests/fixtures/team) built with `--base /runbooks/` as of Wed 23 Dec 2026 12:00 UTC (2026-W52), and served
// only under /runbooks/, as a GitHub Pages project site is: anything linked from the root is a 404.
const BUILT_AT = '1798027200';

let site: BuiltSite | undefined;
let browser: Browser;
let server: { url: string };

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  site = await buildAndServe('browser-base', { RUNBOOKS_DATA: 'tests/fixtures/team', SOURCE_DATE_EPOCH: BUILT_AT }, '/runbooks/');
  ({ browser } = site);
  server = site;
}, 120_000);

afterAll(async () => {
  await site?.close();
});

describe.skipIf(!HAS_CHROMIUM)(chromiumSuite('the site under a base path, in Chromium'), () => {
  it('navigates, searches and follows the clock with every link and request under the base', async () => {
    const context = await browser.newContext({ timezoneId: 'UTC' });
    const page = await context.newPage();
    const { errors } = watch(page);
    // Mon 18 Jan 2027 00:00 UTC: the hand-off to 2027-W03 (Engineer C), weeks after the build.
    await page.clock.install({ time: new Date('2027-01-18T00:00:00Z') });

    await page.goto(`${server.url}/runbooks/`);
    expect(await page.locator('h1').textContent()).toBe('Team Runbooks (test fixture)');
    // The page script rewrites the on-call link for today; it must stay under the base.
    expect(await page.locator('.oncall-card [data-now]').first().getAttribute('href')).toBe('/runbooks/people/engineer-c/');
    await page.getByRole('link', { name: 'Aggregate profit (investors)' }).first().click();
    await page.waitForURL('**/runbooks/pipelines/aggregate-profit/');
    expect(await page.locator('h1').textContent()).toBe('Aggregate profit (investors)');

    await page.getByRole('searchbox', { name: 'Search runbooks' }).fill('churn');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/runbooks/search/?q=churn');
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor();
    expect(await first.textContent()).toBe('Aggregate growth (investors)');
    expect(await first.getAttribute('href')).toBe('/runbooks/pipelines/aggregate-growth/');
    await first.click();
    await page.waitForURL('**/runbooks/pipelines/aggregate-growth/');

    expect(errors).toEqual([]);
    await context.close();
  });
});
