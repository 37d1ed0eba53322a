import type { APIRoute, GetStaticPaths } from 'astro';
import { rotationIcs } from '../../feeds/ics.ts';
import { pageData } from '../../site/page-data.ts';

export const getStaticPaths = (() => pageData().model.rotations.map((r) => ({ params: { rotation: r.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { model, oncall, stamp } = pageData();
  const schedule = oncall.byRotation.get(params.rotation!)!.schedule;
  return new Response(rotationIcs(model, schedule, { stamp }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
