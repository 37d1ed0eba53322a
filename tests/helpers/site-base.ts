import { providePageContext } from '../../src/site/page-context.ts';
import { normalizeBase } from '../../src/site/paths.ts';

/** Provides `base` to the site's code (links, Markdown), as the integration does before pages render. */
export const setSiteBase = (base: string): void => providePageContext({ base: normalizeBase(base), csp: '' });
