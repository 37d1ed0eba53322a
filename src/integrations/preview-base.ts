import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `npm run preview` serves a build under the base it was built with. Astro's preview reads `base`
 * from the configuration, not from the build, so after `npm run build -- --base /runbooks/` it served
 * every link as a 404 unless given the same --base. The build records its base per output directory
 * in .build/site/bases.json (outside dist/, which is deployed as it is), and the preview takes it when no
 * --base is given.
 */
const record = (root: URL) => new URL('.build/site/bases.json', root);

type Bases = Record<string, string>;

function read(root: URL): Bases {
  try {
    return JSON.parse(readFileSync(record(root), 'utf8')) as Bases;
  } catch {
    return {};
  }
}

/** After a build: `outDir` holds a site built for `base`. */
export function recordBuildBase(root: URL, outDir: URL, base: string): void {
  const bases = read(root);
  bases[fileURLToPath(outDir)] = base;
  mkdirSync(new URL('.', record(root)), { recursive: true });
  writeFileSync(record(root), `${JSON.stringify(bases, null, 2)}\n`);
}

/** The base `outDir` was last built for, when it differs from the one configured. */
export function builtBase(root: URL, outDir: URL, configured: string): string | undefined {
  const base = read(root)[fileURLToPath(outDir)];
  return base !== undefined && base.replace(/\/+$/, '') !== configured.replace(/\/+$/, '') ? base : undefined;
}
