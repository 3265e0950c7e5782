/** Fetches, checks and prepares the search index (in the worker, or on the page). */
import { isSearchIndex } from '../../lib/search/buildSearchIndex.ts';
import { createSearcher, type Searcher } from '../../lib/search/createSearcher.ts';

/**
 * The searcher for the index at `url`.
 * @throws Error saying what failed: the request, its JSON, its version, or a corrupt entry (SearchIndexError).
 */
export async function loadSearcher(url: string): Promise<Searcher> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The search index ${url} could not be loaded (HTTP ${response.status}).`);
  let index: unknown;
  try {
    index = await response.json();
  } catch (error) {
    throw new Error(`The search index ${url} is not valid JSON.`, { cause: error });
  }
  if (!isSearchIndex(index)) throw new Error(`The search index ${url} is of an unknown version.`);
  return createSearcher(index);
}
