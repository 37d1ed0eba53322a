import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../site/build-site.ts';
import { buildAndServe, type BuiltSite } from './built-site.ts';
import { axeViolations, chromiumSuite, HAS_CHROMIUM, watch } from './chromium.ts';

// The team fixture's site (tests/fixtures/team), built as of Wed 23 Dec 2026 12:00 UTC (2026-W52).
const BUILT_AT = '1798027200';
const SHOTS = join(ROOT, 'test-results/screenshots');

let browser: Browser;
let server: { url: string };
let context: BrowserContext;

let site: BuiltSite | undefined;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  site = await buildAndServe('browser', { RUNBOOKS_DATA: 'tests/fixtures/team', SOURCE_DATE_EPOCH: BUILT_AT });
  ({ browser } = site);
  server = site;
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

/** A fresh page whose CSP violations and script errors are collected. */
async function open(options: { colorScheme?: 'light' | 'dark'; width?: number; timezoneId?: string } = {}): Promise<{ page: Page; errors: string[] }> {
  context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: options.timezoneId ?? 'UTC',
    locale: 'en-US',
  });
  const page = await context.newPage();
  return { page, ...watch(page) };
}

const KINDS = {
  home: '/',
  runbook: '/pipelines/aggregate-profit/',
  experiments: '/pipelines/daily-growth/',
  person: '/people/engineer-c/',
  team: '/teams/investor-relations/',
  area: '/areas/growth/',
  search: '/search/?q=churn',
  oncall: '/oncall/',
  rotation: '/oncall/data-platform/',
  people: '/people/',
  teams: '/teams/',
  pipelines: '/pipelines/',
} as const;

