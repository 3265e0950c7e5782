/**
 * The page's handle on clause search: a module Web Worker when the browser allows one, else
 * the same engine on the main thread. One per page, created on the reader's first search.
 */
import type { SearchOptions, SearchResponse } from '../../lib/search/createSearcher.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

export interface SearchClient {
  /** Resolves with the response, or null when a newer search overtook this one. Rejects when search cannot load. */
  search(query: string, options: SearchOptions): Promise<SearchResponse | null>;
}

function mainThreadClient(url: string): SearchClient {
  const searcher = import('./loadIndex.ts').then((m) => m.loadSearcher(url));
  return { search: async (query, options) => (await searcher).search(query, options) };
}

function workerClient(url: string, worker: Worker): SearchClient {
  const pending = new Map<number, { resolve: (r: SearchResponse | null) => void; reject: (e: Error) => void; query: string; options: SearchOptions }>();
  let nextId = 1;
  let fallback: SearchClient | null = null;
  let failure: Error | null = null;
  let ready = false;

  const useFallback = (): void => {
    worker.terminate();
    fallback = mainThreadClient(url);
    for (const [id, request] of pending) {
      pending.delete(id);
      fallback.search(request.query, request.options).then(request.resolve, request.reject);
    }
  };
  worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
    if (data.type === 'ready') ready = true;
    else if (data.type === 'failed') {
      failure = new Error(data.message);
      for (const [id, request] of pending) {
        pending.delete(id);
        request.reject(failure);
      }
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
  };
}

let shared: SearchClient | null = null;

/** The page's search client for the index at `indexUrl` (resolved against the page). */
export function searchClient(indexUrl: string): SearchClient {
  if (!shared) {
    const url = new URL(indexUrl, document.baseURI).href;
    try {
      shared = workerClient(url, new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'clause-search' }));
    } catch {
      shared = mainThreadClient(url);
    }
  }
  return shared;
}
