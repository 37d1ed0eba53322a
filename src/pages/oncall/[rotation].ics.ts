import type { APIRoute, GetStaticPaths } from 'astro';
import { feedRoutesSkipped, rotationFeed } from '../../site/feed-files.ts';
import { pageData } from '../../site/page-data.ts';

// No pages in a build, which writes the feeds itself (see src/site/feed-files.ts); the dev server serves them here.
export const getStaticPaths = (() => (feedRoutesSkipped() ? [] : pageData().model.rotations.map((r) => ({ params: { rotation: r.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(rotationFeed(pageData(), params.rotation!), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
