import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Browser tests skip, rather than fail, on a machine without Debian's Chromium; the global setup says so. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const NO_CHROMIUM = `browser tests skipped: ${CHROMIUM} is missing (install it with: apt-get install chromium)`;
/** A browser suite's title, saying why it is skipped when it is. */
export const chromiumSuite = (title: string): string => (HAS_CHROMIUM ? title : `${title} (${NO_CHROMIUM})`);

/** Debian's Chromium, headless, without anything that reaches the network on its own. */
export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

/**
 * Collects what the page must never produce: CSP violations (Chromium reports them as console
 * errors and as securitypolicyviolation events), script errors and failed requests.
 */
export function watch(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    // ERR_ABORTED is Chromium cancelling its own request (the favicon, say) because the test navigated
    // or reloaded before it finished; it says nothing about the site, and made a test fail at random.
    if (reason !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${r.url()} ${reason}`);
  });
  // A missing stylesheet, script or icon is an HTTP error, not a failed request.
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  return { errors };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (evaluated through the DevTools protocol, so the page's CSP does not block it). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
