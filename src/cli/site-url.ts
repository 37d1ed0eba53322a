import { siteUrls, type SiteUrls } from '../routes/routes.ts';
import { UsageError } from './args.ts';

/** `--site-url URL` for the site's links, then `$RUNBOOKS_SITE_URL` (what the build uses too); undefined when neither is set. */
export function siteUrlsFrom(flag: string | undefined, env: NodeJS.ProcessEnv): SiteUrls | undefined {
  const url = flag ?? (env.RUNBOOKS_SITE_URL || undefined);
  if (url === undefined) return undefined;
  try {
    return siteUrls(url);
  } catch (error) {
    const from = flag !== undefined ? '--site-url' : '$RUNBOOKS_SITE_URL';
    throw new UsageError(`${from}: ${(error as Error).message}`);
  }
}

export const NO_SITE_URL = 'pass --site-url URL or set RUNBOOKS_SITE_URL to the address the site is published at, e.g. https://acme.github.io/runbooks/';
