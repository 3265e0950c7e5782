/** The benchmark's printed tables, and its JSON record. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Check, Corpus } from './budgets.ts';
import type { Sizes } from './compress.ts';
import type { EngineLatency } from './engineLatency.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { Machine } from './machine.ts';
import type { PageWeight } from './pageWeight.ts';
import type { PageType } from './pages.ts';
import type { ReviewResults } from './reviewAgreement.ts';
import type { ScaleFigure } from './scale.ts';
import type { Summary } from './stats.ts';

export interface Results {
  /** Suggested answers vs reviews (bench/reviewAgreement.ts). */
  review: ReviewResults;
  startedAt: string;
  options: { quick: boolean; build: boolean };
  machine: Machine;
  /** Load average (1 min) at the end of the run. */
  loadAtEnd: number;
  pages: (PageType & { weight: PageWeight | null })[];
  companies: PageWeight[];
  corpora: (Corpus & { engine: EngineLatency })[];
  /** Warm keystroke → paint on a bare input in the same browser (absent in older records). */
  keystrokeFloor?: Summary | null;
  lighthouse: LighthouseResult[] | null;
  /** Build time, peak memory and the largest page at 1,000, 2,000 and 5,000 policies (absent in older records). */
  scale?: ScaleFigure[];
  checks: Check[];
}

