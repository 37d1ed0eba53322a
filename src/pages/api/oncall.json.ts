import type { APIRoute } from 'astro';
import { renderOncallJson } from '../../feeds/oncall-json.ts';
import { siteData } from '../../site/model.ts';

/** The same shape as `npm run oncall -- --format json`, over the site's range (pastWeeks to futureWeeks). */
export const GET: APIRoute = () =>
  new Response(renderOncallJson(siteData().oncall.schedules), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
