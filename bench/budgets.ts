/**
 * The performance budgets of issue #7, checked against a benchmark's results. They are
 * checked here, not in `npm test`: timings belong to the benchmark, not to the tests.
 */
import type { BuildResult } from './buildTime.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageWeight } from './pageWeight.ts';
import type { IndexWeight } from './searchIndex.ts';
import type { SurfaceLatency } from './searchLatency.ts';
import type { Summary } from './stats.ts';

const BUDGET = {
  /** A company page's first load, gzip, all resources. */
  companyPageBytes: 30 * 1024,
  /** JavaScript executed before any interaction, gzip, on any page. */
  jsBeforeInteractionBytes: 5 * 1024,
  /**
   * Search index, every file gzipped alone, ÷ indexed text gzip: what the host stores, a guard
   * on the format. What a reader downloads is the cold-search budget (bench/searchCold.ts);
   * docs/decisions.md says why this is no longer 1.5×.
   */
  indexRatio: 5,
  /** Warm keystroke-to-paint p95 at 5 policies, as a multiple of a bare input's p95 in the same run. */
  warmP95OverFloor5: 1.2,
  /** Warm keystroke-to-paint p95 at 1,000 policies. */
  warmP95Ms1000: 50,
  /** Longest main-thread task while typing at 1,000 policies (a long task is > 50 ms: none allowed). */
  longTasks1000: 0,
  lighthouse: 100,
  /** Build at 5 policies. */
  buildMs5: 10_000,
} as const;

export interface Check {
  budget: string;
  measured: string;
  pass: boolean;
  note?: string;
}

export interface Corpus {
  policies: number;
  build: BuildResult;
  index: IndexWeight;
  latency: SurfaceLatency[];
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number): string => `${Math.round(n * 10) / 10} ms`;
const s = (n: number): string => `${(n / 1000).toFixed(1)} s`;

export function checkBudgets(input: {
  pages: PageWeight[];
  companies: PageWeight[];
  corpora: Corpus[];
  lighthouse: LighthouseResult[] | null;
  /** The same keystroke measurement on a bare input: the browser's floor. */
  keystrokeFloor?: Summary | null;
  cores: number;
  load: number;
}): Check[] {
  const checks: Check[] = [];
  const heaviest = [...input.companies].sort((a, b) => b.total.gzip - a.total.gzip)[0];
  if (heaviest) {
    checks.push({
      budget: `company page first load ≤ ${kb(BUDGET.companyPageBytes)} gzip (all ${input.companies.length})`,
      measured: `${kb(heaviest.total.gzip)} heaviest (${heaviest.path})`,
      pass: heaviest.total.gzip <= BUDGET.companyPageBytes,
    });
  }
  const mostJs = [...input.pages, ...input.companies].sort((a, b) => b.jsExecuted.gzip - a.jsExecuted.gzip)[0];
  if (mostJs) {
    checks.push({
      budget: `JS executed before interaction ≤ ${kb(BUDGET.jsBeforeInteractionBytes)} gzip, every page`,
      measured: `${kb(mostJs.jsExecuted.gzip)} most (${mostJs.path})`,
      pass: mostJs.jsExecuted.gzip <= BUDGET.jsBeforeInteractionBytes,
    });
  }
  for (const corpus of input.corpora) {
    checks.push({
      budget: `search index, all files, ≤ ${BUDGET.indexRatio}× gzip of its text, ${corpus.policies} policies (a reader's share: cold search)`,
      measured: `${corpus.index.ratio.toFixed(2)}× (${kb(corpus.index.index.gzip)} vs ${kb(corpus.index.text.gzip)})`,
      pass: corpus.index.ratio <= BUDGET.indexRatio,
    });
  }
  const five = input.corpora.find((c) => c.policies <= 5);
  const floor = input.keystrokeFloor;
  if (five && floor) {
    const limit = floor.p95 * BUDGET.warmP95OverFloor5;
    for (const surface of five.latency) {
      checks.push({
        budget: `warm search p95 ≤ ${BUDGET.warmP95OverFloor5}× a bare input's, ${five.policies} policies, ${surface.surface}`,
        measured: `${ms(surface.warm.p95)} (on the ${surface.placement}) vs ${ms(limit)}`,
        pass: surface.warm.p95 <= limit,
        note: `a bare input's p95 in the same run: ${ms(floor.p95)}`,
      });
    }
  }
  const thousand = input.corpora.find((c) => c.policies >= 1000);
  for (const surface of thousand?.latency ?? []) {
    checks.push({
      budget: `warm search p95 ≤ ${BUDGET.warmP95Ms1000} ms, ${thousand!.policies} policies, ${surface.surface}`,
      measured: `${ms(surface.warm.p95)} (in a ${surface.placement})`,
      pass: surface.warm.p95 <= BUDGET.warmP95Ms1000,
    });
    checks.push({
      budget: `typing never blocked (no main-thread task > 50 ms), ${thousand!.policies} policies, ${surface.surface}`,
      measured: `${surface.typing.longTasks} long tasks${surface.typing.longTasks ? `, longest ${ms(surface.typing.longestTaskMs)}` : ''}`,
      pass: surface.typing.longTasks <= BUDGET.longTasks1000,
    });
  }
  for (const result of input.lighthouse ?? []) {
    const scores = Object.values(result.scores);
    checks.push({
      budget: `Lighthouse ${BUDGET.lighthouse} ×4 (mobile), ${result.path}`,
      measured: `${scores.join(' / ')}${result.performanceRuns.length > 1 ? ` (median run; performance ${result.performanceRuns.join(', ')})` : ''}`,
      pass: scores.every((n) => n >= BUDGET.lighthouse),
      ...(result.failing.length ? { note: result.failing.join(', ') } : {}),
    });
  }
  if (five) {
    // On a machine busier than its cores, wall time measures the other work; CPU time measures ours.
    const busy = input.load > input.cores;
    const cpu = five.build.cpuMs;
    const judged = busy && cpu !== null ? cpu : five.build.wallMs;
    checks.push({
      budget: `build ≤ ${s(BUDGET.buildMs5)}, ${five.policies} policies`,
      measured: `${s(five.build.wallMs)} wall${cpu !== null ? `, ${s(cpu)} CPU` : ''}`,
      pass: judged <= BUDGET.buildMs5,
      ...(busy && cpu !== null ? { note: `judged on CPU time: load ${input.load} on ${input.cores} cores` } : {}),
    });
  }
  // Linear growth: n times the policies may cost at most n times the time (fixed costs make it less).
  const sorted = [...input.corpora].sort((a, b) => a.policies - b.policies);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const factor = b.policies / a.policies;
    const growth = b.build.wallMs / a.build.wallMs;
    const cpuGrowth = a.build.cpuMs && b.build.cpuMs ? b.build.cpuMs / a.build.cpuMs : null;
    checks.push({
      budget: `build grows no worse than linearly, ${a.policies} → ${b.policies} policies (≤ ${factor}×)`,
      measured: `${growth.toFixed(2)}× wall${cpuGrowth !== null ? `, ${cpuGrowth.toFixed(2)}× CPU` : ''}`,
      pass: growth <= factor && (cpuGrowth === null || cpuGrowth <= factor),
    });
  }
  return checks;
}
