/**
 * `/search-index/…`: the clause search index as a manifest and shards (lib/search/shardIndex.ts),
 * for the search box and the /search/ page. Built once at build time; the browser fetches the
 * manifest when the reader starts to search, then only the shards each query reads.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchShards } from '../../data/search.ts';

export const getStaticPaths = (async () =>
  [...(await getSearchShards()).keys()].map((shard) => ({ params: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = (await getSearchShards()).get(params.shard ?? '');
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
