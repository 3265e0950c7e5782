/**
 * The Content-Security-Policy in the browser: every page of the build, and the interactive
 * parts (theme toggle, header search, search page), run without a single CSP violation,
 * console error or uncaught exception; and the policy does block what it must.
 * Pages are taken from dist/, so every page type the build has is covered.
 */
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** What the tests' init scripts put on the page's window. */
declare global {
  interface Window {
    __cspViolations?: string[];
    __cspBreach?: string;
  }
}

/** Every HTML page of the build, as a URL path. */
const PAGES = (readdirSync('dist', { recursive: true }) as string[])
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`)
  .sort();

interface Incidents {
  violations: () => Promise<string[]>;
  errors: string[];
}

/** Records CSP violations (from the document, before any page script runs), console errors and uncaught exceptions. */
async function watch(page: Page): Promise<Incidents> {
  await page.addInitScript(() => {
    const list: string[] = [];
    window.__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => {
      list.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return {
    violations: () => page.evaluate(() => [...(window.__cspViolations ?? [])]),
    errors,
  };
}

test('the build has pages to check', () => {
  expect(PAGES).toContain('/');
});

/** Loads each page in turn and returns what went wrong on each. */
async function visitAll(page: Page, paths: readonly string[]): Promise<string[]> {
  const incidents = await watch(page);
  const found: string[] = [];
  for (const path of paths) {
    incidents.errors.length = 0;
    await page.goto(path, { waitUntil: 'load' });
    for (const v of [...(await incidents.violations()), ...incidents.errors]) found.push(`${path}: ${v}`);
  }
  return found;
}

// Every page of the build, in two halves that run side by side.
for (const [half, paths] of [PAGES.filter((_, i) => i % 2 === 0), PAGES.filter((_, i) => i % 2 === 1)].entries()) {
  test(`no CSP violation, console error or exception on any page (${half + 1}/2)`, async ({ page }) => {
    test.setTimeout(60_000 + paths.length * 10_000);
    expect(await visitAll(page, paths)).toEqual([]);
  });
}

/** One page of each type that has the site's chrome (header search, theme toggle). */
const INTERACTIVE = [
  '/',
  PAGES.find((p) => /^\/companies\/[^/]+\/$/.test(p)),
  '/compare/',
  PAGES.find((p) => /^\/practices\/[^/]+\/$/.test(p)),
  '/about/',
  '/404.html',
].filter((p): p is string => p !== undefined && PAGES.includes(p));

for (const path of INTERACTIVE) {
  test(`no CSP violation while the theme toggle and the header search are used on ${path}`, async ({ page }) => {
    const incidents = await watch(page);
    await page.goto(path);
    for (const button of await page.locator('theme-toggle button:visible').all()) {
      for (let i = 0; i < 3; i++) await button.click(); // system → light → dark → system
    }
    const search = page.locator('#site-search:visible');
    await expect(search, 'the header search box').toHaveCount(1);
    await search.fill('cookies'); // loads the search code and the index (and, in a large build, the worker)
    // Search must answer: a violation that stopped it would otherwise pass unseen.
    await expect(
      page.locator('site-search a[href*="/companies/"][href*="#"]').first(),
      'the header search lists a clause',
    ).toBeAttached({ timeout: 15_000 });
    await search.press('Escape');
    expect(await incidents.violations()).toEqual([]);
    expect(incidents.errors).toEqual([]);
  });
}

test('no CSP violation while the search page searches', async ({ page }) => {
  expect(PAGES, 'the build has a /search/ page').toContain('/search/');
  const incidents = await watch(page);
  await page.goto('/search/?q=cokies');
  const results = page.locator('main a[href*="/companies/"][href*="#"]');
  await expect(results.first(), 'results for ?q=cokies').toBeAttached({ timeout: 15_000 });
  const field = page.locator('main input[type="search"]');
  await expect(field).toHaveCount(1);
  await field.fill('unsubscribe');
  await expect(results.first(), 'results for "unsubscribe"').toBeAttached({ timeout: 15_000 });
  await expect(results.first()).toContainText(/unsubscribe/i);
  expect(await incidents.violations()).toEqual([]);
  expect(incidents.errors).toEqual([]);
});

test('the policy blocks injected script, inline handlers, styles and third-party requests', async ({ page }) => {
  const incidents = await watch(page);
  await page.goto('/');
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__cspBreach = "inline script"';
    document.body.append(script);
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.__cspBreach = "inline handler"');
    document.body.append(button);
    button.click();
    const div = document.createElement('div');
    div.setAttribute('style', 'color: rgb(1, 2, 3)');
    document.body.append(div);
    const styled = getComputedStyle(div).color === 'rgb(1, 2, 3)';
    let fetched = true;
    try {
      await fetch('https://third-party.example/beacon');
    } catch {
      fetched = false;
    }
    button.remove();
    div.remove();
    return { breach: window.__cspBreach ?? null, styled, fetched };
  });
  expect(outcome).toEqual({ breach: null, styled: false, fetched: false });
  const violations = await incidents.violations();
  for (const directive of ['script-src-elem', 'script-src-attr', 'style-src-attr', 'connect-src']) {
    expect(
      violations.some((v) => v.startsWith(directive)),
      `a ${directive} violation was reported`,
    ).toBe(true);
  }
});
