import type { APIRoute, GetStaticPaths } from 'astro';
import { personIcs } from '../../feeds/ics.ts';
import { siteData } from '../../site/model.ts';

export const getStaticPaths = (() => siteData().model.people.map((p) => ({ params: { id: p.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { model, oncall, stamp } = siteData();
  return new Response(personIcs(model, params.id!, oncall.schedulesByPerson.get(params.id!) ?? [], { stamp }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
