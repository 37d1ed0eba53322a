import type { APIRoute } from 'astro';
import { renderOncallJson } from '../../feeds/oncall-json.ts';
import { pageData } from '../../site/page-data.ts';

/** The same shape as `npm run oncall -- --format json`, over the site's range (pastWeeks to futureWeeks). */
export const GET: APIRoute = () =>
  new Response(renderOncallJson(pageData().oncall.schedules), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
