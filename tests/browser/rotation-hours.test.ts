import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../site/build-site.ts';
import { buildAndServe, type BuiltSite } from './built-site.ts';
import { axeViolations, chromiumSuite, HAS_CHROMIUM, watch } from './chromium.ts';

// A rotation's hours in the reader's time zone, and the covers under the calendar's weeks, on the hours
// fixture (tests/fixtures/hours, Europe/Berlin) built as of Mon 14 Dec 2026 00:00 UTC (2026-W51, CET).
const BUILT_AT = '1797206400';
/** Wed 16 Dec 2026 12:00 UTC: inside the build's week, so the page reads as it was built. */
const READ_AT = new Date('2026-12-16T12:00:00Z');
const SHOTS = join(ROOT, 'test-results/screenshots');

let site: BuiltSite | undefined;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  site = await buildAndServe('browser-hours', { RUNBOOKS_DATA: 'tests/fixtures/hours', SOURCE_DATE_EPOCH: BUILT_AT });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

interface Reader {
  timezoneId?: string;
  javaScriptEnabled?: boolean;
  colorScheme?: 'light' | 'dark';
  width?: number;
}

/** A rotation page as a reader in `timezoneId` sees it at READ_AT, with its errors collected. */
async function open(rotation: string, reader: Reader = {}, at = READ_AT): Promise<{ page: Page; errors: string[] }> {
  const context = await site!.browser.newContext({
    viewport: { width: reader.width ?? 1280, height: 900 },
    colorScheme: reader.colorScheme ?? 'light',
    timezoneId: reader.timezoneId ?? 'UTC',
    javaScriptEnabled: reader.javaScriptEnabled ?? true,
    locale: 'en-US',
  });
  const page = await context.newPage();
  const { errors } = watch(page);
  if (reader.javaScriptEnabled !== false) await page.clock.install({ time: at });
  await page.goto(`${site!.url}/oncall/${rotation}/`);
  return { page, errors };
}

/** The hours as the page shows them, one line per window. */
const hoursText = async (page: Page) => (await page.locator('[data-hours]').innerText()).split('\n').map((l) => l.trim());

describe.skipIf(!HAS_CHROMIUM)(chromiumSuite("a rotation's hours in the reader's time zone"), () => {
  it('returns business hours in Berlin as early morning in New York, naming both zones', async () => {
    const { page, errors } = await open('business-hours', { timezoneId: 'America/New_York' });
    expect(await hoursText(page)).toEqual(['On call only in these hours, in your time zone (America/New_York):', 'Mon–Fri 03:00–11:00 (Europe/Berlin: Mon–Fri 09:00–17:00)']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('returns windows that wrap midnight and days that shift in New York: Berlin’s Monday 00:00 is Sunday 18:00 there', async () => {
    const { page, errors } = await open('after-hours', { timezoneId: 'America/New_York' });
    expect(await hoursText(page)).toEqual([
      'On call only in these hours, in your time zone (America/New_York):',
      'Mon–Thu 11:00–03:00 next day (Europe/Berlin: Mon–Thu 17:00–09:00 next day)',
      'Fri 11:00–18:00 (Europe/Berlin: Fri 17:00–24:00)',
      'Fri, Sat 18:00–18:00 next day (Europe/Berlin: Sat, Sun 00:00–24:00)',
      'Sun 18:00–03:00 next day (Europe/Berlin: Mon 00:00–09:00)',
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('returns a window that wraps in Berlin as one that does not in Tokyo, and the same day', async () => {
    const { page } = await open('after-hours', { timezoneId: 'Asia/Tokyo' });
    expect(await hoursText(page)).toContain('Mon 08:00–17:00 (Europe/Berlin: Mon 00:00–09:00)');
    await page.context().close();
  });

  it('returns the hours of the week it is read in, weeks after the build: New York has moved its clocks, Berlin not yet', async () => {
    // Wed 17 Mar 2027: New York on EDT (UTC-4) since the 14th, Berlin on CET (UTC+1) until the 28th.
    const { page } = await open('business-hours', { timezoneId: 'America/New_York' }, new Date('2027-03-17T12:00:00Z'));
    expect(await hoursText(page)).toContain('Mon–Fri 04:00–12:00 (Europe/Berlin: Mon–Fri 09:00–17:00)');
    await page.context().close();
  });

  it('returns the hours unchanged, without the zone twice, for a reader in the rotation’s zone', async () => {
    const { page } = await open('business-hours', { timezoneId: 'Europe/Berlin' });
    expect(await hoursText(page)).toEqual(['On call only in these hours, in your time zone (Europe/Berlin):', 'Mon–Fri 09:00–17:00']);
    await page.context().close();
  });

  it('returns the hours in the rotation’s zone, named, without JavaScript', async () => {
    const { page } = await open('us-sun', { timezoneId: 'America/New_York', javaScriptEnabled: false });
    expect(await hoursText(page)).toEqual(['On call only in these hours, America/Los_Angeles time:', 'Every day 11:00–23:00']);
    await page.context().close();
  });

  it('shows the covers under their weeks with zero axe violations, light and dark, at 1280 and 390 px', async () => {
    for (const rotation of ['after-hours', 'business-hours']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [1280, 390]) {
          const { page, errors } = await open(rotation, { timezoneId: 'America/New_York', colorScheme, width });
          const row = page.locator(`#${rotation}-2026-W50`);
          await expect(row.getByRole('list', { name: 'Covers in 2026-W50' }).getByText('Engineer C').isVisible()).resolves.toBe(true);
          // Nothing sticks out of a phone's width.
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${rotation} ${width}`).toBeLessThanOrEqual(width);
          expect(await axeViolations(page), `${rotation} ${colorScheme} ${width}`).toEqual([]);
          expect(errors).toEqual([]);
          await page.screenshot({ path: join(SHOTS, `rotation-hours-${rotation}-${width}-${colorScheme}.png`), fullPage: true });
          await page.context().close();
        }
      }
    }
  });
});
