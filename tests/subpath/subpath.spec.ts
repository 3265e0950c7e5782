import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { requireSubpathBuild, SUBPATH } from '../support/subpath.ts';

/**
 * The site served from a sub-path, as a GitHub Pages project site is: every page, link and
 * asset must stay under the base path and resolve. Built by `npm run build:subpath`.
 */
const BASE = SUBPATH.base;
requireSubpathBuild();

/**
 * Routes other parts of the site build. Until they are on this branch, a link to them cannot
 * resolve; such a link is listed as an annotation instead of failing. Once the route's
 * folder exists in the build, every link to it is checked like any other.
 */
const ROUTES_BUILT_ELSEWHERE: { route: RegExp; builtWhen: string }[] = [
  { route: /^companies\/$/, builtWhen: 'companies/index.html' },
  { route: /^compare\//, builtWhen: 'compare/index.html' },
  { route: /^practices\//, builtWhen: 'practices/index.html' },
  { route: /^search\//, builtWhen: 'search/index.html' },
  { route: /^data\//, builtWhen: 'data/matrix.json' },
];
function pending(pathname: string): boolean {
  const rel = pathname.slice(BASE.length);
  const entry = ROUTES_BUILT_ELSEWHERE.find((r) => r.route.test(rel));
  return entry !== undefined && !existsSync(`${SUBPATH.outDir}/${entry.builtWhen}`);
}

test.describe.configure({ timeout: 240_000 });

test('pages load with their styles and scripts, and nothing escapes the base path', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(BASE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policy Atlas');
  // The stylesheet applied: the paper colour and the company cards' grid.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(253, 252, 249)');
  expect(await page.locator('main ul').evaluateAll((uls) => uls.map((ul) => getComputedStyle(ul).display))).toContain(
    'grid',
  );
  // The scripts loaded: the theme switch works.
  await page.getByRole('button', { name: /^Theme: / }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme-choice', 'light');
  expect(failed).toEqual([]);
  // Head links: favicon, canonical and Open Graph URL under the base.
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', `${BASE}favicon.svg`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SUBPATH.site}${BASE}`);
  // Both search forms submit to the search page under the base.
  for (const form of await page.getByRole('search').all())
    await expect(form).toHaveAttribute('action', `${BASE}search/`);
  await page.getByRole('search', { name: 'Search the policies' }).getByRole('searchbox').fill('cookies');
  await page.getByRole('search', { name: 'Search the policies' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(`${BASE}search/?q=cookies`);
});

test('every internal link, asset and #anchor of every page resolves under the base path', async ({
  page,
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const queue: string[] = [BASE];
  const seen = new Set<string>(queue);
  const html = new Map<string, string>();
  const assets = new Set<string>();
  const anchors = new Set<string>();
  const problems: string[] = [];
  const skipped = new Set<string>();

  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await page.goto(path);
    if (response?.status() !== 200) {
      problems.push(`${path}: status ${response?.status()}`);
      continue;
    }
    html.set(path, await response.text());
    const refs = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], link[href], script[src], img[src], source[src], form[action]')].map(
        (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '',
      ),
    );
    for (const ref of refs) {
      const url = new URL(ref, page.url());
      if (url.origin !== origin) continue; // external links are not the site's
      if (!url.pathname.startsWith(BASE)) {
        problems.push(`${path} → ${ref}: outside ${BASE}`);
        continue;
      }
      if (pending(url.pathname)) {
        skipped.add(url.pathname);
        continue;
      }
      if (url.hash) anchors.add(`${url.pathname}${url.hash}`);
      const isPage = url.pathname.endsWith('/') || url.pathname.endsWith('.html');
      if (isPage && !seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      } else if (!isPage) {
        assets.add(url.pathname);
      }
    }
  }

  for (const asset of assets) {
    const response = await request.get(asset);
    if (response.status() !== 200) problems.push(`${asset}: status ${response.status()}`);
  }
  for (const anchor of anchors) {
    const [pathname, fragment] = anchor.split('#') as [string, string];
    const text = html.get(pathname);
    if (text && !text.includes(`id="${decodeURIComponent(fragment)}"`))
      problems.push(`${anchor}: no element with that id`);
  }

  expect(seen.size, 'pages crawled: home, About and the five companies at least').toBeGreaterThanOrEqual(7);
  expect(assets.size, 'assets checked').toBeGreaterThanOrEqual(3);
  expect(anchors.size, 'anchors checked').toBeGreaterThanOrEqual(20);
  if (skipped.size) {
    test.info().annotations.push({ type: 'not built on this branch', description: [...skipped].sort().join(' ') });
  }
  expect(problems).toEqual([]);
});

test('the versions feed links every version under the base path, with absolute URLs', async ({ page, request }) => {
  const response = await request.get(`${BASE}versions.xml`);
  // astro preview serves .xml as text/xml, a static host as application/xml or atom+xml.
  expect(response.headers()['content-type']).toMatch(/^(text|application)\/(atom\+)?xml/);
  const xml = await response.text();
  expect(xml).toContain(`<id>${SUBPATH.site}${BASE}versions.xml</id>`);
  const hrefs = [...xml.matchAll(/ href="([^"]+)"/g)].map((m) => m[1]!);
  expect(hrefs.length).toBeGreaterThan(12);
  for (const href of hrefs) expect(href.startsWith(`${SUBPATH.site}${BASE}`), href).toBe(true);
  expect(hrefs).toContain(`${SUBPATH.site}${BASE}companies/mimecast/changes/2014-04-03-to-2016-12-03/`);
  // Pages about versions announce it, under the base path.
  await page.goto(`${BASE}companies/mimecast/`);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    `${BASE}versions.xml`,
  );
  const path = (href: string) => new URL(href).pathname;
  const version = await page.request.get(path(hrefs.find((h) => h.endsWith('/mimecast/2010-08-13/'))!));
  expect(version.status()).toBe(200);
});

test('robots.txt, the sitemap and the 404 page know the base path', async ({ page, request }) => {
  const robots = await (await request.get(`${BASE}robots.txt`)).text();
  expect(robots).toContain(`Sitemap: ${SUBPATH.site}${BASE}sitemap-index.xml`);
  const index = await (await request.get(`${BASE}sitemap-index.xml`)).text();
  expect(index).toContain(`<loc>${SUBPATH.site}${BASE}sitemap-0.xml</loc>`);
  const sitemap = await (await request.get(`${BASE}sitemap-0.xml`)).text();
  expect(sitemap).toContain(`<loc>${SUBPATH.site}${BASE}about/</loc>`);
  expect(sitemap).toContain(`<loc>${SUBPATH.site}${BASE}companies/mimecast/</loc>`);

  const response = await page.goto(`${BASE}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not in the atlas');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(253, 252, 249)');
  const hrefs = await page.locator('main a, header a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => !h.startsWith('#') && !h.startsWith(BASE))).toEqual([]);
});

test(`a build with SEARCH_ON=${SUBPATH.searchOn} searches in a worker loaded from under the base path, CSP allowing it`, async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${BASE}about/`);
  await expect(page.locator('site-search')).toHaveAttribute('data-search-on', 'worker');
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Search clauses' });
  await box.fill('cokies');
  const first = page.getByRole('listbox', { name: 'Matching clauses' }).getByRole('option').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${BASE}companies/[a-z-]+/\\?q=cokies#c-`), {
    timeout: 20_000,
  });
  expect(workers).toHaveLength(1);
  expect(workers[0]).toMatch(new RegExp(`^${BASE}_astro/search\\.worker`));

  await page.goto(`${BASE}search/?q=unsubscribe`);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/match “unsubscribe”/, { timeout: 20_000 });
  expect(problems).toEqual([]);
});
