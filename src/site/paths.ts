import { pageContext } from './page-context.ts';

/**
 * The path the site is served under: "/" by default, "/runbooks/" after
 * `npm run build -- --base /runbooks/` (a GitHub Pages project site, say).
 *
 * On the server the integration provides Astro's configured `base` in the page context, because in
 * server code Astro lets a `BASE_URL` environment variable override import.meta.env.BASE_URL, and
 * test runners and CI systems set one. Page scripts in the browser have no page context and use
 * import.meta.env.BASE_URL, which Vite fills in from the configuration.
 */
export const normalizeBase = (base: string): string => `${base.replace(/\/+$/, '')}/`;

export const siteBase = (): string => pageContext()?.base ?? normalizeBase(import.meta.env.BASE_URL);

/**
 * A site path ("/oncall/", "/people/engineer-a/") as a link under the site's base. Routes, list
 * bases and feed paths stay root paths; this is applied where a link is written out.
 */
export const withBase = (path: string, base = siteBase()): string => (path.startsWith('/') ? `${base}${path.slice(1)}` : path);
