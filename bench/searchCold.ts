/**
 * A reader's first search on a large site, in Chromium, from an empty cache: what it downloads
 * and how long until the highlighted results are painted.
 *
 * - `/search/?q=…`: the clock starts with the navigation; it stops after the first frame painted
 *   once the results are in the list, their matched words in `<mark>` (one render puts both
 *   there), with requestAnimationFrame, then a task.
 * - the header box: the home page is loaded first; the clock starts when the reader focuses the
 *   box and the query arrives (which loads the search code, the manifest and the shards); it
 *   stops the same way, on the options listed.
 *
 * Bytes are what crossed the network, as encoded (the static server gzips text, as a host
 * does): every response of the page, its styles and scripts, the search code, the manifest and
 * the shards, headers left out.
 *
 * A large corpus is measured without building its site (a build of 5,000 policies takes most of
 * an hour on two busy cores): its index is written as the build writes it, and served in place
 * of the index of a built site, whose `/` and `/search/` pages are served with search placed
 * where a build of that size places it (a worker above 2,000 clauses). Neither page grows with
 * the corpus (the company filter's names come from the index), so this is what a reader of
 * that site downloads and waits for.
 *
 *   node bench/searchCold.ts <built site dir> [policies dir] [query …]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from '@playwright/test';
import { searchPlacement } from '../src/lib/search/placement.ts';
import type { ShardManifest } from '../src/lib/search/shardIndex.ts';
import type { Check } from './budgets.ts';
import { withBrowser } from './browser.ts';
import { corpusShards } from './searchTransfer.ts';
import { serveStatic } from './staticServer.ts';
import { summarize } from './stats.ts';

/** The queries of the cold budget: a word, a typo, a practice, two common words. */
const COLD_SEARCH_QUERIES = ['cookies', 'cokies', 'retention', 'sell rent'] as const;

export interface ColdSearch {
  surface: 'search page' | 'header box';
  query: string;
  /** Bytes transferred (encoded bodies), every request of the page until the results were painted. */
  bytes: number;
  /** Of which the search index (manifest and shards). */
  indexBytes: number;
  requests: number;
  /** To the highlighted results painted. */
  ms: number;
}

export interface ColdSearchResult {
  policies: number;
  runs: ColdSearch[];
}

declare global {
  interface Window {
    __paintedWhen: (selector: string) => Promise<number>;
  }
}

