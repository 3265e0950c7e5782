/**
 * The search worker: loads the index and answers queries off the main thread, so typing never
 * waits for a search. When queries arrive faster than they run, only the newest one runs.
 * Whatever fails is logged here and sent to the page, which tells the reader.
 */
import type { ShardedSearcher } from '../../lib/search/shardedSearcher.ts';
import { loadSearcher } from './loadIndex.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

const post = (message: FromWorker): void => self.postMessage(message);
const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

let searcher: Promise<ShardedSearcher> | null = null;
let latest: Extract<ToWorker, { type: 'search' }> | null = null;
let scheduled = false;

async function runLatest(): Promise<void> {
  scheduled = false;
  if (!searcher) return;
  let ready: ShardedSearcher;
  try {
    ready = await searcher;
  } catch {
    return; // "failed" was already posted
  }
  const request = latest;
  latest = null;
  if (!request) return;
  try {
    post({ type: 'results', id: request.id, response: await ready.search(request.query, request.options) });
  } catch (error) {
    console.error('Search failed:', error);
    post({ type: 'error', id: request.id, message: describe(error) });
  }
}

self.addEventListener('message', ({ data }: MessageEvent<ToWorker>) => {
  if (data.type === 'load' && !searcher) {
    searcher = loadSearcher(data.url);
    searcher.then(
      (s) => post({ type: 'ready', clauses: s.size, companies: [...s.companies] }),
      (error: unknown) => {
        console.error('Search failed:', error);
        post({ type: 'failed', message: describe(error) });
      },
    );
  } else if (data.type === 'search') {
    if (latest) post({ type: 'results', id: latest.id, response: null });
    latest = data;
    if (!scheduled) {
      scheduled = true;
      setTimeout(() => void runLatest(), 0);
    }
  }
});
