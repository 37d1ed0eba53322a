import { siteUrls, type SiteUrls } from '../routes/routes.ts';
import { UsageError } from './args.ts';

/**
 * The site's address for its links: `--site-url URL`, then `$RUNBOOKS_SITE_URL` (what the build uses
 * too), then `url` in site.yaml; undefined when none is set. site.yaml's `url` was checked by its
 * schema, so only the flag and the variable can be malformed here.
 */
export function siteUrlsFrom(flag: string | undefined, env: NodeJS.ProcessEnv, fromData?: string): SiteUrls | undefined {
  const url = flag ?? (env.RUNBOOKS_SITE_URL || undefined) ?? fromData;
  if (url === undefined) return undefined;
  try {
    return siteUrls(url);
  } catch (error) {
    const from = flag !== undefined ? '--site-url' : env.RUNBOOKS_SITE_URL ? '$RUNBOOKS_SITE_URL' : 'url in site.yaml';
    throw new UsageError(`${from}: ${(error as Error).message}`);
  }
}

export const NO_SITE_URL =
  'set url in site.yaml to the address the site is published at (e.g. url: https://acme.github.io/runbooks/), or pass --site-url URL or set RUNBOOKS_SITE_URL';
