/** The targets of issues 6 and 14, checked against the measured numbers. `met` is undefined when not measured. */
export interface Target {
  description: string;
  measured: string;
  met?: boolean;
}

export interface SizeResult {
  pipelines: number;
  /** yamlFloorMs: reading the same files and parsing them with js-yaml 4's load() and a listener, nothing else (yaml-floor.mjs). */
  validate?: { medianWallMs: number; maxRssBytes?: number; yamlFloorMs?: number };
  build?: { medianWallMs: number; largestPageBytes: number; largestPage: string };
  bare?: { medianWallMs: number };
  /** Median over runs taken in turns of (our build / bare Astro build). */
  buildRatio?: number;
  /**
   * The same build by another commit (`--against REF`), run in the same turns: its median, and over the
   * turns the medians of (our build / its build) and of (its build / bare Astro).
   */
  against?: { ref: string; medianWallMs: number; ratio: number; bareRatio?: number };
  /** `changes --base HEAD` in a git repository of this data. */
  changes?: { medianWallMs: number };
  /** scripts/pre-commit with a staged edit under data/. */
  hook?: { medianWallMs: number };
}

export const PAGE_LIMIT_BYTES = 50_000;

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

/**
 * Linear growth: the cost per extra pipeline between the two largest sizes is at most 1.5× the cost per
 * extra pipeline between the two before them. Fixed start-up costs make small sizes look cheap, so the
 * comparison is between marginal costs, not totals.
 */
export function marginalRatio(points: readonly { pipelines: number; ms: number }[]): number | undefined {
  const sorted = [...points].filter((p) => p.pipelines >= 100).sort((a, b) => a.pipelines - b.pipelines);
  if (sorted.length < 3) return undefined;
  const [a, b, c] = sorted.slice(-3) as [(typeof sorted)[0], (typeof sorted)[0], (typeof sorted)[0]];
  const low = (b.ms - a.ms) / (b.pipelines - a.pipelines);
  const high = (c.ms - b.ms) / (c.pipelines - b.pipelines);
  return low > 0 ? high / low : undefined;
}

export function evaluateTargets(sizes: readonly SizeResult[]): Target[] {
  const at = (p: number) => sizes.find((r) => r.pipelines === p);
  const targets: Target[] = [];
  const seed = at(5)?.validate;
  // Issue 14's validate targets, for the compiled CLI as the pre-commit hook runs it.
  targets.push({ description: 'validate, shipped data (5 pipelines) < 0.25 s', measured: seed ? s(seed.medianWallMs) : '–', met: seed && seed.medianWallMs < 250 });
  const big = at(10_000)?.validate;
  const floor = big?.yamlFloorMs === undefined ? '' : ` (reading and parsing the same files with js-yaml 4 and a listener alone: ${s(big.yamlFloorMs)})`;
  targets.push({ description: 'validate, 10,000 pipelines < 1.0 s', measured: big ? `${s(big.medianWallMs)}${floor}` : '–', met: big && big.medianWallMs < 1000 });
  targets.push({
    description: 'validate, 10,000 pipelines < 300 MB RSS',
    measured: big?.maxRssBytes ? mb(big.maxRssBytes) : '–',
    met: big?.maxRssBytes === undefined ? undefined : big.maxRssBytes < 300e6,
  });
  // Issue 14's build targets: each size against a bare Astro build of one page per pipeline, run in turns.
  for (const [pipelines, limit, label] of [
    [5, 1.3, 'the seed build (5 pipelines)'],
    [1000, 1.5, 'build, 1,000 pipelines'],
    [10_000, 1.5, 'build, 10,000 pipelines'],
  ] as const) {
    const r = at(pipelines);
    const ratio = r?.buildRatio ?? (r?.build && r.bare ? r.build.medianWallMs / r.bare.medianWallMs : undefined);
    targets.push({
      description: `${label} within ${limit}× bare Astro`,
      measured: ratio === undefined ? '–' : `${ratio.toFixed(2)}× (median of runs in turns; medians ${s(r!.build!.medianWallMs)} vs ${s(r!.bare!.medianWallMs)})`,
      met: ratio === undefined ? undefined : ratio <= limit,
    });
  }
  // --against REF: the same sizes built by an earlier commit in the same turns (issues 21 and 23 compare so).
  for (const r of sizes) {
    if (!r.against) continue;
    const { ref, ratio, bareRatio } = r.against;
    const label = `build, ${r.pipelines.toLocaleString('en-US')} pipelines`;
    targets.push({
      description: `${label} no more than 5% slower than ${ref}`,
      measured: `${ratio.toFixed(3)}× its time (median of runs in turns; medians ${s(r.build!.medianWallMs)} vs ${s(r.against.medianWallMs)})`,
      met: ratio <= 1.05,
    });
    if (bareRatio !== undefined && r.buildRatio !== undefined) {
      targets.push({
        description: `${label}: ratio to bare Astro no worse than ${ref}'s`,
        measured: `${r.buildRatio.toFixed(3)}× against ${bareRatio.toFixed(3)}×`,
        met: r.buildRatio <= bareRatio,
      });
    }
  }
  const growth = marginalRatio(sizes.flatMap((r) => (r.build ? [{ pipelines: r.pipelines, ms: r.build.medianWallMs }] : [])));
  targets.push({
    description: 'build time grows linearly (cost per extra pipeline, 1k→10k vs 100→1k, ≤ 1.5×)',
    measured: growth === undefined ? '–' : `${growth.toFixed(2)}×`,
    met: growth === undefined ? undefined : growth <= 1.5,
  });
  const hook = at(5)?.hook;
  targets.push({ description: 'pre-commit hook, shipped data < 0.5 s (issue 7: well under a second)', measured: hook ? s(hook.medianWallMs) : '–', met: hook && hook.medianWallMs < 500 });
  const built = sizes.filter((r) => r.build);
  const heaviest = built.reduce<SizeResult | undefined>((m, r) => (!m || r.build!.largestPageBytes > m.build!.largestPageBytes ? r : m), undefined);
  targets.push({
    description: `no page over 50 KB, at any size`,
    measured: heaviest ? `${(heaviest.build!.largestPageBytes / 1000).toFixed(1)} KB (${heaviest.build!.largestPage} at ${heaviest.pipelines})` : '–',
    met: heaviest ? heaviest.build!.largestPageBytes <= PAGE_LIMIT_BYTES : undefined,
  });
  return targets;
}
