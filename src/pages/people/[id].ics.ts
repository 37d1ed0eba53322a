import type { APIRoute, GetStaticPaths } from 'astro';
import { personIcs } from '../../feeds/ics.ts';
import { pageData } from '../../site/page-data.ts';

export const getStaticPaths = (() => pageData().model.people.map((p) => ({ params: { id: p.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { model, oncall, stamp } = pageData();
  return new Response(personIcs(model, params.id!, oncall.schedulesByPerson.get(params.id!) ?? [], { stamp }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
