// Vitest global setup of the browser project: says once, up front, why its tests are skipped.
import { HAS_CHROMIUM, NO_CHROMIUM } from './chromium.ts';

export default function checkChromium(): void {
  if (!HAS_CHROMIUM) process.stderr.write(`\n${NO_CHROMIUM}\n\n`);
}
