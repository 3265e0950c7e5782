/** Fetches and checks the search index (in the worker, or on the page when workers are unavailable). */
import { isSearchIndex } from '../../lib/search/buildSearchIndex.ts';
import { createSearcher, type Searcher } from '../../lib/search/createSearcher.ts';

export async function loadSearcher(url: string): Promise<Searcher> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The search index could not be loaded (HTTP ${response.status}).`);
  const index: unknown = await response.json();
  if (!isSearchIndex(index)) throw new Error('The search index is of an unknown version; reload the page.');
  return createSearcher(index);
}
