import type { APIRoute } from 'astro';
import { getPolicies } from '../../data/atlas.ts';
import { openPoliciesSchema } from '../../lib/matrix/openData.ts';
import { toOpenPolicies } from '../../lib/matrix/toOpenData.ts';
import { companyPath } from '../../lib/site/paths.ts';

/** `/data/policies.json`: each policy's metadata and clauses, checked against its schema at build. */
export const GET: APIRoute = async () => {
  const data = openPoliciesSchema.parse(toOpenPolicies(await getPolicies(), (slug) => companyPath(slug), companyPath));
  return new Response(JSON.stringify(data, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
