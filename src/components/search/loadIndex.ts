/** Fetches the search index's manifest and prepares the sharded searcher (in the worker, or on the page). */
import { createShardedSearcher, isShardManifest, type ShardedSearcher } from '../../lib/search/shardedSearcher.ts';

/**
 * Fetches and parses one file of the index.
 * @throws Error saying what failed: the request, or its JSON.
 */
async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The search index ${url} could not be loaded (HTTP ${response.status}).`);
  try {
    return await response.json();
  } catch (error) {
    throw new Error(`The search index ${url} is not valid JSON.`, { cause: error });
  }
}

/**
 * The searcher for the index whose manifest is at `url`: its shards are fetched, relative to
 * the manifest, as queries need them.
 * @throws Error saying what failed: the request, its JSON, its version.
 */
export async function loadSearcher(url: string): Promise<ShardedSearcher> {
  const manifest = await fetchJson(url);
  if (!isShardManifest(manifest)) throw new Error(`The search index ${url} is of an unknown version.`);
  return createShardedSearcher(manifest, (shard) => fetchJson(new URL(shard, url).href));
}
