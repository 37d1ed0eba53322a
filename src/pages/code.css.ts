import type { APIRoute } from 'astro';
import { codeColorsCss } from '../site/markdown/code-colors.ts';

// The colours of highlighted code, as classes: the Content-Security-Policy allows no inline styles.
export const GET: APIRoute = () => new Response(codeColorsCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
