import type { APIRoute, GetStaticPaths } from 'astro';
import { feedRoutesSkipped, personFeed } from '../../site/feed-files.ts';
import { pageData } from '../../site/page-data.ts';

// No pages in a build, which writes the feeds itself (see src/site/feed-files.ts); the dev server serves them here.
export const getStaticPaths = (() => (feedRoutesSkipped() ? [] : pageData().model.people.map((p) => ({ params: { id: p.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(personFeed(pageData(), params.id!), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
