import { beforeAll, describe, expect, it } from 'vitest';
import { limiter } from '../corpus/run.ts';
import { buildSite, EPOCH_2027_01_03, type BuildResult } from './build-site.ts';
import { hashTree } from './files.ts';

// The shipped data, built four times with the same SOURCE_DATE_EPOCH (Sun 3 Jan 2027, inside the
// 2026-W53 override): twice alike, then under another time zone and under another locale, which
// Node takes from LC_ALL for any date or number formatted without an explicit locale.
const BASE = { RUNBOOKS_DATA: 'tests/fixtures/team', SOURCE_DATE_EPOCH: EPOCH_2027_01_03, TZ: 'Asia/Tokyo', LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
const VARIANTS = {
  tokyo: BASE,
  'tokyo-again': BASE,
  'los-angeles': { ...BASE, TZ: 'America/Los_Angeles' },
  'german-locale': { ...BASE, LC_ALL: 'de_DE.UTF-8', LANG: 'de_DE.UTF-8' },
} as const;
type Variant = keyof typeof VARIANTS;

const trees = {} as Record<Variant, Record<string, string>>;

beforeAll(async () => {
  // Two builds at a time: each is a whole Astro build (about 10 s of CPU), on two cores.
  const slot = limiter(2);
  const results = await Promise.all(
    (Object.keys(VARIANTS) as Variant[]).map((name) => slot(() => buildSite(`reproducible-${name}`, VARIANTS[name]))),
  );
  results.forEach((result: BuildResult, i) => {
    const name = (Object.keys(VARIANTS) as Variant[])[i]!;
    if (result.code !== 0) throw new Error(`the ${name} build failed:\n${result.stdout}\n${result.stderr}`);
    trees[name] = hashTree(result.outDir);
  });
}, 600_000);

describe('astro build with SOURCE_DATE_EPOCH', () => {
  it('writes the pages, feeds and search index', () => {
    const files = Object.keys(trees.tokyo);
    expect(files).toContain('index.html');
    expect(files).toContain('api/oncall.json');
    expect(files.filter((f) => f.endsWith('.ics')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(0);
  });

  it('returns byte-identical files when built twice from the same data', () => {
    expect(trees['tokyo-again']).toEqual(trees.tokyo);
  });

  it('returns byte-identical files under TZ=Asia/Tokyo and TZ=America/Los_Angeles', () => {
    expect(trees['los-angeles']).toEqual(trees.tokyo);
  });

  it('returns byte-identical files under a German locale (LC_ALL=de_DE.UTF-8)', () => {
    expect(trees['german-locale']).toEqual(trees.tokyo);
  });
});
