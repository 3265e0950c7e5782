import { describe, expect, it } from 'vitest';
import { shardSearchIndex, type ShardManifest } from '../../src/lib/search/shardIndex.ts';
import { createShardedSearcher } from '../../src/lib/search/shardedSearcher.ts';
import { QUERIES } from '../../bench/queries.ts';
import { index, searcher } from '../support/search.ts';

const files = shardSearchIndex(index);
const manifest = JSON.parse(files.get('manifest.json')!) as ShardManifest;

/** A sharded searcher over the five policies' shards, counting the shards it reads. */
function sharded() {
  const read: string[] = [];
  const engine = createShardedSearcher(manifest, (path) => {
    const name = path.replace(/\?.*$/, '');
    read.push(name);
    const text = files.get(name);
    return text === undefined ? Promise.reject(new Error(`no shard ${name}`)) : Promise.resolve(JSON.parse(text));
  });
  return { engine, read };
}

const judged = (
  (await import('../fixtures/search-judged-queries.json', { with: { type: 'json' } })).default as {
    queries: { query: string }[];
  }
).queries.map((q) => q.query);

/** The queries compared: the benchmark's, every prefix of a few as typed, the judged set, and odd ones. */
const queries = [
  ...QUERIES,
  ...['cokies', 'thrid party', 'do not sell'].flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1))),
  ...judged,
  'zzqx',
  '',
  '   ',
  'the',
  'a b c',
  'opt-out',
  'e-mail',
  'Café',
  'informaton',
  'htird',
];

describe('the sharded index answers as the whole index does', () => {
  it('every query, with and without filters, in one searcher (shards loaded as needed, then kept)', async () => {
    const { engine } = sharded();
    for (const query of queries) {
      for (const options of [
        {},
        { limit: 50 },
        { limit: 5, spread: 1 },
        { company: 'mimecast' },
        { practice: 'cookies' },
        { company: 'ironport', practice: 'marketing-opt-out' },
        { company: 'nobody' },
      ]) {
        expect(await engine.search(query, options), `${query} ${JSON.stringify(options)}`).toEqual(
          searcher.search(query, options),
        );
      }
    }
  });

  it('each query from a cold start, reading only the shards it needs', async () => {
    for (const query of ['cookies', 'cokies', 'sell rent', 'retention']) {
      const { engine, read } = sharded();
      expect(await engine.search(query)).toEqual(searcher.search(query));
      expect(read.length).toBeLessThan(files.size / 2);
      expect(read.filter((p) => p.startsWith('clauses/')).length).toBeLessThanOrEqual(
        Math.ceil(index.clauses.length / manifest.chunk),
      );
    }
  });

  it('answers a search whose shards are loaded before the next task (so before the next frame)', async () => {
    const { engine } = sharded();
    await engine.search('cookies');
    const order: string[] = [];
    setTimeout(() => order.push('next task'), 0);
    void engine.search('cookie').then(() => order.push('answer'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['answer', 'next task']);
  });
});
