import type { PreparedPages } from '../site/prepare.ts';
import { reloadCheckScript } from './reload-check.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page `npm run dev` serves in place of every page while the data is invalid: the validator's own
 * lines, as the terminal prints them. Vite's client reloads it once the data is fixed, and the reload
 * check catches a fix saved while it was loading (none of the site's scripts: they expect valid data).
 */
export function errorPage(load: Extract<PreparedPages, { ok: false }>, text: string, base: string): string {
  const count = load.problems.length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>The data has ${count} ${count === 1 ? 'problem' : 'problems'} · Pipeline Runbooks</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; padding: 1rem; border: 2px solid #c62828; border-radius: .5rem; font-size: .9rem; }
</style>
<script type="module" src="${escapeHtml(base)}@vite/client"></script>
<script type="module">${reloadCheckScript(base, true)}</script>
</head>
<body>
<main>
<h1>The data has ${count} ${count === 1 ? 'problem' : 'problems'}</h1>
<p>The preview shows the site again as soon as they are fixed in <code>${escapeHtml(load.dataDir)}</code>; this page reloads when you save. <code>npm run validate</code> prints the same lines.</p>
<pre>${escapeHtml(text)}</pre>
</main>
</body>
</html>
`;
}
