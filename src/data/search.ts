/**
 * What search reads at build time: the index of every version of every company, split into the
 * manifest and shards the browser fetches (lib/search/shardIndex.ts), and where the engine runs.
 */
import { buildSearchIndex, indexableVersions } from '../lib/search/buildSearchIndex.ts';
import { searchPlacement, type SearchPlacement } from '../lib/search/placement.ts';
import { shardSearchIndex } from '../lib/search/shardIndex.ts';
import { getPolicies, getTaxonomy, once } from './atlas.ts';
import { getTimelines } from './versions.ts';

/** Where this build's clause search runs in the browser: by the number of clauses, or as SEARCH_ON says. */
export const getSearchPlacement: () => Promise<SearchPlacement> = once(async () => {
  const policies = await getPolicies();
  return searchPlacement(
    policies.reduce((sum, p) => sum + p.clauses.length, 0),
    process.env['SEARCH_ON'],
  );
});

/**
 * The search index's files by path under `/search-index/`: its manifest and shards, built once.
 * Every version is indexed; search reads the main ones unless asked for all.
 */
export const getSearchShards: () => Promise<Map<string, string>> = once(async () => {
  const [timelines, taxonomy] = await Promise.all([getTimelines(), getTaxonomy()]);
  const companies = [...timelines.values()].map((t) => ({
    main: t.main.data,
    versions: t.versions.map((v) => v.data),
  }));
  return shardSearchIndex(buildSearchIndex(indexableVersions(companies), taxonomy));
});
