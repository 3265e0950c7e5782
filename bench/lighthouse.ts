/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) per page type, with its
 * default mobile preset (simulated slow 4G and a 4× slower CPU), in one headless Chromium.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  path: string;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** Audits that lost points, for the report: "id (score)". */
  failing: string[];
  /** Core metrics in ms (CLS unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
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

export async function measureLighthouse(origin: string, paths: readonly string[]): Promise<LighthouseResult[]> {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: FLAGS, logLevel: 'silent' });
  const results: LighthouseResult[] = [];
  try {
    for (const path of paths) {
      const run = await lighthouse(origin + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
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
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
