import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderOncallAt, type OncallAtJson } from '../../src/cli/oncall-at.ts';
import { loadData } from '../../src/core/load/load.ts';
import { ROOT } from '../site/build-site.ts';
import { buildAndServe, type BuiltSite } from './built-site.ts';
import { axeViolations, chromiumSuite, HAS_CHROMIUM, watch } from './chromium.ts';

// The hours fixture (Europe/Berlin): business hours (Mon-Fri 09:00-17:00) and after hours (the rest)
// layered for the ledger through its area; follow-the-sun eu-sun (Berlin 08:00-20:00) then us-sun
// (Los Angeles 11:00-23:00) for fx-rates. Built on Mon 7 Dec 2026 at 12:00 in Berlin (2026-W50).
const FIXTURE = 'tests/fixtures/hours';
const BUILT_AT = new Date('2026-12-07T11:00:00Z');
const SHOTS = join(ROOT, 'test-results/screenshots');
const model = loadData(FIXTURE).model!;
const ROTATIONS = ['business-hours', 'after-hours', 'eu-sun', 'us-sun'] as const;
const PIPELINES = ['ledger', 'fx-rates'] as const;

let site: BuiltSite | undefined;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  site = await buildAndServe('browser-oncall-now', { RUNBOOKS_DATA: FIXTURE, SOURCE_DATE_EPOCH: String(BUILT_AT.getTime() / 1000) });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

const name = (id: string) => model.byId.people.get(id)!.name;
const rotationName = (id: string) => model.byId.rotations.get(id)!.name;

/** What `oncall --at <instant> [--pipeline ID] --format json` prints (the CLI prints this function's text). */
function oncallAt(at: Date, pipeline?: string): OncallAtJson {
  return JSON.parse(renderOncallAt(model, at, 'json', pipeline ? { pipeline } : {})) as OncallAtJson;
}

/** The card's "On call now" as a reader sees it: the engineer's name, or the sentence saying nobody is. */
const nowText = async (page: Page, card: string) => (await page.locator(`${card} [data-now]`).textContent())?.trim();

