// Loads Pagefind's UI only when someone searches: on arrival with ?q=, or on first use of the box.
import { withBase } from '../site/paths.ts';

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(term: string): void };
  }
}

const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('search-q') as HTMLInputElement | null;
let loading: Promise<void> | undefined;
let opened = false;

function load(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = withBase('/pagefind/pagefind-ui.css');
    document.head.append(css);
    const script = document.createElement('script');
    script.src = withBase('/pagefind/pagefind-ui.js');
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('search index missing'));
    document.head.append(script);
  });
  return loading;
}

async function open(term: string) {
  if (opened) return;
  opened = true;
  await load();
  // The index holds root paths (/pipelines/x/); Pagefind puts baseUrl in front of them.
  const ui = new window.PagefindUI!({ element: '#search', bundlePath: withBase('/pagefind/'), baseUrl: withBase('/'), showSubResults: true, showImages: false, autofocus: true, resetStyles: false });
  form?.remove();
  // Pagefind labels its box with a title only; the page heading is its visible label.
  document.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-labelledby', 'search-title');
  if (term) ui.triggerSearch(term);
}

const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
if (q) void open(q);
else if (input) {
  const start = () => void open(input.value.trim());
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', start, { once: true });
  form?.addEventListener('submit', (e) => {
    e.preventDefault();
    start();
  });
}

export {};