describe.skipIf(!HAS_CHROMIUM)(chromiumSuite('the site in Chromium'), () => {
  it('navigates from home to a runbook, a person and the calendar', async () => {
    const { page, errors } = await open();
    await page.goto(server.url + '/');
    expect(await page.locator('h1').textContent()).toBe('Team Runbooks (test fixture)');
    await page.getByRole('link', { name: 'Aggregate profit (investors)' }).first().click();
    await page.waitForURL('**/pipelines/aggregate-profit/');
    expect(await page.locator('h1').textContent()).toBe('Aggregate profit (investors)');
    expect(await page.locator('main').textContent()).toContain('Accuracy within 1% of Finance DB');
    await page.getByRole('link', { name: 'Engineer B' }).first().click();
    await page.waitForURL('**/people/engineer-b/');
    expect(await page.locator('h1').textContent()).toBe('Engineer B');
    expect(await page.locator('#primary + * tbody').textContent()).toContain('Aggregate profit (investors)');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'On-call' }).click();
    await page.waitForURL('**/oncall/');
    expect(await page.locator('h1').textContent()).toBe('On-call calendar');
    expect(await page.locator('#data-platform-2026-W53').textContent()).toContain('Engineer B');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('highlights the current week and names today\'s engineer from the embedded schedule, not the build date', async () => {
    const { page, errors } = await open();
    // Tue 5 Jan 2027: 2027-W01, two weeks after the build. Week 1 goes to Engineer A.
    await page.clock.install({ time: new Date('2027-01-05T10:00:00Z') });
    await page.goto(server.url + '/oncall/');
    const current = page.locator('[data-calendar] tr.current');
    expect(await current.count()).toBe(1);
    expect(await current.getAttribute('id')).toBe('data-platform-2027-W01');
    expect(await current.getAttribute('aria-current')).toBe('date');
    expect(await page.locator('#data-platform-2026-W52').getAttribute('class')).toBe('past');
    expect(await page.locator('.oncall-card [data-now]').textContent()).toBe('Engineer A');
    expect(await page.locator('.oncall-card [data-next]').textContent()).toBe('Engineer B');
    expect(await page.locator('.oncall-card [data-now-until]').textContent()).toBe('Mon 11 Jan, 00:00 UTC');

    // Mon 18 Jan 2027 00:00 is the hand-off to 2027-W03 (Engineer C).
    await page.clock.setFixedTime(new Date('2027-01-18T00:00:00Z'));
    await page.reload();
    expect(await page.locator('[data-calendar] tr.current').getAttribute('id')).toBe('data-platform-2027-W03');
    expect(await page.locator('.oncall-card [data-now]').textContent()).toBe('Engineer C');

    // The home page and a runbook follow the clock too.
    await page.goto(server.url + '/');
    expect(await page.locator('.oncall-card [data-now]').textContent()).toBe('Engineer C');
    await page.goto(server.url + '/pipelines/aggregate-growth/');
    expect(await page.locator('.oncall-card [data-now]').textContent()).toBe('Engineer C');
    expect(await page.locator('.oncall-card [data-now]').getAttribute('href')).toBe('/people/engineer-c/');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the build-time week without JavaScript', async () => {
    context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.goto(server.url + '/oncall/');
    expect(await page.locator('[data-calendar] tr.current').getAttribute('id')).toBe('data-platform-2026-W52');
    expect(await page.locator('.oncall-card [data-now]').textContent()).toBe('Engineer D');
    expect(await page.locator('a[data-webcal]').first().getAttribute('href')).toBe('/oncall/data-platform.ics');
    await context.close();
  });

  it('offers webcal links for the calendar feeds', async () => {
    const { page, errors } = await open();
    await page.goto(server.url + '/people/engineer-a/');
    const host = new URL(server.url).host;
    expect(await page.getByRole('link', { name: /Subscribe to Engineer A's on-call weeks/ }).getAttribute('href')).toBe(`webcal://${host}/people/engineer-a.ics`);
    const https = await page.getByRole('link', { name: /Engineer A's on-call weeks as an iCalendar file/ }).getAttribute('href');
    const response = await page.request.get(server.url + https);
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints a runbook without the navigation and search, with owners and on-call first', async () => {
    const { page, errors } = await open({ colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto(server.url + '/pipelines/aggregate-profit/');
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await page.locator('.search-box').first().isVisible()).toBe(false);
    const aside = await page.locator('aside').boundingBox();
    const sla = await page.locator('#sla').boundingBox();
    expect(aside!.y).toBeLessThan(sla!.y);
    // Paper is white whatever the screen's theme.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: join(SHOTS, 'runbook-print.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the SLA deadline in the reader\'s time zone', async () => {
    const { page, errors } = await open({ timezoneId: 'Asia/Tokyo' });
    await page.goto(server.url + '/pipelines/aggregate-profit/');
    // 06:00 UTC is 15:00 in Tokyo (no DST).
    expect(await page.locator('.local-time').first().textContent()).toMatch(/^15:00 .+ in your time zone$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds the Aggregate growth runbook for "churn" and Aggregate profit for "Finance DB"', async () => {
    const { page, errors } = await open();
    await page.goto(server.url + '/');
    await page.getByRole('searchbox', { name: 'Search runbooks' }).fill('churn');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=churn');
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor();
    expect(await first.textContent()).toBe('Aggregate growth (investors)');

    await page.goto(server.url + '/search/');
    // Pagefind's UI is fetched only once the box is used.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/pagefind/')))).toBe(false);
    await page.locator('#search-q').fill('Finance DB');
    const results = page.locator('.pagefind-ui__result-link');
    await results.first().waitFor();
    await expect.poll(async () => (await results.allTextContents())[0]).toBe('Aggregate profit (investors)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies a code block with its button, and shows the code without JavaScript', async () => {
    const { page, errors } = await open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(server.url + '/pipelines/aggregate-profit/');
    const sql = page.locator('#runbook ~ .markdown pre, .long-form pre').filter({ hasText: 'marts.aggregate_profit' });
    const button = page.locator('.copy-code').nth(1);
    expect(await page.locator('.copy-code').count()).toBe(2);
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await sql.textContent());
    expect(errors).toEqual([]);
    await context.close();

    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(server.url + '/pipelines/aggregate-profit/');
    expect(await plain.locator('.copy-code').count()).toBe(0);
    expect(await plain.locator('.long-form pre').count()).toBe(2);
    await noScript.close();
  });

  for (const [kind, path] of Object.entries(KINDS)) {
    it(`has no axe-core violations and no CSP violations on the ${kind} page, in light, dark and on a phone`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, errors } = await open({ colorScheme });
        await page.goto(server.url + path);
        if (kind === 'search') await page.locator('.pagefind-ui__result-link').first().waitFor();
        expect(await axeViolations(page), `${kind} ${colorScheme}`).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `${kind}-${colorScheme}.png`), fullPage: true });
        expect(errors, `${kind} ${colorScheme}`).toEqual([]);
        await context.close();
      }
      // Phones get stacked tables: scanned too.
      const { page, errors } = await open({ width: 390 });
      await page.goto(server.url + path);
      if (kind === 'search') await page.locator('.pagefind-ui__result-link').first().waitFor();
      expect(await axeViolations(page), `${kind} mobile`).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `${kind}-mobile.png`), fullPage: true });
      expect(errors, `${kind} mobile`).toEqual([]);
      await context.close();
    });
  }
});
