/**
 * Where an `astro build` spent its time, read from its own log. Astro prints "✓ Completed in 4.49s."
 * after collecting build info (timed from the start of the build, so it includes the integrations'
 * config hooks: our data load), after bundling (vite), and after generating the static routes. Our
 * integration then logs "search: indexed N pages" when Pagefind is done; the log's HH:MM:SS stamps
 * give that phase to the second.
 */
export interface BuildPhases {
  collectMs?: number;
  bundleMs?: number;
  renderMs?: number;
  /** From the end of the routes to the search index being written (whole seconds). */
  searchMs?: number;
  /** Wall time not covered by the phases above: Node and Astro start-up, writing files. */
  otherMs?: number;
}

const COMPLETED = /✓ Completed in ([\d.]+)(ms|s)\b/g;
const STAMP = /^(\d\d):(\d\d):(\d\d) /;

const secondsOf = (line: string | undefined) => {
  const m = line ? STAMP.exec(line) : null;
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
};

export function buildPhases(log: string, wallMs: number): BuildPhases {
  // eslint-disable-next-line no-control-regex
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  const times = [...plain.matchAll(COMPLETED)].map((m) => Number(m[1]) * (m[2] === 's' ? 1000 : 1));
  // In order: build info, static entrypoints (vite), static routes. A client build logs no "Completed".
  if (times.length < 3) return {};
  const [collectMs, bundleMs, renderMs] = [times[0]!, times[1]!, times.at(-1)!];
  const lines = plain.split('\n');
  const routesDone = secondsOf(lines.filter((l) => /✓ Completed in/.test(l)).at(-1));
  const indexed = secondsOf(lines.find((l) => /search: indexed/.test(l)));
  const searchMs = routesDone !== undefined && indexed !== undefined ? (((indexed - routesDone + 86_400) % 86_400) * 1000) : undefined;
  return {
    collectMs,
    bundleMs,
    renderMs,
    ...(searchMs !== undefined ? { searchMs } : {}),
    otherMs: Math.max(0, wallMs - collectMs - bundleMs - renderMs - (searchMs ?? 0)),
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export const describePhases = (p: BuildPhases) =>
  p.renderMs === undefined
    ? ''
    : `phases: data+info ${s(p.collectMs!)}, bundle ${s(p.bundleMs!)}, pages ${s(p.renderMs)}${p.searchMs !== undefined ? `, search index ${s(p.searchMs)}` : ''}, other ${s(p.otherMs!)}`;
