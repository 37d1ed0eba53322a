import type { APIRoute } from 'astro';
import { siteData } from '../../site/model.ts';
import { pipelinesJson } from '../../site/api.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(pipelinesJson(siteData().model, site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
