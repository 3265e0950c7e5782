/**
 * The search engine alone, in Node (no DOM, no worker): the time to prepare the index
 * (createSearcher) and the time per query, for every keystroke of the benchmark's queries.
 * It separates the engine's cost from the browser's (message passing, rendering, painting).
 */
import { createSearcher } from '../src/lib/search/createSearcher.ts';
import type { SearchIndex } from '../src/lib/search/buildSearchIndex.ts';
import { keystrokes } from './queries.ts';
import { summarize, type Summary } from './stats.ts';

export interface EngineLatency {
  prepareMs: number;
  /** Every keystroke's query, with the search page's limit (50). */
  perKeystroke: Summary;
  /** The whole queries only. */
  perQuery: Summary;
}

export function measureEngine(index: SearchIndex, queries: readonly string[], limit = 50): EngineLatency {
  const started = performance.now();
  const searcher = createSearcher(index);
  const prepareMs = performance.now() - started;
  const time = (q: string): number => {
    const t0 = performance.now();
    searcher.search(q, { limit });
    return performance.now() - t0;
  };
  // One untimed pass warms the JIT, as a page would after its first few searches.
  for (const q of keystrokes(queries)) time(q);
  const perKeystroke = keystrokes(queries).map(time);
  const perQuery = queries.map(time);
  return { prepareMs: Math.round(prepareMs), perKeystroke: summarize(perKeystroke), perQuery: summarize(perQuery) };
}
