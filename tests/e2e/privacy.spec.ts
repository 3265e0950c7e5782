import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES, openPageType, routeBuilt } from '../support/pageTypes.ts';

/**
 * Practise what we compare: browsing the site never leaves its own origin and never sets a
 * cookie. The only thing kept in the browser is the theme choice, in localStorage.
 */
test('browsing every page type stays on the site’s own origin and sets no cookie', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const setCookies: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', async (response) => {
    const header = await response.headerValue('set-cookie');
    if (header) setCookies.push(`${response.url()}: ${header}`);
  });

  const visited: string[] = [];
  for (const type of PAGE_TYPES) {
    if (!routeBuilt(type)) continue; // the lead's merged build covers every type
    await openPageType(page, type);
    visited.push(type.name);
  }
  // Use what the JavaScript does: the theme toggle, and a search from the header box.
  await page.goto('/about/');
  await page.getByRole('button', { name: /^Theme: / }).click();
  await page.getByRole('button', { name: /^Theme: / }).click();
  const search = page.getByRole('banner').getByRole('combobox', { name: 'Search clauses' });
  await search.fill('unsubscribe');
  await search.press('Enter');
  await page.waitForLoadState('networkidle');

  expect(visited).toEqual(expect.arrayContaining(['home', 'one company', 'about', '404']));
  expect(requests.length).toBeGreaterThan(visited.length);
  const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(foreign, 'requests to other origins').toEqual([]);
  expect(setCookies, 'Set-Cookie headers').toEqual([]);
  expect(await context.cookies(), 'cookies in the browser').toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const storage = await page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  expect(
    storage.local.every((key) => key === 'theme'),
    `localStorage keys: ${storage.local.join(', ')}`,
  ).toBe(true);
  expect(storage.session).toEqual([]);
});

/** Every file of the build, for the pages nobody browsed in the test above. */
function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? builtFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

test('no built page or stylesheet loads anything from another origin', () => {
  const files = builtFiles(process.env['OUT_DIR'] ?? 'dist').filter((f) => /\.(html|css|js)$/.test(f));
  expect(files.some((f) => f.endsWith('.html'))).toBe(true);
  const offenders: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const loads = file.endsWith('.html')
      ? [
          ...text.matchAll(/<(?:script|img|iframe|audio|video|source|embed)\b[^>]*\ssrc="?(https?:)?\/\/[^"\s>]*/gi),
          ...text.matchAll(
            /<link\b(?=[^>]*\srel="?(?:stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|manifest))[^>]*\shref="?(https?:)?\/\/[^"\s>]*/gi,
          ),
          ...text.matchAll(/<form\b[^>]*\saction="?(https?:)?\/\/[^"\s>]*/gi),
        ]
      : [
          ...text.matchAll(
            /(?:url\(\s*["']?|@import\s+["']|fetch\(\s*["'`]|import\(\s*["'`])(https?:)?\/\/[^"')\s]*/gi,
          ),
        ];
    for (const match of loads) offenders.push(`${file}: ${match[0].slice(0, 120)}`);
  }
  expect(offenders).toEqual([]);
});