async function open(at: Date | undefined, options: { javaScript?: boolean; width?: number; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await site!.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const { errors } = watch(page);
  if (at) await page.clock.install({ time: at });
  return { page, errors, close: () => context.close() };
}

/** Asserts that the home cards, each rotation page and each runbook name whom `oncall --at` names at the page's clock. */
async function expectAgreement(page: Page, at: Date): Promise<void> {
  const all = oncallAt(at);
  const expected = (rotation: string) => all.rotations.find((r) => r.rotation === rotation)!.engineer;
  await page.goto(site!.url + '/');
  for (const id of ROTATIONS) {
    const card = `.oncall-card:has(.rotation-name a[href="/oncall/${id}/"])`;
    const who = expected(id);
    expect(await nowText(page, card), `home ${id} at ${at.toISOString()}`).toBe(who ? name(who) : "Nobody: outside the rotation's hours");
  }
  for (const id of ROTATIONS) {
    await page.goto(`${site!.url}/oncall/${id}/`);
    const who = expected(id);
    expect(await nowText(page, '.oncall-card'), `rotation page ${id} at ${at.toISOString()}`).toBe(who ? name(who) : "Nobody: outside the rotation's hours");
    if (who) expect(await page.locator('.oncall-card [data-now]').getAttribute('href')).toBe(`/people/${who}/`);
  }
  for (const id of PIPELINES) {
    const through = oncallAt(at, id).pipeline!.onCall;
    await page.goto(`${site!.url}/pipelines/${id}/`);
    const card = '.who-to-call .oncall-card';
    const context = `runbook ${id} at ${at.toISOString()}`;
    expect(await nowText(page, card), context).toBe(through?.engineer ? name(through.engineer) : 'Nobody: outside the hours of all its rotations');
    // The layer that covers now is named and linked, and only the engineer on call has contacts shown.
    expect(await page.locator(`${card} [data-layer-line]`).isVisible(), context).toBe(through !== null);
    if (through) {
      expect(await page.locator(`${card} [data-layer]`).textContent(), context).toBe(rotationName(through.rotation));
      expect(await page.locator(`${card} [data-layer]`).getAttribute('href'), context).toBe(`/oncall/${through.rotation}/`);
    }
    const shown = await page.locator(`${card} [data-contacts-for]:not([hidden])`).evaluateAll((els) => els.map((el) => el.getAttribute('data-contacts-for')));
    expect(shown, context).toEqual(through?.engineer ? [through.engineer] : []);
  }
}

// Reader clocks, all after the build, so the cards are the page script's work from the embedded timeline.
const CLOCKS = {
  // Tue 15 Dec 2026 12:00 in Berlin (2026-W51): business hours.
  'a weekday at noon': new Date('2026-12-15T11:00:00Z'),
  // Wed 16 Dec 2026 02:00 in Berlin: after hours; Los Angeles' day for fx-rates.
  'a weekday at 02:00': new Date('2026-12-16T01:00:00Z'),
  // Sat 19 Dec 2026 12:00 in Berlin: after hours all day.
  'a Saturday': new Date('2026-12-19T11:00:00Z'),
  // Fri 11 Dec 2026 14:00 in Berlin: Engineer C's cover of business hours (Engineer B moves house).
  'inside a cover of business hours': new Date('2026-12-11T13:00:00Z'),
  // Wed 9 Dec 2026 23:00 in Berlin: Engineer C's night cover of after hours.
  'inside a night cover of after hours': new Date('2026-12-09T22:00:00Z'),
} as const;

describe.skipIf(!HAS_CHROMIUM)(chromiumSuite('"On call now" in Chromium at fixed clocks, on the hours fixture'), () => {
  for (const [when, at] of Object.entries(CLOCKS)) {
    it(`names the engineer oncall --at names on the home page, the rotation pages and the runbooks, at ${when}`, async () => {
      const { page, errors, close } = await open(at);
      await expectAgreement(page, at);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('says nobody is on call outside the hours, and names the next shift in the reader\'s time zone', async () => {
    const { page, errors, close } = await open(CLOCKS['a weekday at 02:00']);
    await page.goto(site!.url + '/oncall/business-hours/');
    expect(await nowText(page, '.oncall-card')).toBe("Nobody: outside the rotation's hours");
    expect(await page.locator('.oncall-card [data-now]').evaluate((el) => el.tagName)).toBe('SPAN');
    expect(await page.locator('.oncall-card [data-now-until-line]').isVisible()).toBe(false);
    expect((await page.locator('.oncall-card [data-next-line]').textContent())?.replace(/\s+/g, ' ').trim()).toBe('Next: Engineer A from Wed 16 Dec, 09:00 CET');
    // No contacts shown when nobody is on call.
    expect(await page.locator('.oncall-card [data-contacts-for]:not([hidden])').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('names the next hand-off of a runbook with layers, to whom and through which rotation', async () => {
    const { page, errors, close } = await open(CLOCKS['a weekday at noon']);
    await page.goto(site!.url + '/pipelines/ledger/');
    const card = page.locator('.who-to-call .oncall-card');
    expect((await card.locator('.role').first().textContent())?.trim()).toBe('On call now · Business hours');
    expect((await card.locator('[data-now-until-line]').textContent())?.replace(/\s+/g, ' ').trim()).toBe('until Tue 15 Dec, 17:00 CET');
    expect((await card.locator('[data-next-line]').textContent())?.replace(/\s+/g, ' ').trim()).toBe('Next: Engineer C from Tue 15 Dec, 17:00 CET, through After hours');
    expect(await card.locator('[data-next-layer]').getAttribute('href')).toBe('/oncall/after-hours/');
    expect(errors).toEqual([]);
    await close();
  });

  it('says the page is out of date once the reader is past the weeks it carries', async () => {
    const { page, errors, close } = await open(new Date('2027-03-01T11:00:00Z'));
    await page.goto(site!.url + '/pipelines/ledger/');
    expect(await nowText(page, '.who-to-call .oncall-card')).toBe('Unknown: this page is out of date, rebuild the site');
    expect(await page.locator('.who-to-call [data-next-line]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the state at build time without JavaScript, as oncall --at names it then', async () => {
    const { page, close } = await open(undefined, { javaScript: false });
    const all = oncallAt(BUILT_AT);
    const expected = (rotation: string) => all.rotations.find((r) => r.rotation === rotation)!.engineer;
    await page.goto(site!.url + '/');
    for (const id of ROTATIONS) {
      const who = expected(id);
      expect(await nowText(page, `.oncall-card:has(.rotation-name a[href="/oncall/${id}/"])`), id).toBe(who ? name(who) : "Nobody: outside the rotation's hours");
    }
    // After hours at noon: nobody, and the evening's engineer next.
    expect((await page.locator('.oncall-card:has(.rotation-name a[href="/oncall/after-hours/"]) [data-next-line]').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Next: Engineer D from Mon 7 Dec 17:00 Europe/Berlin',
    );
    for (const id of PIPELINES) {
      const through = oncallAt(BUILT_AT, id).pipeline!.onCall!;
      await page.goto(`${site!.url}/pipelines/${id}/`);
      expect(await nowText(page, '.who-to-call .oncall-card'), id).toBe(name(through.engineer!));
      expect(await page.locator('.who-to-call [data-layer]').textContent(), id).toBe(rotationName(through.rotation));
      expect(await page.locator(`.who-to-call [data-contacts-for="${through.engineer}"]`).isVisible(), id).toBe(true);
    }
    expect((await page.locator('.who-to-call [data-next-line]').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Next: Engineer H from Mon 7 Dec 20:00 Europe/Berlin, through Follow the sun, US',
    );
    await close();
  });

  for (const [kind, path] of [
    ['home', '/'],
    ['rotation', '/oncall/business-hours/'],
    ['ledger runbook', '/pipelines/ledger/'],
  ] as const) {
    it(`has no axe-core violations on the ${kind} page on a Saturday (nobody in business hours), in light, dark and on a phone`, async () => {
      for (const [colorScheme, width] of [
        ['light', 1280],
        ['dark', 1280],
        ['light', 390],
        ['dark', 390],
      ] as const) {
        // Saturday: business hours has nobody, the ledger runs on after hours.
        const { page, errors, close } = await open(CLOCKS['a Saturday'], { colorScheme, width });
        await page.goto(site!.url + path);
        expect(await axeViolations(page), `${kind} ${colorScheme} ${width}`).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `hours-${kind.replace(' ', '-')}-${colorScheme}-${width}.png`), fullPage: true });
        expect(errors).toEqual([]);
        await close();
      }
    });
  }
});