/** Resolves with performance.now() after the first frame painted once `selector` matches. */
function paintedWhen(selector: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nothing matched ${selector} within 60 s`)), 60_000);
    const check = (): boolean => {
      if (!document.querySelector(selector)) return false;
      clearTimeout(timer);
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
      return true;
    };
    const observer = new MutationObserver(() => void check());
    if (!check()) observer.observe(document, { childList: true, subtree: true });
  });
}

async function counted(
  browser: Browser,
  run: (page: Page) => Promise<number>,
): Promise<{ ms: number; bytes: number; indexBytes: number; requests: number }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // Injected by the browser, outside the page's CSP (which allows no eval).
  await context.addInitScript({ content: `window.__paintedWhen = ${paintedWhen.toString()};` });
  const page = await context.newPage();
  // The page's requests are reported by the page and by the context, a worker's by the context
  // (and, in some Playwright versions, by the page too): each request is counted once.
  const finished = new Set<Request>();
  page.on('requestfinished', (request) => finished.add(request));
  context.on('requestfinished', (request) => finished.add(request));
  try {
    const ms = await run(page);
    let bytes = 0;
    let indexBytes = 0;
    for (const request of [...finished]) {
      const { responseBodySize } = await request.sizes();
      bytes += responseBodySize;
      if (request.url().includes('/search-index/')) indexBytes += responseBodySize;
    }
    return { ms, bytes, indexBytes, requests: finished.size };
  } finally {
    await context.close();
  }
}

async function searchPage(browser: Browser, origin: string, query: string): Promise<ColdSearch> {
  const measured = await counted(browser, async (page) => {
    await page.goto(`${origin}/search/?${new URLSearchParams({ q: query })}`, { waitUntil: 'commit' });
    return page.evaluate(() => window.__paintedWhen('[data-results] li'));
  });
  return { surface: 'search page', query, ...measured };
}

async function headerBox(browser: Browser, origin: string, query: string): Promise<ColdSearch> {
  const measured = await counted(browser, async (page) => {
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    return page.evaluate(async (q) => {
      const field = document.querySelector<HTMLInputElement>('#site-search');
      if (!field) throw new Error('no header search box');
      const started = performance.now();
      field.focus();
      field.value = q;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: q }));
      return (await window.__paintedWhen('[data-listbox] [role="option"]')) - started;
    }, query);
  });
  return { surface: 'header box', query, ...measured };
}

/**
 * What to serve over `siteDir` for the corpus in `policiesDir` (see the top of this file): its
 * index files under `/search-index/`, and the two pages measured with search placed for its size.
 */
export function corpusOverlay(
  siteDir: string,
  policiesDir: string,
): { policies: number; overlay: Map<string, string> } {
  const { policies, files } = corpusShards(policiesDir);
  const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as ShardManifest;
  const placement = searchPlacement(manifest.clauses);
  const overlay = new Map<string, string>();
  for (const [name, body] of files) overlay.set(`/search-index/${name}`, body);
  for (const [url, file] of [
    ['/', 'index.html'],
    ['/search/', 'search/index.html'],
  ] as const) {
    const html = readFileSync(path.join(siteDir, file), 'utf8').replace(
      /data-search-on="(page|worker)"/g,
      `data-search-on="${placement}"`,
    );
    overlay.set(url, html);
  }
  return { policies, overlay };
}

/** Every cold query on both surfaces, each in a fresh browser context (an empty cache). */
export async function measureColdSearch(
  siteDir: string,
  policies: number,
  log: (message: string) => void,
  { queries = COLD_SEARCH_QUERIES, overlay }: { queries?: readonly string[]; overlay?: Map<string, string> } = {},
): Promise<ColdSearchResult> {
  const site = await serveStatic(siteDir, 0, overlay);
  try {
    const runs = await withBrowser(
      `cold search at ${policies}`,
      async (browser) => {
        const out: ColdSearch[] = [];
        for (const query of queries) {
          out.push(await searchPage(browser, site.origin, query));
          out.push(await headerBox(browser, site.origin, query));
        }
        return out;
      },
      log,
    );
    return { policies, runs };
  } finally {
    await site.close();
  }
}

/** The budgets of a reader's first search: bytes and time, by corpus size. */
const BUDGETS: { policies: number; bytes: number; ms: number }[] = [
  { policies: 2000, bytes: 400 * 1024, ms: 3000 },
  { policies: 5000, bytes: 300 * 1024, ms: 1000 },
];

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

export function checkColdSearch(result: ColdSearchResult): Check[] {
  const budget = BUDGETS.find((b) => b.policies === result.policies);
  if (!budget) return [];
  return (['search page', 'header box'] as const).flatMap((surface) => {
    const runs = result.runs.filter((r) => r.surface === surface);
    const heaviest = [...runs].sort((a, b) => b.bytes - a.bytes)[0];
    const slowest = [...runs].sort((a, b) => b.ms - a.ms)[0];
    if (!heaviest || !slowest) return [];
    return [
      {
        budget: `cold search ≤ ${kb(budget.bytes)} transferred in all, ${result.policies} policies, ${surface}`,
        measured: `${kb(heaviest.bytes)} for “${heaviest.query}” (index ${kb(heaviest.indexBytes)})`,
        pass: heaviest.bytes <= budget.bytes,
      },
      {
        budget: `cold search highlighted ≤ ${budget.ms / 1000} s, ${result.policies} policies, ${surface}`,
        measured: `${Math.round(slowest.ms)} ms for “${slowest.query}”`,
        pass: slowest.ms <= budget.ms,
      },
    ];
  });
}

export function formatColdSearch(result: ColdSearchResult): string {
  const lines = [`COLD SEARCH at ${result.policies} policies (Chromium, empty cache, gzip as served)`];
  for (const r of result.runs)
    lines.push(
      `  ${r.surface.padEnd(11)} “${r.query}”: ${kb(r.bytes)} in ${r.requests} requests (index ${kb(r.indexBytes)}), highlighted in ${Math.round(r.ms)} ms`,
    );
  const ms = summarize(result.runs.map((r) => r.ms));
  lines.push(`  time to highlighted results: p50 ${Math.round(ms.p50)} ms, max ${Math.round(ms.max)} ms`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', corpus, ...queries] = process.argv.slice(2);
  const log = (m: string): void => console.error(m);
  const options = queries.length > 0 ? { queries } : {};
  let result: ColdSearchResult;
  if (corpus) {
    const { policies, overlay } = corpusOverlay(dir, corpus);
    result = await measureColdSearch(dir, policies, log, { ...options, overlay });
  } else {
    const { readdirSync } = await import('node:fs');
    const policies = readdirSync(`${dir}/companies`, { withFileTypes: true }).filter((e) => e.isDirectory()).length;
    result = await measureColdSearch(dir, policies, log, options);
  }
  console.log(formatColdSearch(result));
  for (const c of checkColdSearch(result)) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.budget}: ${c.measured}`);
}
