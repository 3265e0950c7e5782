/**
 * The search worker: loads the index and answers queries off the main thread, so typing never
 * waits for a search. When queries arrive faster than they run, only the newest one runs.
 */
import type { Searcher } from '../../lib/search/createSearcher.ts';
import { loadSearcher } from './loadIndex.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
};

let searcher: Promise<Searcher> | null = null;
let latest: Extract<ToWorker, { type: 'search' }> | null = null;
let scheduled = false;

async function runLatest(): Promise<void> {
  scheduled = false;
  if (!searcher) return;
  let ready: Searcher;
  try {
    ready = await searcher;
  } catch {
    return; // "failed" was already posted
  }
  const request = latest;
  latest = null;
  if (request)
    scope.postMessage({ type: 'results', id: request.id, response: ready.search(request.query, request.options) });
}

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'load' && !searcher) {
    searcher = loadSearcher(data.url);
    searcher.then(
      (s) => scope.postMessage({ type: 'ready', clauses: s.size }),
      (error: unknown) =>
        scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  } else if (data.type === 'search') {
    if (latest) scope.postMessage({ type: 'results', id: latest.id, response: null });
    latest = data;
    if (!scheduled) {
      scheduled = true;
      setTimeout(() => void runLatest(), 0);
    }
  }
});
