/**
 * The page's handle on clause search, created on the reader's first search (one per page).
 * Where the engine runs is decided at build time (see lib/search/placement.ts): on the page for
 * a small index, so results arrive before the next frame; in a module Web Worker for a large
 * one, so typing never waits. A worker that cannot start falls back to the page.
 */
import type { SearchOptions, SearchResponse } from '../../lib/search/searchTypes.ts';
import type { ShardedSearcher } from '../../lib/search/shardedSearcher.ts';
import { parsePlacement, type SearchPlacement } from '../../lib/search/placement.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

export interface SearchClient {
  /**
   * Resolves with the response, or null when a newer search overtook this one. Rejects when
   * the index cannot be loaded or prepared, or the search itself throws.
   */
  search(query: string, options: SearchOptions): Promise<SearchResponse | null>;
  /** Every company the index holds, `[slug, name]`, once it is loaded (the company filter's choices). */
  companies(): Promise<readonly (readonly [string, string])[]>;
}

/**
 * The engine on the page. A search whose shards are loaded resolves in the same task (a
 * microtask), so the caller's render lands before the browser draws the keystroke's frame.
 */
function pageClient(url: string): SearchClient {
  const searcher: Promise<ShardedSearcher> = import('./loadIndex.ts').then((m) => m.loadSearcher(url));
  return {
    search: async (query, options) => (await searcher).search(query, options),
    companies: async () => (await searcher).companies,
  };
}

function workerClient(url: string, worker: Worker): SearchClient {
  const pending = new Map<
    number,
    { resolve: (r: SearchResponse | null) => void; reject: (e: Error) => void; query: string; options: SearchOptions }
  >();
  let nextId = 1;
  let fallback: SearchClient | null = null;
  let failure: Error | null = null;
  let ready = false;
  let companies: (readonly [string, string])[] | null = null;
  const companiesWaiting: ((list: readonly (readonly [string, string])[]) => void)[] = [];

  const useFallback = (): void => {
    worker.terminate();
    fallback = pageClient(url);
    for (const [id, request] of pending) {
      pending.delete(id);
      fallback.search(request.query, request.options).then(request.resolve, request.reject);
    }
    void fallback.companies().then((list) => {
      for (const resolve of companiesWaiting.splice(0)) resolve(list);
    });
  };
  worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
    if (data.type === 'ready') {
      ready = true;
      companies = data.companies;
      for (const resolve of companiesWaiting.splice(0)) resolve(data.companies);
    } else if (data.type === 'failed') {
      failure = new Error(data.message);
      for (const [id, request] of pending) {
        pending.delete(id);
        request.reject(failure);
      }
    } else if (data.type === 'error') {
      pending.get(data.id)?.reject(new Error(data.message));
      pending.delete(data.id);
    } else {
      pending.get(data.id)?.resolve(data.response);
      pending.delete(data.id);
    }
  });
  // The worker script itself failed (blocked, or module workers unsupported): search on the page.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    if (!ready && !fallback) useFallback();
  });
  worker.postMessage({ type: 'load', url } satisfies ToWorker);

  return {
    search(query, options) {
      if (fallback) return fallback.search(query, options);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject, query, options });
        worker.postMessage({ type: 'search', id, query, options } satisfies ToWorker);
      });
    },
    companies() {
      if (fallback) return fallback.companies();
      if (companies) return Promise.resolve(companies);
      return new Promise((resolve) => companiesWaiting.push(resolve));
    },
  };
}

let shared: SearchClient | null = null;

/** The page's search client for the index at `indexUrl` (resolved against the page), run where `placement` says. */
function searchClient(indexUrl: string, placement: SearchPlacement): SearchClient {
  if (!shared) {
    const url = new URL(indexUrl, document.baseURI).href;
    if (placement === 'page') shared = pageClient(url);
    else {
      try {
        shared = workerClient(
          url,
          new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'clause-search' }),
        );
      } catch {
        shared = pageClient(url);
      }
    }
  }
  return shared;
}

/** The search client for a search element: the index at its `data-index`, run where its `data-search-on` says. */
export function searchClientFor(host: HTMLElement): SearchClient {
  return searchClient(host.dataset['index'] ?? '', parsePlacement(host.dataset['searchOn']));
}
