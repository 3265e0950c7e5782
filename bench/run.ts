/**
 * `npm run bench`: builds the site at 5 policies and at synthetic 100, 1,000, 2,000 and 5,000,
 * measures page weight, the search index, search latency, Lighthouse, build time and the scale
 * figures (build time, peak memory and the largest page at 1,000, 2,000 and 5,000: bench/scale.ts),
 * prints the tables with PASS/FAIL per budget, and writes the figures to `.bench/latest.json`.
 *
 *   npm run bench                 everything (about 25 minutes on 2 cores)
 *   npm run bench -- --quick      no Lighthouse, no corpus of 1,000 policies or more
 *   npm run bench -- --no-scale   no 2,000- or 5,000-policy build (the scale figures at 1,000 only)
 *   npm run bench -- --scale      only the scale figures: the builds of 1,000, 2,000 and 5,000
 *   npm run bench -- --no-build   reuse the builds of the last run (.bench/dist-*)
 *   npm run bench -- --review     only the suggestion benchmark (agreement with reviews; pure Node, seconds)
 *   npm run bench -- --cold       only a reader's first search at 2,000 and 5,000 policies (--no-build: on their builds of the last run)
 *
 * Exits 1 when a budget fails.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkBudgets } from './budgets.ts';
import { withBrowser } from './browser.ts';
import { buildSite, type BuildResult } from './buildTime.ts';
import { measureEngine } from './engineLatency.ts';
import { generateCorpus } from './generate-corpus.ts';
import { measureLighthouse } from './lighthouse.ts';
import { describeMachine, loadNow } from './machine.ts';
import { companyPaths, pageTypes } from './pages.ts';
import { measurePage, type PageWeight } from './pageWeight.ts';
import { QUERIES } from './queries.ts';
import { formatReport, writeResults, type Results } from './report.ts';
import { measureIndex, readIndex, textSizeByCompany } from './searchIndex.ts';
import { checkReview, formatReview, measureReview } from './reviewAgreement.ts';
import { checkRelevance, formatRelevance, measureRelevance } from './searchRelevance.ts';
import { checkTransfer, formatTransfer, measureTransfer, type Transfer } from './searchTransfer.ts';
import { measureKeystrokeFloor, measureSearchLatency } from './searchLatency.ts';
import { checkScale, COMPARE_AT, formatScale, largestPage, SCALE_SIZES, type ScaleFigure } from './scale.ts';
import { measureCompareAtScale } from './compareAtScale.ts';
import {
  checkColdSearch,
  corpusOverlay,
  formatColdSearch,
  measureColdSearch,
  type ColdSearchResult,
} from './searchCold.ts';
import { serveStatic } from './staticServer.ts';

const args = new Set(process.argv.slice(2));
for (const arg of args) {
  if (!['--quick', '--no-scale', '--scale', '--no-build', '--review', '--cold'].includes(arg)) {
    console.error(
      `Unknown option ${arg}. Options: --quick (no Lighthouse, no corpus of 1,000 or more), --no-scale (no 2,000- or 5,000-policy build), --scale (only the scale figures), --no-build (reuse .bench/dist-*), --review (only the suggestion benchmark), --cold (only a reader's first search at 2,000 and 5,000 policies).`,
    );
    process.exit(2);
  }
}
const quick = args.has('--quick');
const build = !args.has('--no-build');
const WORK = '.bench';
const SCALES = quick ? [100] : [100, 1000];
/** The corpora built for the scale figures alone (1,000 is among SCALES). */
const BIG = quick || args.has('--no-scale') ? [] : SCALE_SIZES.filter((n) => !SCALES.includes(n));
/** Corpora for a reader's first search on a large site. */
const COLD_SCALES = quick ? [] : [2000, 5000];

