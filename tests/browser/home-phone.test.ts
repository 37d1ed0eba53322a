import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPOCH_2027_01_03, ROOT } from '../site/build-site.ts';
import { buildAndServe, type BuiltSite } from './built-site.ts';
import { axeViolations, chromiumSuite, HAS_CHROMIUM, watch } from './chromium.ts';

// The site fixture (tests/fixtures/site), built on Sun 3 Jan 2027 (Bob is on call in data-platform),
// with Bob reachable by phone and Slack, and a second calendar problem: Alice is put on a week of her
// holiday. So the home page has 2 calendar problems and 2 overdue reviews above the fold to push
// "On call now" down, as the report had.
const SHOTS = join(ROOT, 'test-results/screenshots');
const PHONE = { width: 390, height: 844 };
const data = mkdtempSync(join(tmpdir(), 'home-phone-'));
let site: BuiltSite;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  cpSync('tests/fixtures/site', data, { recursive: true });
  const people = join(data, 'people.yaml');
  writeFileSync(
    people,
    readFileSync(people, 'utf8')
      .replace('    chat: "@bob"\n', '    chat: "@bob"\n    phone: "+49 151 1234 5678"\n    slack: U0BOB0001\n')
      .replace('        note: Skiing\n', '        note: Skiing\n      - from: 2027-01-18\n        to: 2027-01-22\n'),
  );
  // A code block inside a numbered step, besides aggregate-growth's outside one.
  appendFileSync(join(data, 'pipelines/script-injection.md'), '\n1. Check the partition:\n\n   ```sql\n   select count(*) from events where day = current_date;\n   ```\n\n2. Rerun it.\n');
  appendFileSync(join(data, 'rotations/data-platform.yaml'), '  - week: 2027-W03\n    engineer: alice\n    reason: the test puts Alice on a week of her holiday\n');
  site = await buildAndServe('browser-home-phone', { RUNBOOKS_DATA: data, SOURCE_DATE_EPOCH: EPOCH_2027_01_03 });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await site?.close();
  rmSync(data, { recursive: true, force: true });
});

async function open(path: string, viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light') {
  const context = await site.browser.newContext({ viewport, colorScheme, timezoneId: 'UTC', locale: 'en-US' });
  const page: Page = await context.newPage();
  const { errors } = watch(page);
  expect((await page.goto(site.url + path))?.status()).toBe(200);
  return { page, errors, close: () => context.close() };
}

describe.skipIf(!HAS_CHROMIUM)(chromiumSuite('the home page on a 390×844 phone'), () => {
  it('shows "On call now" with the engineer\'s name and a way to call them within the first screen, above 2 problems and 2 overdue reviews', async () => {
    const { page, errors, close } = await open('/', PHONE);
    // The premise: the problems and reviews the report had are there.
    expect(await page.locator('#calendar-problems').textContent()).toBe('2 on-call problems ahead');
    expect(await page.locator('#reviews-overdue').textContent()).toBe('2 runbook reviews overdue');

    const card = page.locator('.oncall-card').first();
    const box = (await card.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    const name = card.locator('[data-now]');
    expect(await name.textContent()).toBe('Bob Baker');
    expect(await name.isVisible()).toBe(true);
    const call = card.locator('a[href^="tel:"]');
    expect(await call.getAttribute('href')).toBe('tel:+4915112345678');
    expect(await call.isVisible()).toBe(true);
    const chat = card.locator('a[href="https://slack.com/app_redirect?channel=U0BOB0001"]');
    expect(await chat.textContent()).toBe('Slack @bob');
    expect(await chat.isVisible()).toBe(true);
    for (const el of [name, call, chat]) {
      const b = (await el.boundingBox())!;
      expect(b.y + b.height).toBeLessThanOrEqual(PHONE.height);
    }

    // The problems and reviews are one line each until opened.
    const problems = page.locator('details.problems').first();
    expect(await problems.locator('li').first().isVisible()).toBe(false);
    const summary = (await problems.locator('summary').boundingBox())!;
    expect(summary.y).toBeGreaterThan(box.y + box.height);
    expect(summary.height).toBeLessThan(40);
    await problems.locator('summary').click();
    expect(await problems.locator('li').count()).toBe(2);
    expect(await problems.locator('li').first().isVisible()).toBe(true);

    // The search box's placeholder is shown whole: its text is narrower than the input's content box.
    const placeholder = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: input.placeholder, width: context.measureText(input.placeholder).width, room };
    });
    expect(placeholder.width, JSON.stringify(placeholder)).toBeLessThanOrEqual(placeholder.room);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'home-phone-390.png') });
    await close();
  });

  it('has no axe violations in the dark theme, and keeps the card first at 1280 px', async () => {
    const dark = await open('/', PHONE, 'dark');
    expect(await axeViolations(dark.page)).toEqual([]);
    await dark.page.screenshot({ path: join(SHOTS, 'home-phone-390-dark.png') });
    await dark.close();
    const wide = await open('/', { width: 1280, height: 844 });
    const box = (await wide.page.locator('.oncall-card').first().boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await wide.page.screenshot({ path: join(SHOTS, 'home-phone-1280.png') });
    await wide.close();
  });
});

describe.skipIf(!HAS_CHROMIUM)(chromiumSuite('code blocks and their Copy button'), () => {
  /** Each block's border box, its Copy button's box and its first line of code, as the browser lays them out. */
  const measure = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.markdown pre')].map((pre) => {
        const style = getComputedStyle(pre);
        const border = pre.getBoundingClientRect();
        const inner = {
          top: border.top + parseFloat(style.borderTopWidth),
          right: border.right - parseFloat(style.borderRightWidth),
          bottom: border.bottom - parseFloat(style.borderBottomWidth),
          left: border.left + parseFloat(style.borderLeftWidth),
        };
        const button = pre.parentElement!.querySelector<HTMLElement>(':scope > .copy-code')!.getBoundingClientRect();
        const line = pre.querySelector('code')!.getClientRects()[0]!;
        return {
          // In a list of the Markdown itself (a numbered step), not the page's list of issues around it.
          inList: pre.closest('.markdown li') !== null,
          inside: button.top >= inner.top && button.right <= inner.right && button.bottom <= inner.bottom && button.left >= inner.left,
          // The first line of code starts after the block's padding, not a line further down.
          firstLineGap: line.top - inner.top,
          padding: parseFloat(style.paddingTop),
          lineHeight: parseFloat(style.lineHeight),
        };
      }),
    );

  for (const width of [390, 1280]) {
    it(`keeps the Copy button inside the block's border, in a numbered list and outside, with no empty first line, at ${width} px`, async () => {
      const blocks = [];
      for (const path of ['/pipelines/aggregate-growth/', '/pipelines/script-injection/']) {
        const { page, errors, close } = await open(path, { width, height: 844 });
        blocks.push(...(await measure(page)));
        if (width === 390 && path.includes('script')) await page.locator('.code-block').last().screenshot({ path: join(SHOTS, 'code-block-in-list-390.png') });
        expect(errors).toEqual([]);
        await close();
      }
      expect(blocks.some((b) => b.inList)).toBe(true);
      expect(blocks.some((b) => !b.inList)).toBe(true);
      for (const b of blocks) {
        expect(b.inside, JSON.stringify(b)).toBe(true);
        // Within the line's own half-leading of the padding; an empty first line would be a whole line height more.
        expect(b.firstLineGap - b.padding, JSON.stringify(b)).toBeLessThan(b.lineHeight / 2);
      }
    });
  }
});
