// /people/<id>.ics on the dev server, which serves each feed when asked. A build writes the feeds
// itself (integrations/feed-writer.ts, faster than a route per feed), so only the dev integration
// injects this route (integrations/dev.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { personFeed } from '../../site/feed-files.ts';
import { pageData } from '../../site/page-data.ts';

export const getStaticPaths = (() => pageData().model.people.map((p) => ({ params: { id: p.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(personFeed(pageData(), params.id!), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
