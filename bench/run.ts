/**
 * `npm run bench`: builds the site at 5 policies and at synthetic 100 and 1,000, measures page
 * weight, the search index, search latency, Lighthouse and build time, prints the tables with
 * PASS/FAIL per budget, and writes the figures to `.bench/latest.json`.
 *
 *   npm run bench                 everything (about 10 minutes on 2 cores)
 *   npm run bench -- --quick      no Lighthouse, no 1,000- or 5,000-policy corpus
 *   npm run bench -- --no-build   reuse the builds of the last run (.bench/dist-*)
 *   npm run bench -- --review     only the suggestion benchmark (agreement with reviews; pure Node, seconds)
 *
 * Exits 1 when a budget fails.
 */
import { existsSync, readFileSync } from 'node:fs';
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
import { serveStatic } from './staticServer.ts';

const args = new Set(process.argv.slice(2));
for (const arg of args) {
  if (!['--quick', '--no-build', '--review'].includes(arg)) {
    console.error(
      `Unknown option ${arg}. Options: --quick (no Lighthouse, no 1,000-policy corpus), --no-build (reuse .bench/dist-*), --review (only the suggestion benchmark).`,
    );
    process.exit(2);
  }
}
const quick = args.has('--quick');
const build = !args.has('--no-build');
const WORK = '.bench';
const SCALES = quick ? [100] : [100, 1000];

const log = (message: string): void =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)} load ${loadNow()}] ${message}`);

async function buildOrReuse(policies: number, policiesDir: string | undefined): Promise<BuildResult> {
  const outDir = path.join(WORK, `dist-${policies}`);
  if (!build && existsSync(path.join(outDir, 'search-index', 'manifest.json'))) {
    const latest = path.join(WORK, 'latest.json');
    const previous = existsSync(latest) ? (JSON.parse(readFileSync(latest, 'utf8')) as Results) : null;
    const recorded = previous?.corpora.find((c) => c.policies === policies)?.build;
    if (recorded) return recorded;
  }
  log(`building ${policies} policies into ${outDir} …`);
  const result = await buildSite({ policiesDir, outDir, label: `${policies}-policy` });
  log(
    `built ${result.pages} pages in ${(result.wallMs / 1000).toFixed(1)} s (CPU ${result.cpuMs === null ? '?' : (result.cpuMs / 1000).toFixed(1)} s)`,
  );
  return result;
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
  for (const n of SCALES) {
    const dir = path.join(WORK, `corpus-${n}`);
    if (build || !existsSync(dir)) generateCorpus(n, dir, 1);
    builds.set(n, await buildOrReuse(n, dir));
  }
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
    if (build || !existsSync(dir)) generateCorpus(n, dir, 1);
    log(`search index at ${n} policies: cold query transfer …`);
    transfers.push(await measureTransfer(dir));
  }
  const searchPage = pages.find((p) => p.path === '/search/')?.weight ?? null;

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
    ...checkReview(review),
    ...checkRelevance(relevance),
    ...transfers.flatMap((t) => checkTransfer(t, searchPage?.total.gzip ?? 0)),
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
    checks,
  };
  console.log(formatReport(results));
  console.log(`\n${formatReview(review)}`);
  console.log(`\n${formatRelevance(relevance)}`);
  for (const t of transfers) console.log(`\n${formatTransfer(t)}`);
  const file = writeResults(results, WORK);
  console.log(`\nFigures written to ${file} and ${WORK}/latest.json`);
  if (checks.some((c) => !c.pass)) process.exitCode = 1;
}

(args.has('--review') ? Promise.resolve().then(reviewOnly) : main()).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
