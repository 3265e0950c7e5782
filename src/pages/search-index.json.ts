/**
 * `/search-index.json`: every clause of every policy, for the search box and the /search/ page.
 * Built once at build time; the browser fetches it only when the reader starts to search.
 */
import type { APIRoute } from 'astro';
import { getPolicies, getTaxonomy } from '../data/atlas.ts';
import { buildSearchIndex } from '../lib/search/buildSearchIndex.ts';

export const GET: APIRoute = async () => {
  const [policies, taxonomy] = await Promise.all([getPolicies(), getTaxonomy()]);
  return new Response(JSON.stringify(buildSearchIndex(policies, taxonomy)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
