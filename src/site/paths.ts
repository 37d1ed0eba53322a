/**
 * The path the site is served under: "/" by default, "/runbooks/" after
 * `npm run build -- --base /runbooks/` (a GitHub Pages project site, say).
 *
 * At build time the integration records Astro's configured `base` on a global (as it does the data),
 * because in server code Astro lets a `BASE_URL` environment variable override
 * import.meta.env.BASE_URL, and test runners and CI systems set one. Page scripts in the browser have
 * no such global and use import.meta.env.BASE_URL, which Vite fills in from the configuration.
 */
const KEY = Symbol.for('pipeline-runbooks.base');
type Store = typeof globalThis & { [KEY]?: string };

const normalize = (base: string) => `${base.replace(/\/+$/, '')}/`;

/** Called by the integration with Astro's `base` before any page renders. */
export function setSiteBase(base: string): void {
  (globalThis as Store)[KEY] = normalize(base);
}

export const siteBase = (): string => (globalThis as Store)[KEY] ?? normalize(import.meta.env.BASE_URL);

/**
 * A site path ("/oncall/", "/people/engineer-a/") as a link under the site's base. Routes, list
 * bases and feed paths stay root paths; this is applied where a link is written out.
 */
export const withBase = (path: string, base = siteBase()): string => (path.startsWith('/') ? `${base}${path.slice(1)}` : path);
