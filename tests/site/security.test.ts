import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSuite, HAS_CHROMIUM, launch, watch } from '../browser/chromium.ts';
import { serveStatic } from '../browser/static-server.ts';
import { buildSite, EPOCH_2027_01_03, type BuildResult } from './build-site.ts';
import { listFiles } from './files.ts';
import { tags, textOf } from './html.ts';

// tests/fixtures/hostile is valid data in which every name, note and link tries to break out
// of HTML text, attributes and URLs. It is built once; every page is then checked as text, and
// in Chromium, where the Content-Security-Policy must also block anything that got through.
// (validate refuses javascript: and data: links outright: see the corpus cases javascript-url*.)
const FIXTURE = 'tests/fixtures/hostile';
let built: BuildResult;
let pages: string[];
const html = (path: string) => readFileSync(join(built.outDir, path), 'utf8');

beforeAll(async () => {
  built = await buildSite('hostile', { RUNBOOKS_DATA: FIXTURE, SOURCE_DATE_EPOCH: EPOCH_2027_01_03 });
  if (built.code !== 0) throw new Error(`the hostile fixture did not build:\n${built.stdout}\n${built.stderr}`);
  pages = listFiles(built.outDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}, 180_000);

/** An attribute value with its character references decoded, as the browser reads it. */
function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n' };
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (m, name: string) => named[name.toLowerCase()] ?? m);
}

/** A URL attribute as URL parsing sees it: decoded, without the blanks and control characters it drops. */
const urlAsParsed = (value: string) => decodeEntities(value).replace(/[\u0000-\u0020]/g, '');

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'background', 'xlink:href', 'ping', 'manifest', 'srcset'];
const SAFE_SCHEMES = ['https', 'http', 'mailto', 'webcal'];

