/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) per page type, with its
 * default mobile preset (simulated slow 4G and a 4× slower CPU), in one headless Chromium.
 *
 * Each page is measured `runs` times (3 unless `LIGHTHOUSE_RUNS` says otherwise) and the median
 * run by performance score is the one reported, as Lighthouse's guide on variability advises
 * (one run of an unchanged `/compare/?view=quotes` scored anywhere from 90 to 100 on this
 * machine). Every run's performance score is kept beside it.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One run's report, as `lighthouse()` returns it. */
type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

export interface LighthouseResult {
  path: string;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** Audits that lost points, for the report: "id (score)". */
  failing: string[];
  /** Core metrics in ms (CLS unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** The performance score of every run, in the order they ran; the figures above are the median run's. */
  performanceRuns: number[];
}

/** How many times each page is measured: `LIGHTHOUSE_RUNS`, else 3. */
function lighthouseRuns(): number {
  const raw = process.env['LIGHTHOUSE_RUNS'];
  if (raw === undefined || raw === '') return 3;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`LIGHTHOUSE_RUNS must be a whole number ≥ 1, not “${raw}”`);
  return n;
}

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function measureLighthouse(
  origin: string,
  paths: readonly string[],
  runs = lighthouseRuns(),
): Promise<LighthouseResult[]> {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: FLAGS, logLevel: 'silent' });
  const results: LighthouseResult[] = [];
  try {
    for (const path of paths) {
      const lhrs: Report[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(origin + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (run.lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${run.lhr.runtimeError.message}`);
        lhrs.push(run.lhr);
      }
      const performanceOf = (r: Report): number => r.categories['performance']?.score ?? 0;
      const byPerformance = [...lhrs].sort((a, b) => performanceOf(a) - performanceOf(b));
      const lhr = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
      const score = (c: Category): number => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const weighted = new Set(
        CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)),
      );
      const failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            weighted.has(a.id) &&
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`);
      const metric = (id: string): number =>
        Math.round((lhr.audits[id]?.numericValue ?? Number.NaN) * (id === 'cumulative-layout-shift' ? 1000 : 1)) /
        (id === 'cumulative-layout-shift' ? 1000 : 1);
      results.push({
        path,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
        failing,
        metrics: {
          fcp: metric('first-contentful-paint'),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
          si: metric('speed-index'),
        },
        performanceRuns: lhrs.map((r) => Math.round(performanceOf(r) * 100)),
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