/** Lays out rows as a text table; the first row is the header, numbers align right. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
  const numeric = (cell: string): boolean =>
    /^[\d.,/ ×%–-]+(?:\s?(?:KB|ms|s|B))?$/.test(cell.trim()) && /\d/.test(cell);
  const line = (r: string[]): string =>
    r
      .map((cell, col) => (numeric(cell) ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

const kb = (n: number): string => (n / 1024).toFixed(1);
const pair = (s: Sizes): string => `${kb(s.gzip)} / ${kb(s.brotli)}`;
const num = (n: number): string => (Number.isNaN(n) ? '–' : String(Math.round(n * 10) / 10));

export function formatReport(r: Results): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(
    `Policy Atlas benchmark — ${r.startedAt}${r.options.quick ? ' (quick: no Lighthouse, no 1,000-policy corpus)' : ''}`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}`,
    `Load average: ${m.loadAverage.join(' ')} at the start, ${r.loadAtEnd} at the end (figures are noisier when it exceeds ${m.cores})`,
    '',
  );

  out.push('BUILD (astro build, from a clean output folder)');
  const corpora = [...r.corpora].sort((a, b) => a.policies - b.policies);
  out.push(
    table([
      ['policies', 'pages', 'wall s', 'CPU s', 'wall ms/policy', 'marginal ms/policy'],
      ...corpora.map((c, i) => {
        const prev = corpora[i - 1];
        const marginal = prev ? (c.build.wallMs - prev.build.wallMs) / (c.policies - prev.policies) : Number.NaN;
        return [
          String(c.policies),
          String(c.build.pages),
          (c.build.wallMs / 1000).toFixed(1),
          c.build.cpuMs === null ? '–' : (c.build.cpuMs / 1000).toFixed(1),
          num(c.build.wallMs / c.policies),
          num(marginal),
        ];
      }),
    ]),
    '',
  );

  out.push(
    'PAGE WEIGHT, first load, KB gzip / brotli (each resource compressed at max level); JS run = scripts executed before any interaction',
  );
  const weightRow = (label: string, w: PageWeight): string[] => [
    label,
    w.path,
    String(w.requests),
    pair(w.byKind.html),
    pair(w.byKind.css),
    pair(w.byKind.js),
    pair(w.byKind.other),
    pair(w.total),
    `${w.scriptsExecuted} · ${kb(w.jsExecuted.gzip)}`,
    w.ownTextGzip ? `${kb(w.ownTextGzip)} · ${(w.total.gzip / w.ownTextGzip).toFixed(1)}×` : '',
  ];
  out.push(
    table([
      ['page', 'path', 'req', 'HTML', 'CSS', 'JS', 'other', 'total', 'JS run (n · KB gz)', 'own text gz · total÷text'],
      ...r.pages.map((p) =>
        p.weight ? weightRow(p.type, p.weight) : [p.type, p.path, 'not built', '', '', '', '', '', '', ''],
      ),
      ...r.companies.map((w) => weightRow('  company', w)),
    ]),
    '',
  );

  out.push('SEARCH INDEX (search-index/: manifest and shards, all files) against the gzip size of the text it indexes');
  out.push(
    table([
      [
        'policies',
        'clauses',
        'files',
        'manifest gz KB',
        'largest shard gz KB',
        'raw KB',
        'gzip KB',
        'brotli KB',
        'text gzip KB',
        'ratio',
      ],
      ...corpora.map((c) => [
        String(c.policies),
        String(c.index.clauses),
        String(c.index.files),
        kb(c.index.manifest.gzip),
        kb(c.index.largestShardGzip),
        kb(c.index.index.raw),
        kb(c.index.index.gzip),
        kb(c.index.index.brotli),
        kb(c.index.text.gzip),
        `${c.index.ratio.toFixed(2)}×`,
      ]),
    ]),
    '',
  );

  out.push(
    'SEARCH LATENCY in Chromium, keystroke → results painted, ms (cold: focus → first results on a fresh page, code and index fetched)',
  );
  out.push(
    table([
      [
        'policies',
        'where',
        'runs on',
        'cold p50',
        'cold p95',
        'warm p50',
        'warm p95',
        'warm max',
        'keys',
        'long tasks',
        'longest',
        'slowest key event',
      ],
      ...corpora.flatMap((c) =>
        c.latency.map((l) => [
          String(c.policies),
          l.surface,
          l.placement,
          num(l.cold.p50),
          num(l.cold.p95),
          num(l.warm.p50),
          num(l.warm.p95),
          num(l.warm.max),
          String(l.warm.n),
          String(l.typing.longTasks),
          num(l.typing.longestTaskMs),
          num(l.typing.slowestEventMs),
        ]),
      ),
    ]),
    ...(r.keystrokeFloor
      ? [
          `floor: the same keystrokes in a bare input that only rewrites a line of text: p50 ${num(r.keystrokeFloor.p50)}, p95 ${num(r.keystrokeFloor.p95)}, max ${num(r.keystrokeFloor.max)} ms`,
        ]
      : []),
    'warm: every keystroke of the fixed queries, one key at a time; long tasks: main-thread tasks > 50 ms while the same queries were',
    'typed at full speed (longest in ms); slowest key event: the longest key/input event (Event Timing: input delay, handlers, next paint)',
    '',
  );

  out.push(
    "SEARCH ENGINE alone, in Node over the built index (no worker, no DOM), ms; CPU = this thread's CPU time, steadier on a busy machine",
  );
  out.push(
    table([
      ['policies', 'clauses', 'prepare', 'prepare CPU', 'keystroke p50', 'keystroke p95', 'max', 'CPU p50', 'CPU p95'],
      ...corpora.map((c) => [
        String(c.policies),
        String(c.index.clauses),
        String(c.engine.prepareMs),
        String(c.engine.prepareCpuMs),
        num(c.engine.perKeystroke.p50),
        num(c.engine.perKeystroke.p95),
        num(c.engine.perKeystroke.max),
        num(c.engine.perKeystrokeCpu.p50),
        num(c.engine.perKeystrokeCpu.p95),
      ]),
    ]),
    '',
  );

  if (r.lighthouse) {
    const runs = r.lighthouse[0]?.performanceRuns.length ?? 1;
    out.push(
      `LIGHTHOUSE (mobile preset: simulated slow 4G, 4× CPU slowdown; the median of ${runs} run${runs === 1 ? '' : 's'} per page, every run's performance beside it)`,
    );
    out.push(
      table([
        ['path', 'perf', 'runs', 'a11y', 'best pr.', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'lost points'],
        ...r.lighthouse.map((l) => [
          l.path,
          String(l.scores.performance),
          l.performanceRuns.join(' '),
          String(l.scores.accessibility),
          String(l.scores['best-practices']),
          String(l.scores.seo),
          num(l.metrics.fcp),
          num(l.metrics.lcp),
          num(l.metrics.tbt),
          String(l.metrics.cls),
          l.failing.join(', ') || '–',
        ]),
      ]),
      '',
    );
  }

  out.push('BUDGETS');
  out.push(
    table([
      ['', 'budget', 'measured', 'note'],
      ...r.checks.map((c) => [c.pass ? 'PASS' : 'FAIL', c.budget, c.measured, c.note ?? '']),
    ]),
  );
  const failed = r.checks.filter((c) => !c.pass).length;
  const missing = r.pages.filter((p) => !p.weight).map((p) => p.type);
  out.push(
    '',
    `${r.checks.length - failed} of ${r.checks.length} budgets pass.${missing.length ? ` Page types not built yet: ${missing.join(', ')}.` : ''}`,
  );
  return out.join('\n');
}

/** Writes the results as `.bench/results/<time>.json` and `.bench/latest.json`; returns the first path. */
export function writeResults(r: Results, dir = '.bench'): string {
  mkdirSync(path.join(dir, 'results'), { recursive: true });
  const file = path.join(dir, 'results', `${r.startedAt.replace(/[:.]/g, '-')}.json`);
  const json = `${JSON.stringify(r, null, 2)}\n`;
  writeFileSync(file, json);
  writeFileSync(path.join(dir, 'latest.json'), json);
  return file;
}
