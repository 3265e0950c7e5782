/** Messages between the page and the search worker. */
import type { SearchOptions, SearchResponse } from '../../lib/search/createSearcher.ts';

export type ToWorker =
  /** Fetch the index at this absolute URL and prepare it (once; later loads are ignored). */
  { type: 'load'; url: string } | { type: 'search'; id: number; query: string; options: SearchOptions };

export type FromWorker =
  /** The index is loaded: its size and its companies, `[slug, name]`. */
  | { type: 'ready'; clauses: number; companies: (readonly [string, string])[] }
  /** The index could not be loaded or prepared: every search fails. */
  | { type: 'failed'; message: string }
  /** `response` is null for a search overtaken by a newer one before it ran. */
  | { type: 'results'; id: number; response: SearchResponse | null }
  /** This search threw (a fault in the engine). */
  | { type: 'error'; id: number; message: string };