const log = (message: string): void =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)} load ${loadNow()}] ${message}`);

async function buildOrReuse(policies: number, policiesDir: string | undefined): Promise<BuildResult> {
  const outDir = path.join(WORK, `dist-${policies}`);
  if (!build && existsSync(path.join(outDir, 'search-index', 'manifest.json'))) {
    const read = <T>(file: string): T | null => {
      const at = path.join(WORK, file);
      return existsSync(at) ? (JSON.parse(readFileSync(at, 'utf8')) as T) : null;
    };
    const previous = read<Results>('latest.json');
    const scaleRun = read<{ figures: ScaleFigure[] }>('scale.json');
    const recorded =
      previous?.corpora.find((c) => c.policies === policies)?.build ??
      previous?.scale?.find((f) => f.policies === policies)?.build ??
      scaleRun?.figures.find((f) => f.policies === policies)?.build;
    if (recorded) return recorded;
  }
  log(`building ${policies} policies into ${outDir} …`);
  // The generated corpora: no link-preview cards, each its own content store (docs/benchmark.md#scale).
  const result = await buildSite({
    policiesDir,
    outDir,
    label: `${policies}-policy`,
    ...(policiesDir ? { ogImages: false, cacheDir: path.join(WORK, `cache-${policies}`) } : {}),
  });
  const peak = result.peakRssBytes == null ? '?' : (result.peakRssBytes / 1024 ** 3).toFixed(2);
  log(
    `built ${result.pages} pages in ${(result.wallMs / 1000).toFixed(1)} s (CPU ${result.cpuMs === null ? '?' : (result.cpuMs / 1000).toFixed(1)} s, peak ${peak} GB)`,
  );
  return result;
}

/** Builds a generated corpus of `n` policies (or reuses it with --no-build). */
async function buildCorpus(n: number): Promise<BuildResult> {
  const dir = path.join(WORK, `corpus-${n}`);
  if (build || !existsSync(dir)) generateCorpus(n, dir, 1);
  return buildOrReuse(n, dir);
}

/** The scale figures of the given builds: each one's largest page, and `/compare/` in Chromium at COMPARE_AT. */
async function scaleFigures(builds: ReadonlyMap<number, BuildResult>): Promise<ScaleFigure[]> {
  const figures: ScaleFigure[] = [];
  for (const n of SCALE_SIZES) {
    const result = builds.get(n);
    if (!result) continue;
    log(`weighing every HTML page of the ${n}-policy build …`);
    const figure: ScaleFigure = { policies: n, build: result, ...largestPage(result.outDir) };
    if (n === COMPARE_AT) {
      log(`/compare/ at ${n} policies, in Chromium …`);
      figure.compare = await measureCompareAtScale(result.outDir, log);
    }
    figures.push(figure);
  }
  return figures;
}

/** `--scale`: the scale figures alone (builds of 1,000, 2,000 and 5,000), printed with their budgets. */
async function scaleOnly(): Promise<void> {
  const builds = new Map<number, BuildResult>();
  for (const n of SCALE_SIZES) builds.set(n, await buildCorpus(n));
  const figures = await scaleFigures(builds);
  const checks = checkScale(figures);
  console.log(formatScale(figures));
  console.log('');
  for (const c of checks)
    console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.budget}: ${c.measured}${c.note ? ` — ${c.note}` : ''}`);
  const file = path.join(WORK, 'scale.json');
  writeFileSync(
    file,
    JSON.stringify({ startedAt: new Date().toISOString(), machine: describeMachine(), figures, checks }, null, 2),
  );
  console.log(`\nFigures written to ${file}`);
  if (checks.some((c) => !c.pass)) process.exitCode = 1;
}

/**
 * A reader's first search at each of COLD_SCALES: on the corpus's own build when this run made
 * one (the scale figures), else its index served over the 5-policy build's pages
 * (bench/searchCold.ts says why).
 */
async function coldSearches(
  siteDir: string,
  built: ReadonlyMap<number, string> = new Map(),
): Promise<ColdSearchResult[]> {
  const results: ColdSearchResult[] = [];
  for (const n of COLD_SCALES) {
    const own = built.get(n);
    if (own) {
      log(`cold search at ${n} policies, on its build …`);
      results.push(await measureColdSearch(own, n, log));
      continue;
    }
    const dir = path.join(WORK, `corpus-${n}`);
    if (build || !existsSync(dir)) generateCorpus(n, dir, 1);
    log(`cold search at ${n} policies: indexing, then Chromium …`);
    const { policies, overlay } = corpusOverlay(siteDir, dir);
    results.push(await measureColdSearch(siteDir, policies, log, { overlay }));
  }
  return results;
}

/**
 * `--cold`: a reader's first search on large sites alone, printed with its budgets. With
 * `--no-build`, on the corpora's own builds of the last run where they are (`.bench/dist-<n>`).
 */
