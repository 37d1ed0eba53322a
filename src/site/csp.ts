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
