/**
 * The search engine alone, in Node (no DOM, no worker): the time to prepare the index
 * (createSearcher) and the time per query, for every keystroke of the benchmark's queries.
 * It separates the engine's cost from the browser's (message passing, rendering, painting).
 * Both wall time and this thread's CPU time are kept: on a busy machine the CPU time says what
 * the engine costs, the wall time what the machine made of it.
 */
import { createSearcher } from '../src/lib/search/createSearcher.ts';
import type { SearchIndex } from '../src/lib/search/buildSearchIndex.ts';
import { keystrokes } from './queries.ts';
import { summarize, type Summary } from './stats.ts';

export interface EngineLatency {
  prepareMs: number;
  prepareCpuMs: number;
  /** Every keystroke's query, with the search page's limit (50), twice over. */
  perKeystroke: Summary;
  perKeystrokeCpu: Summary;
}

/** CPU time of this thread, ms. */
function threadCpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

export function measureEngine(index: SearchIndex, queries: readonly string[], limit = 50): EngineLatency {
  const cpu0 = threadCpuMs();
  const t0 = performance.now();
  const searcher = createSearcher(index);
  const prepareMs = performance.now() - t0;
  const prepareCpuMs = threadCpuMs() - cpu0;
  const typed = keystrokes(queries);
  // One untimed pass warms the JIT, as a page would after its first few searches.
  for (const q of typed) searcher.search(q, { limit });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const q of typed) {
      const c = threadCpuMs();
      const t = performance.now();
      searcher.search(q, { limit });
      wall.push(performance.now() - t);
      cpu.push(threadCpuMs() - c);
    }
  }
  return {
    prepareMs: Math.round(prepareMs),
    prepareCpuMs: Math.round(prepareCpuMs),
    perKeystroke: summarize(wall),
    perKeystrokeCpu: summarize(cpu),
  };
}
