import type { APIRoute } from 'astro';
import { pageData } from '../../site/page-data.ts';
import { pipelinesJson } from '../../site/api.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(pipelinesJson(pageData().model, site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
