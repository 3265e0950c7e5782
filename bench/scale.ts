/**
 * The scale figures: builds of the generated corpus at 1,000, 2,000 and 5,000 policies
 * (`OG_IMAGES=off`, each with its own content store), each build's wall and CPU time and the
 * peak memory of its process tree, and the largest HTML page it wrote, gzip. Their budgets: no
 * page grows with the corpus (every page ≤ 250 KB gzip), the build grows no faster than the
 * corpus (2,000 ≤ 2.4 × 1,000) and fits in 3 GB at 2,000 and at 5,000; and at 2,000 `/compare/`
 * shows any three companies asked for, quotes view included, and its default set without
 * JavaScript (bench/compareAtScale.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuildResult } from './buildTime.ts';
import type { Check } from './budgets.ts';
import type { CompareAtScale } from './compareAtScale.ts';
import { htmlFiles } from './pages.ts';
import { table } from './report.ts';

const SCALE_BUDGET = {
  /** Every HTML page, gzip, at every measured size. */
  pageGzipBytes: 250 * 1024,
  /** Build time at 2,000 policies ÷ at 1,000. */
  growth1000to2000: 2.4,
  /** Peak memory (RSS of the build's process tree), at each of these sizes. */
  peakBytes: 3 * 1024 ** 3,
} as const;

/** The corpus sizes whose build's peak memory has the budget. */
const PEAK_AT: readonly number[] = [2000, 5000];

/** The corpus sizes of the scale figures. */
export const SCALE_SIZES: readonly number[] = [1000, 2000, 5000];

export interface LargestPage {
  /** Site-relative path of the page. */
  path: string;
  raw: number;
  gzip: number;
}

export interface ScaleFigure {
  policies: number;
  build: BuildResult;
  /** The largest HTML page by gzip size, and how many HTML pages were weighed. */
  largest: LargestPage;
  htmlPages: number;
  /** `/compare/` in Chromium (measured at 2,000 policies). */
  compare?: CompareAtScale;
}

/** The corpus size at which `/compare/` is checked in Chromium. */
export const COMPARE_AT = 2000;

/** Weighs every HTML page of a build (gzip level 9) and returns the heaviest. */
export function largestPage(outDir: string): { largest: LargestPage; htmlPages: number } {
  let largest: LargestPage = { path: '', raw: 0, gzip: 0 };
  const files = htmlFiles(outDir);
  for (const file of files) {
    const body = readFileSync(path.join(outDir, file));
    const gzip = gzipSync(body, { level: 9 }).length;
    if (gzip > largest.gzip) {
      const page = '/' + file.replace(/index\.html$/, '').replaceAll(path.sep, '/');
      largest = { path: page, raw: body.length, gzip };
    }
  }
  return { largest, htmlPages: files.length };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const gb = (n: number | null): string => (n === null ? '?' : `${(n / 1024 ** 3).toFixed(2)} GB`);
const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export function checkScale(figures: readonly ScaleFigure[]): Check[] {
  const checks: Check[] = [];
  for (const f of figures) {
    checks.push({
      budget: `every HTML page ≤ ${kb(SCALE_BUDGET.pageGzipBytes)} gzip, ${f.policies.toLocaleString('en-GB')} policies`,
      measured: `${kb(f.largest.gzip)} largest (${f.largest.path}, of ${f.htmlPages.toLocaleString('en-GB')} pages)`,
      pass: f.largest.gzip <= SCALE_BUDGET.pageGzipBytes,
    });
  }
  const at = (n: number): ScaleFigure | undefined => figures.find((f) => f.policies === n);
  const [thousand, twoThousand, fiveThousand] = [at(1000), at(2000), at(5000)];
  if (thousand && twoThousand) {
    const wall = twoThousand.build.wallMs / thousand.build.wallMs;
    const cpu = thousand.build.cpuMs && twoThousand.build.cpuMs ? twoThousand.build.cpuMs / thousand.build.cpuMs : null;
    checks.push({
      budget: `build time at 2,000 policies ≤ ${SCALE_BUDGET.growth1000to2000}× that at 1,000`,
      measured: `${wall.toFixed(2)}× wall (${s(thousand.build.wallMs)} → ${s(twoThousand.build.wallMs)})${cpu === null ? '' : `, ${cpu.toFixed(2)}× CPU`}`,
      // CPU time is what a busy machine inflates least; wall time is what a reader waits for.
      pass: wall <= SCALE_BUDGET.growth1000to2000 && (cpu === null || cpu <= SCALE_BUDGET.growth1000to2000),
    });
  }
  for (const f of [twoThousand, fiveThousand]) {
    if (!f || !PEAK_AT.includes(f.policies)) continue;
    const peak = f.build.peakRssBytes ?? null;
    checks.push({
      budget: `build's peak memory ≤ ${gb(SCALE_BUDGET.peakBytes)}, ${f.policies.toLocaleString('en-GB')} policies`,
      measured: `${gb(peak)} peak RSS of the build's processes`,
      pass: peak !== null && peak <= SCALE_BUDGET.peakBytes,
      ...(peak === null ? { note: 'memory is sampled from /proc: Linux only' } : {}),
    });
  }
  for (const f of figures) {
    if (!f.compare) continue;
    const { chosen, defaults, problems } = f.compare;
    checks.push({
      budget: `/compare/ shows any three companies (quotes view too) and its default set without JavaScript, ${f.policies.toLocaleString('en-GB')} policies`,
      measured: problems.length
        ? problems.join('; ')
        : `?c=${chosen.join(',')} in both views; ${defaults.length} default columns without JavaScript`,
      pass: problems.length === 0,
    });
  }
  return checks;
}

export function formatScale(figures: readonly ScaleFigure[]): string {
  return [
    'SCALE (generated corpus, OG_IMAGES=off; peak = RSS of the build’s process tree, sampled every 0.2 s)',
    table([
      ['policies', 'pages', 'wall s', 'CPU s', 'peak GB', 'largest page KB gzip', 'largest page'],
      ...figures.map((f) => [
        f.policies.toLocaleString('en-GB'),
        String(f.build.pages),
        (f.build.wallMs / 1000).toFixed(1),
        f.build.cpuMs === null ? '–' : (f.build.cpuMs / 1000).toFixed(1),
        f.build.peakRssBytes == null ? '–' : (f.build.peakRssBytes / 1024 ** 3).toFixed(2),
        (f.largest.gzip / 1024).toFixed(1),
        f.largest.path,
      ]),
    ]),
  ].join('\n');
}
