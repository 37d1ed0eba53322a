import type { APIRoute, GetStaticPaths } from 'astro';
import { rotationIcs } from '../../feeds/ics.ts';
import { siteData } from '../../site/model.ts';

export const getStaticPaths = (() => siteData().model.rotations.map((r) => ({ params: { rotation: r.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { model, oncall, stamp } = siteData();
  const schedule = oncall.byRotation.get(params.rotation!)!.schedule;
  return new Response(rotationIcs(model, schedule, { stamp }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
