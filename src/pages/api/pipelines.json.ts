import type { APIRoute } from 'astro';
import { siteData } from '../../site/model.ts';
import { pipelinesJson } from '../../site/api.ts';

export const GET: APIRoute = () =>
  new Response(pipelinesJson(siteData().model), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
