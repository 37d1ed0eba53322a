/**
 * Vite's "full-reload" reaches only the pages connected at that moment. A page that is itself
 * loading (reloaded for the previous save a moment earlier) misses it and would show the data of one
 * save ago. So every page that `npm run dev` serves is stamped with the data revision it was rendered
 * from (a Server-Timing entry, readable by scripts without touching the markup), and this script,
 * injected in dev only, compares it with the server's revision whenever it (re)connects.
 */
export const REVISION_PATH = '__runbooks/revision';
export const SERVER_TIMING_NAME = 'runbooks-data';

/** The script's source, for Astro's injectScript('page'): a module Vite serves (import.meta.hot is there). */
export const reloadCheckScript = (base: string) => `
const hot = import.meta.hot;
const served = performance.getEntriesByType('navigation')[0]?.serverTiming?.find((e) => e.name === ${JSON.stringify(SERVER_TIMING_NAME)})?.description;
const check = async () => {
  if (served === undefined) return;
  const response = await fetch(${JSON.stringify(`${base}${REVISION_PATH}`)}, { cache: 'no-store' }).catch(() => undefined);
  if (response?.ok && (await response.text()) !== served) location.reload();
};
hot?.on('vite:ws:connect', check);
check();
`;
