/**
 * `/compare/` on a large build, in Chromium: the default set is in the HTML and reads with
 * JavaScript off; `?c=` with three companies outside it shows those three, in that order, each
 * with an answer for every practice, in the answers view and in the quotes view (their columns
 * come from the prerendered per-company fragments). A scale figure (bench/scale.ts): pass or
 * fail, with what was seen.
 *
 *   node bench/compareAtScale.ts <built site dir>
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { withBrowser } from './browser.ts';
import { companyPaths } from './pages.ts';
import { serveStatic } from './staticServer.ts';

export interface CompareAtScale {
  /** The companies of the default set (in the HTML). */
  defaults: string[];
  /** The three companies asked for with `?c=`. */
  chosen: string[];
  /** What went wrong; empty when every check passed. */
  problems: string[];
}

const TIMEOUT = 60_000;

/** Three companies of the build outside the default set: a quarter, half and three quarters down the list. */
function pickCompanies(outDir: string, defaults: readonly string[]): string[] {
  const others = companyPaths(outDir)
    .map((p) => p.split('/')[2] ?? '')
    .filter((slug) => !defaults.includes(slug));
  return [0.25, 0.5, 0.75].flatMap((at) => others.slice(Math.floor(at * others.length)).slice(0, 1));
}

/** The default columns, in the order of the page's header row. */
function defaultColumns(outDir: string): string[] {
  const html = readFileSync(path.join(outDir, 'compare', 'index.html'), 'utf8');
  const head = /<thead[\s\S]*?<\/thead>/.exec(html)?.[0] ?? '';
  return [...head.matchAll(/<th[^>]*\bdata-column="([^"]+)"/g)].flatMap((m) => (m[1] ? [m[1]] : []));
}

async function visibleColumns(page: Page): Promise<string[]> {
  return page
    .locator('#matrix thead th[data-column]:visible')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-column') ?? ''));
}

/** Waits (up to a minute) until the header row shows `wanted`, in that order; returns what it shows then. */
async function columnsWhen(page: Page, wanted: readonly string[]): Promise<string[]> {
  await page
    .waitForFunction(
      (keys) =>
        [...document.querySelectorAll<HTMLElement>('#matrix thead th[data-column]')]
          .filter((th) => th.checkVisibility())
          .map((th) => th.dataset['column'])
          .join() === keys.join(),
      wanted,
      { timeout: TIMEOUT },
    )
    .catch(() => undefined);
  return visibleColumns(page);
}

async function check(browser: Browser, origin: string, defaults: string[], chosen: string[]): Promise<string[]> {
  const problems: string[] = [];
  const same = (a: readonly string[], b: readonly string[]): boolean => a.join() === b.join();

  // The default set, JavaScript off.
  const still = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await still.newPage();
    await page.goto(`${origin}/compare/`, { timeout: TIMEOUT });
    const shown = await visibleColumns(page);
    if (defaults.length === 0 || !same(shown, defaults))
      problems.push(
        `without JavaScript, /compare/ shows [${shown.join(', ')}], not the default [${defaults.join(', ')}]`,
      );
    const practices = await page.locator('#matrix tbody tr[data-practice]').count();
    const answered = await page.locator('#matrix td.mx-cell[data-stance]:visible').count();
    if (practices === 0 || answered !== practices * defaults.length)
      problems.push(
        `without JavaScript, ${answered} answer cells for ${defaults.length} companies × ${practices} practices`,
      );
  } finally {
    await still.close();
  }

  // Three chosen companies, both views.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    for (const view of ['answers', 'quotes'] as const) {
      const query = `c=${chosen.join(',')}${view === 'quotes' ? '&view=quotes' : ''}`;
      await page.goto(`${origin}/compare/?${query}`, { timeout: TIMEOUT });
      const shown = await columnsWhen(page, chosen);
      if (!same(shown, chosen)) {
        problems.push(`?${query} shows [${shown.join(', ')}]`);
        continue;
      }
      const practices = await page.locator('#matrix tbody tr[data-practice]').count();
      for (const company of chosen) {
        const cells = page.locator(`#matrix td.mx-cell[data-company="${company}"]:visible`);
        const n = await cells.count();
        if (n !== practices) problems.push(`?${query}: ${company} has ${n} answers of ${practices}`);
        if (view === 'quotes') {
          // Each of the three columns shows its evidence (a summary, quotes or the suggestion's clauses).
          const evidence = await page.locator(`#matrix td.mx-cell[data-company="${company}"] .mx-ev:visible`).count();
          if (evidence === 0) problems.push(`?${query}: ${company} shows no evidence in the quotes view`);
        }
      }
      if (view === 'quotes' && !(await page.locator('#mx-view-quotes').isChecked()))
        problems.push(`?${query}: the quotes view is not selected`);
    }
  } finally {
    await context.close();
  }
  return problems;
}

/** Checks `/compare/` of the build in `outDir` (served gzipped, as a host would). */
export async function measureCompareAtScale(outDir: string, log: (message: string) => void): Promise<CompareAtScale> {
  const defaults = defaultColumns(outDir);
  const chosen = pickCompanies(outDir, defaults);
  const site = await serveStatic(outDir);
  try {
    const problems = await withBrowser(
      'compare at scale',
      (browser) => check(browser, site.origin, defaults, chosen),
      log,
    );
    return { defaults, chosen, problems };
  } finally {
    await site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist'] = process.argv.slice(2);
  const result = await measureCompareAtScale(dir, (m) => console.error(m));
  console.log(JSON.stringify(result, null, 2));
  if (result.problems.length) process.exitCode = 1;
}
