import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrg } from '../../scripts/org/generate.ts';
import { writeOrg } from '../../scripts/org/write.ts';
import { ROOT } from '../site/build-site.ts';
import { buildAndServe, type BuiltSite } from './built-site.ts';
import { axeViolations, chromiumSuite, HAS_CHROMIUM, watch } from './chromium.ts';

// Every kind of page on a 390 px phone. The data is generated: 40 pipelines (so the SLA board has
// its own page), two rotations (so the on-call overview shows both calendars) and a two-year
// horizon (so rotations have year pages), built as of Wed 23 Dec 2026 12:00 UTC (2026-W52).
const BUILT_AT = '1798027200';
const PHONE = 390;
const SHOTS = join(ROOT, 'test-results/screenshots');
const ORG = { pipelines: 40, engineers: 10, rotations: 2, seed: 'phone', year: 2026, pastWeeks: 8, futureWeeks: 104 };
const files = generateOrg(ORG);
const ofKind = (kind: string) => files.filter((f) => f.kind === kind);
const investor = ofKind('pipeline').find((f) => f.data.audience === 'investors')!;
const rotation = ofKind('rotation')[0]!;
const member = (rotation.data.members as string[])[0]!;
const people = (ofKind('people')[0]!.data.people as { id: string; name: string }[]);
const memberName = people.find((p) => p.id === member)!.name;
const team = (ofKind('teams')[0]!.data.teams as { id: string }[])[0]!.id;
const idOf = (path: string) => path.replace(/^.*\/|\.yaml$/g, '');

const PAGES = {
  home: '/',
  runbook: `/pipelines/${idOf(investor.path)}/`,
  oncall: '/oncall/',
  rotation: `/oncall/${idOf(rotation.path)}/`,
  'rotation year': `/oncall/${idOf(rotation.path)}/2028/`,
  person: `/people/${member}/`,
  team: `/teams/${team}/`,
  area: '/areas/profit/',
  sla: '/sla/',
  search: `/search/?q=${member}`,
  people: '/people/',
  teams: '/teams/',
  pipelines: '/pipelines/',
  404: '/404.html',
} as const;

const data = mkdtempSync(join(tmpdir(), 'phone-'));
let site: BuiltSite;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  writeOrg(data, ORG);
  site = await buildAndServe('browser-phone', { RUNBOOKS_DATA: data, SOURCE_DATE_EPOCH: BUILT_AT });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await site?.close();
  rmSync(data, { recursive: true, force: true });
});

async function open(path: string, width: number): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width, height: 844 }, timezoneId: 'UTC', locale: 'en-US' });
  const page = await context.newPage();
  const { errors } = watch(page);
  const response = await page.goto(site.url + path);
  expect(response?.status(), path).toBe(200);
  if (path.startsWith('/search/')) await page.locator('.pagefind-ui__result-link').first().waitFor();
  return { page, errors, close: () => context.close() };
}

/** What scrolls sideways: the page itself, or any box inside it (a table wrapper, say). */
const sidewaysScrollers = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const { overflowX } = getComputedStyle(el);
      if ((overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth) {
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    return out;
  });

/** Names of on-call engineers (now/next cards, calendar rows) that are hidden or not wholly inside the viewport's width. */
const offscreenEngineers = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const names = [...document.querySelectorAll<HTMLElement>('.oncall-card [data-now], [data-calendar] tr[id] td:nth-of-type(3) a')];
    return names
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width === 0 || box.height === 0 || box.left < 0 || box.right > width;
      })
      .map((el) => el.closest('tr')?.id ?? el.textContent ?? '');
  });

describe.skipIf(!HAS_CHROMIUM)(chromiumSuite('every kind of page on a 390 px phone'), () => {
  for (const [kind, path] of Object.entries(PAGES)) {
    it(`does not scroll sideways, keeps the on-call engineer on screen and has no axe violations: ${kind}`, async () => {
      const { page, errors, close } = await open(path, PHONE);
      expect(await sidewaysScrollers(page)).toEqual([]);
      expect(await offscreenEngineers(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `phone-${kind.replace(' ', '-')}-${PHONE}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await close();
      const wide = await open(path, 1280);
      expect(await sidewaysScrollers(wide.page)).toEqual([]);
      await wide.page.screenshot({ path: join(SHOTS, `phone-${kind.replace(' ', '-')}-1280.png`), fullPage: true });
      await wide.close();
    });
  }

  it('names the engineer on call now first in every calendar row, beside the week', async () => {
    const { page, close } = await open(PAGES.rotation, PHONE);
    const rows = page.locator('[data-calendar] tr[id]');
    expect(await rows.count()).toBe(8 + 1 + 52);
    for (const row of [rows.first(), page.locator('[data-calendar] tr.current')]) {
      const week = await row.locator('th').boundingBox();
      const engineer = await row.locator('td:nth-of-type(3) a').boundingBox();
      // Same line as the week, to its right.
      expect(Math.abs(engineer!.y - week!.y)).toBeLessThan(4);
      expect(engineer!.x).toBeGreaterThan(week!.x);
    }
    expect(await page.locator('.oncall-card [data-now]').isVisible()).toBe(true);
    await close();
  });

  it(`finds a person by their id (${member})`, async () => {
    const { page, close } = await open(PAGES.search, PHONE);
    await expect.poll(async () => (await page.locator('.pagefind-ui__result-link').allTextContents())[0]).toBe(memberName);
    await close();
  });
});
