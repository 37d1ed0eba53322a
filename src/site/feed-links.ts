/**
 * Subscription links for a calendar feed path (`/oncall/<id>.ics`). With the deployed URL known
 * (Astro's `site`), both links are absolute; otherwise the https link is relative and the page
 * script turns the webcal link into `webcal://<host>/…` (without JavaScript it downloads the file).
 */
export function feedLinks(path: string, site: URL | undefined): { https: string; webcal: string; absolute: boolean } {
  if (!site) return { https: path, webcal: path, absolute: false };
  const https = new URL(path, site).href;
  return { https, webcal: https.replace(/^https?:/, 'webcal:'), absolute: true };
}
