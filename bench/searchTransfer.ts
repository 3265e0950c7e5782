/**
 * What a cold query costs with the sharded index, at any corpus size, without building the
 * site: the policies are parsed, indexed and sharded as the build does, then each query runs
 * on a fresh sharded searcher whose loader counts the gzip bytes of the manifest and every
 * shard it fetches (each file compressed alone, as a server sends it), and the engine's time
 * (Node, shards read from memory: the network is not counted).
 *
 *   node bench/searchTransfer.ts <policies dir> [query …]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parsePolicy } from '../src/lib/corpus/parsePolicy.ts';
import { buildSearchIndex } from '../src/lib/search/buildSearchIndex.ts';
import { shardSearchIndex, type ShardManifest } from '../src/lib/search/shardIndex.ts';
import { createShardedSearcher } from '../src/lib/search/shardedSearcher.ts';
import { parseTaxonomy } from '../src/lib/taxonomy/loadTaxonomy.ts';
import type { Check } from './budgets.ts';

const TRANSFER_QUERIES = ['cookies', 'cokies', 'retention', 'sell rent', 'thrid party', 'opt out'] as const;

export interface ColdQuery {
  query: string;
  files: number;
  /** Manifest and shards, gzip. */
  gzip: number;
  engineMs: number;
  hits: number;
}

export interface Transfer {
  policies: number;
  clauses: number;
  files: number;
  /** Every file of the index, gzip, and the manifest alone. */
  totalGzip: number;
  manifestGzip: number;
  queries: ColdQuery[];
}

/** The index files (`manifest.json`, `terms/0.json`…) of the policies in `dir`, as the build writes them. */
export function corpusShards(dir: string): { policies: number; files: Map<string, string> } {
  const taxonomy = parseTaxonomy(readFileSync('content/practices.yaml', 'utf8'));
  const names = readdirSync(dir).filter((n) => n.endsWith('.md'));
  const policies = names
    .map((n) => parsePolicy(readFileSync(path.join(dir, n), 'utf8'), path.join(dir, n), taxonomy))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { policies: names.length, files: shardSearchIndex(buildSearchIndex(policies, taxonomy)) };
}

export async function measureTransfer(dir: string, queries: readonly string[] = TRANSFER_QUERIES): Promise<Transfer> {
  const { policies, files } = corpusShards(dir);
  const gzipOf = new Map<string, number>();
  const gz = (name: string): number => {
    let size = gzipOf.get(name);
    if (size === undefined) {
      size = gzipSync(files.get(name)!, { level: 9 }).length;
      gzipOf.set(name, size);
    }
    return size;
  };
  const manifest = JSON.parse(files.get('manifest.json')!) as ShardManifest;
  const out: ColdQuery[] = [];
  for (const query of queries) {
    const read = ['manifest.json'];
    const searcher = createShardedSearcher(manifest, (shard) => {
      const name = shard.replace(/\?.*$/, '');
      read.push(name);
      return Promise.resolve(JSON.parse(files.get(name)!));
    });
    const started = performance.now();
    const response = await searcher.search(query, { limit: 20 });
    const engineMs = performance.now() - started;
    const gzip = read.reduce((sum, name) => sum + gz(name), 0);
    out.push({ query, files: read.length, gzip, engineMs, hits: response.hits.length });
  }
  let total = 0;
  for (const name of files.keys()) total += gz(name);
  return {
    policies,
    clauses: manifest.clauses,
    files: files.size,
    totalGzip: total,
    manifestGzip: gz('manifest.json'),
    queries: out,
  };
}

const BUDGET = { coldBytes: 300 * 1024, coldMs: 1000 } as const;

/**
 * A cold query's transfer (the /search/ page, measured on the 5-policy build, plus the manifest
 * and shards) and the engine's time, against their budgets.
 */
export function checkTransfer(t: Transfer, pageGzip: number): Check[] {
  const worst = [...t.queries].sort((a, b) => b.gzip - a.gzip)[0]!;
  const slowest = [...t.queries].sort((a, b) => b.engineMs - a.engineMs)[0]!;
  return [
    {
      budget: `cold query ≤ ${BUDGET.coldBytes / 1024} KB gzip in all, ${t.policies} policies`,
      measured: `${((pageGzip + worst.gzip) / 1024).toFixed(1)} KB for “${worst.query}” (index ${(worst.gzip / 1024).toFixed(1)} KB + page ${(pageGzip / 1024).toFixed(1)} KB at 5 policies)`,
      pass: pageGzip + worst.gzip <= BUDGET.coldBytes,
    },
    {
      budget: `cold query engine ≤ ${BUDGET.coldMs} ms, ${t.policies} policies (Node, shards in memory)`,
      measured: `${slowest.engineMs.toFixed(0)} ms for “${slowest.query}”`,
      pass: slowest.engineMs <= BUDGET.coldMs,
    },
  ];
}

export function formatTransfer(t: Transfer): string {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  return [
    `SEARCH INDEX at ${t.policies} policies (${t.clauses} clauses): ${t.files} files, ${kb(t.totalGzip)} gzip in all, manifest ${kb(t.manifestGzip)}`,
    ...t.queries.map(
      (q) =>
        `  cold “${q.query}”: ${q.files} files, ${kb(q.gzip)} gzip (manifest and shards), engine ${q.engineMs.toFixed(0)} ms, ${q.hits} hits`,
    ),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'content/policies', ...queries] = process.argv.slice(2);
  console.log(formatTransfer(await measureTransfer(dir, queries.length > 0 ? queries : TRANSFER_QUERIES)));
}
