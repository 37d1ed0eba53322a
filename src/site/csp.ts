/**
 * The Content-Security-Policy every page carries. Scripts and styles come only from the
 * site itself (no inline code, no event handlers); Pagefind compiles its WebAssembly,
 * which needs 'wasm-unsafe-eval' and nothing broader.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // Pagefind's UI draws its search icon as a data: SVG.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The policy of pages that `npm run dev` serves. Vite puts the site's stylesheet into the page as
 * inline `<style>` elements (and swaps them by script on each edit), which "style-src 'self'" blocks:
 * the preview rendered unstyled. The dev server therefore allows inline styles, and nothing else more;
 * built pages keep CSP (their stylesheet is a file: inlineStylesheets 'never' in astro.config.mjs).
 */
export const DEV_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