/** The CSP's directives, by name, each with its source list. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

describe('the built site, from data that tries to inject markup', () => {
  it('builds every page kind from the hostile fixture', () => {
    for (const path of ['index.html', 'pipelines/aggregate-profit/index.html', 'people/alice/index.html', 'teams/finance-data/index.html', 'oncall/index.html']) {
      expect(pages).toContain(path);
    }
  });

  it('has no inline event handler (on…= attribute) on any element', () => {
    for (const path of pages) {
      for (const t of tags(html(path))) expect(Object.keys(t.attrs).filter((a) => a.startsWith('on')), `${path} <${t.name}>`).toEqual([]);
    }
  });

  it('has no inline script, no frame and no refresh, only the elements the site itself writes', () => {
    for (const path of pages) {
      const all = tags(html(path));
      expect(all.filter((t) => t.name === 'script' && !t.attrs.src), path).toEqual([]);
      expect(all.filter((t) => ['iframe', 'frame', 'object', 'embed', 'img', 'base'].includes(t.name)), path).toEqual([]);
      expect(all.filter((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'refresh'), path).toEqual([]);
      // Only the site's own SVG icons: none from the data.
      expect(all.filter((t) => t.name === 'svg' && t.attrs['aria-hidden'] !== 'true'), path).toEqual([]);
    }
  });

  it('links only to https, http, mailto and webcal URLs, or within the site; never javascript: or data:', () => {
    let links = 0;
    for (const path of pages) {
      for (const t of tags(html(path))) {
        for (const attr of URL_ATTRIBUTES.filter((a) => a in t.attrs)) {
          const urls = attr === 'srcset' ? t.attrs[attr]!.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [t.attrs[attr]!];
          for (const url of urls) {
            const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(urlAsParsed(url))?.[1]?.toLowerCase();
            if (scheme !== undefined) expect(SAFE_SCHEMES, `${path} <${t.name} ${attr}="${url}">`).toContain(scheme);
            links++;
          }
        }
      }
    }
    expect(links).toBeGreaterThan(100);
  });

  it('keeps the hostile links from the data inside their attributes, quotes escaped', () => {
    const runbook = html('pipelines/aggregate-profit/index.html');
    expect(runbook).toContain('href="https://chat.example.com/alice&#34; autofocus onfocus=&#34;alert(\'chat\')"');
    expect(runbook).toContain('href="https://github.com/acme/runbooks&#34; onclick=&#34;alert(\'repository\')/edit/main/tests/fixtures/hostile/pipelines/aggregate-profit.yaml"');
    // A chat handle that is not an https link stays text.
    expect(tags(html('people/bob/index.html')).filter((t) => t.attrs.href?.includes("alert('chat')"))).toEqual([]);
    expect(textOf(html('people/bob/index.html'))).toContain("Chat: javascript:alert('chat')");
  });

  it('shows the hostile text as text', () => {
    const text = textOf(html('pipelines/aggregate-profit/index.html'));
    expect(text).toContain("Aggregate profit <script>alert('pipeline')</script>");
    expect(text).toContain(`<iframe src="javascript:alert('issue')"></iframe>`);
    expect(text).toContain(`<a href="javascript:alert('reference')">Finance DB</a>`);
    expect(textOf(html('people/alice/index.html'))).toContain(`</td></tr></table><script>alert('holiday')</script>`);
  });

  it('gives every page one restrictive Content-Security-Policy, first in <head>, before any script or style', () => {
    for (const path of pages) {
      const all = tags(html(path));
      const metas = all.filter((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
      expect(metas, path).toHaveLength(1);
      const at = all.indexOf(metas[0]!);
      const firstResource = all.findIndex((t) => t.name === 'script' || (t.name === 'link' && t.attrs.rel === 'stylesheet'));
      expect(at, path).toBeLessThan(firstResource === -1 ? Infinity : firstResource);
      expect(at, path).toBeLessThan(all.findIndex((t) => t.name === 'body'));

      const csp = directives(decodeEntities(metas[0]!.attrs.content!));
      const sources = (name: string) => csp.get(name) ?? csp.get('default-src') ?? [];
      expect(csp.get('default-src'), path).toEqual(["'none'"]);
      for (const name of ['script-src', 'style-src', 'img-src', 'connect-src', 'font-src', 'object-src', 'frame-src']) {
        for (const source of sources(name)) {
          expect(source, `${path} ${name}`).not.toMatch(/^'unsafe-inline'$|^'unsafe-eval'$|^'unsafe-hashes'$|\*|^(https?|blob|filesystem):$/);
        }
      }
      expect(sources('script-src'), path).not.toContain('data:');
      expect(sources('object-src'), path).toEqual(["'none'"]);
      // base-uri and form-action do not fall back to default-src: they must be set.
      expect(csp.get('base-uri'), path).toEqual(["'none'"]);
      expect(csp.get('form-action'), path).toEqual(["'self'"]);
    }
  });

  it('gives every built page exactly the published policy, not the one the dev server relaxes for its inline styles', () => {
    const published =
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'";
    for (const path of pages) {
      const meta = tags(html(path)).find((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
      expect(decodeEntities(meta?.attrs.content ?? ''), path).toBe(published);
    }
  });
});

describe.skipIf(!HAS_CHROMIUM)(chromiumSuite('the built hostile site in Chromium'), () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    server = await serveStatic(built.outDir);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs no script from the data on any page, after the site scripts have run', async () => {
    const context = await browser.newContext({ timezoneId: 'UTC', locale: 'en-US' });
    const dialogs: string[] = [];
    for (const path of pages) {
      const page = await context.newPage();
      const { errors } = watch(page);
      page.on('dialog', (d) => {
        dialogs.push(`${path}: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`${server.url}/${path.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      // Hover and focus everything, so that a handler that got through would fire now.
      await page.evaluate(() => {
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const type of ['mouseover', 'focus']) el.dispatchEvent(new Event(type));
        }
      });
      const injected = await page.evaluate(() =>
        Array.from(document.querySelectorAll('*')).flatMap((el) =>
          Array.from(el.attributes)
            .filter((a) => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value))
            .map((a) => `<${el.localName} ${a.name}="${a.value}">`),
        ),
      );
      expect(injected, path).toEqual([]);
      expect(errors, path).toEqual([]);
      await page.close();
    }
    expect(dialogs).toEqual([]);
    await context.close();
  }, 120_000);

  it('enforces the policy: an inline script or event handler added to a page is blocked and reported', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { errors } = watch(page);
    await page.goto(`${server.url}/pipelines/aggregate-profit/`, { waitUntil: 'load' });
    // page.evaluate itself is not subject to the CSP; the elements it adds are.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handler = true');
      img.src = '/does-not-exist.png';
      document.body.append(img);
      const link = document.createElement('a');
      link.href = 'javascript:window.__link = true';
      document.body.append(link);
      link.click();
    });
    await page.waitForTimeout(300);
    const ran = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [w.__inline, w.__handler, w.__link];
    });
    expect(ran).toEqual([undefined, undefined, undefined]);
    expect(errors.filter((e) => /Content Security Policy/i.test(e)).length).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});