async function coldOnly(): Promise<void> {
  const site = path.join(WORK, 'dist-5');
  const built = new Map<number, string>();
  for (const n of build ? [] : COLD_SCALES) {
    const outDir = path.join(WORK, `dist-${n}`);
    if (existsSync(path.join(outDir, 'search', 'index.html'))) built.set(n, outDir);
  }
  const results = await coldSearches(existsSync(path.join(site, 'search', 'index.html')) ? site : 'dist', built);
  for (const r of results) console.log(`${formatColdSearch(r)}\n`);
  const checks = results.flatMap(checkColdSearch);
  for (const c of checks) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.budget}: ${c.measured}`);
  if (checks.some((c) => !c.pass)) process.exitCode = 1;
}

/** `--review`: the suggestion benchmark alone, printed with its budgets. */
function reviewOnly(): void {
  const review = measureReview();
  const checks = checkReview(review);
  console.log(formatReview(review));
  console.log('');
  for (const c of checks)
    console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.budget}: ${c.measured}${c.note ? ` — ${c.note}` : ''}`);
  if (checks.some((c) => !c.pass)) process.exitCode = 1;
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  log('suggestions vs reviews …');
  const review = measureReview();
  log('search ranking on the judged queries …');
  const relevance = measureRelevance();
  const machine = describeMachine();
  log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);

  // Builds first, each measured alone (the browser and servers start after).
  const builds = new Map<number, BuildResult>();
  builds.set(5, await buildOrReuse(5, undefined));
  for (const n of [...SCALES, ...BIG]) builds.set(n, await buildCorpus(n));
  const scale = await scaleFigures(builds);
  const real = builds.get(5)!;
  if (real.policies === 0) throw new Error('The build has no company pages.');

  const site = await serveStatic(real.outDir);
  log(`serving ${real.outDir} at ${site.origin}`);

  log('page weight …');
  const ownText = textSizeByCompany(readIndex());
  const { companies, pages } = await withBrowser(
    'page weight',
    async (browser) => {
      const companies: PageWeight[] = [];
      for (const p of companyPaths(real.outDir)) {
        const weight = await measurePage(browser, site.origin, p);
        const text = ownText.get(p.split('/').at(-2) ?? '');
        companies.push(text === undefined ? weight : { ...weight, ownTextGzip: text });
      }
      const heaviest = [...companies].sort((a, b) => b.total.gzip - a.total.gzip)[0];
      const pages: Results['pages'] = [];
      for (const type of pageTypes(real.outDir, heaviest?.path)) {
        const weight = !type.built
          ? null
          : type.type === 'company' && heaviest
            ? heaviest
            : await measurePage(browser, site.origin, type.path);
        pages.push({ ...type, weight });
      }
      return { companies, pages };
    },
    log,
  );

  const corpora: Results['corpora'] = [];
  const measureCorpus = async (policies: number, origin: string): Promise<void> => {
    const result = builds.get(policies)!;
    log(`search at ${policies} policies: index, engine, browser latency …`);
    const index = readIndex(policies === 5 ? undefined : path.join(WORK, `corpus-${policies}`));
    const engine = measureEngine(index, QUERIES);
    const latency = await withBrowser(
      `search latency at ${policies}`,
      (browser) => measureSearchLatency(browser, origin),
      log,
    );
    corpora.push({
      policies: result.policies,
      build: result,
      index: measureIndex(result.outDir, index),
      latency,
      engine,
    });
  };
  await measureCorpus(5, site.origin);
  log('keystroke floor (a bare input) …');
  const keystrokeFloor = await withBrowser(
    'keystroke floor',
    (browser) => measureKeystrokeFloor(browser, site.origin),
    log,
  );

  let lighthouse: Results['lighthouse'] = null;
  if (!quick) {
    log('Lighthouse …');
    lighthouse = await measureLighthouse(
      site.origin,
      pages.filter((p) => p.built).map((p) => p.path),
    );
  }
  await site.close();

  for (const n of SCALES) {
    const scaled = await serveStatic(builds.get(n)!.outDir);
    await measureCorpus(n, scaled.origin);
    await scaled.close();
  }

  // The sharded index at 5,000 policies: what a cold query fetches (no site build: the index alone).
  const transfers: Transfer[] = [];
  for (const n of quick ? [] : [5000]) {
    const dir = path.join(WORK, `corpus-${n}`);
    // (built above for the scale figures unless --no-scale)
    if (!existsSync(dir) || (build && !BIG.includes(n))) generateCorpus(n, dir, 1);
    log(`search index at ${n} policies: cold query transfer …`);
    transfers.push(await measureTransfer(dir));
  }
  const searchPage = pages.find((p) => p.path === '/search/')?.weight ?? null;
  const cold = await coldSearches(real.outDir, new Map([...builds].map(([n, b]) => [n, b.outDir])));

  const loadAtEnd = loadNow();
  const checks = checkBudgets({
    pages: pages.flatMap((p) => (p.weight ? [p.weight] : [])),
    companies,
    corpora,
    lighthouse,
    keystrokeFloor,
    cores: machine.cores,
    load: Math.max(machine.loadAverage[0], loadAtEnd),
  });
  checks.push(
    ...checkScale(scale),
    ...checkReview(review),
    ...checkRelevance(relevance),
    ...transfers.flatMap((t) => checkTransfer(t, searchPage?.total.gzip ?? 0)),
    ...cold.flatMap(checkColdSearch),
  );
  const results: Results = {
    review,
    startedAt,
    options: { quick, build },
    machine,
    loadAtEnd,
    pages,
    companies,
    corpora,
    keystrokeFloor,
    lighthouse,
    scale,
    checks,
  };
  console.log(formatReport(results));
  if (scale.length) console.log(`\n${formatScale(scale)}`);
  console.log(`\n${formatReview(review)}`);
  console.log(`\n${formatRelevance(relevance)}`);
  for (const t of transfers) console.log(`\n${formatTransfer(t)}`);
  for (const c of cold) console.log(`\n${formatColdSearch(c)}`);
  const file = writeResults(results, WORK);
  console.log(`\nFigures written to ${file} and ${WORK}/latest.json`);
  if (checks.some((c) => !c.pass)) process.exitCode = 1;
}

(args.has('--review')
  ? Promise.resolve().then(reviewOnly)
  : args.has('--scale')
    ? scaleOnly()
    : args.has('--cold')
      ? coldOnly()
      : main()
).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
