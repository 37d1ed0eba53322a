/**
 * Where an `astro build` spent its time, read from its own log: Astro prints "✓ Completed in 4.49s."
 * after collecting build info, after bundling (vite), and after generating the static routes.
 * The rest of the wall time is start-up, config and integration hooks (our data load, the search index).
 */
export interface BuildPhases {
  collectMs?: number;
  bundleMs?: number;
  renderMs?: number;
  /** Wall time not covered by the phases above. */
  otherMs?: number;
}

const COMPLETED = /✓ Completed in ([\d.]+)(ms|s)\b/g;

export function buildPhases(log: string, wallMs: number): BuildPhases {
  // eslint-disable-next-line no-control-regex
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  const times = [...plain.matchAll(COMPLETED)].map((m) => Number(m[1]) * (m[2] === 's' ? 1000 : 1));
  // In order: build info, static entrypoints (vite), static routes. A client build logs no "Completed".
  if (times.length < 3) return {};
  const [collectMs, bundleMs, renderMs] = [times[0]!, times[1]!, times.at(-1)!];
  return { collectMs, bundleMs, renderMs, otherMs: Math.max(0, wallMs - collectMs - bundleMs - renderMs) };
}

export const describePhases = (p: BuildPhases) =>
  p.renderMs === undefined
    ? ''
    : `phases: info ${(p.collectMs! / 1000).toFixed(1)} s, bundle ${(p.bundleMs! / 1000).toFixed(1)} s, pages ${(p.renderMs / 1000).toFixed(1)} s, other ${(p.otherMs! / 1000).toFixed(1)} s`;
