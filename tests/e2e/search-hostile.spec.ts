/** Hostile queries, in both search boxes and in the URL. */
import { test, type Page } from '@playwright/test';
import { expect, headerBox, status, watchForErrors } from '../support/searchPage.ts';

test.describe.configure({ timeout: 120_000 });

/**
 * What a query could have injected: images, SVG, frames and objects (compared with the page
 * before any query: the header's own icons are SVG), scripts that mention alert(, and any
 * element carrying an inline event handler.
 */
const injected = (page: Page) =>
  page.evaluate(() => [
    ...[...document.querySelectorAll('img, svg, iframe, object, embed')].map((el) => el.outerHTML.slice(0, 80)),
    ...[...document.scripts]
      .filter((el) => (el.textContent ?? '').includes('alert('))
      .map((el) => el.outerHTML.slice(0, 80)),
    ...[...document.querySelectorAll('*')]
      .filter((el) => el.getAttributeNames().some((name) => name.startsWith('on')))
      .map((el) => el.outerHTML.slice(0, 80)),
  ]);

test('hostile queries inject nothing and throw nothing', async ({ page }) => {
  const problems = watchForErrors(page);
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '<script>alert(1)</script>',
    "javascript:alert(1)//'",
    '.*+?^${}()|[]\\',
    '(a+)+$',
    '%3Cimg%20src%3Dx%3E',
    '😀🎉👩‍👩‍👧',
    'مرحبا بالعالم',
    'שלום עולם cookies',
    '\u202eesrever\u202c',
    '__proto__',
    'x'.repeat(10_000),
  ];
  await page.goto('/search/');
  const onSearchPage = await injected(page);
  const box = page.getByRole('searchbox', { name: 'Words to find' });
  for (const query of hostile) {
    await box.fill(query);
    await expect(status(page)).toHaveText(/match|No clauses/);
    expect(await injected(page)).toEqual(onSearchPage);
  }
  await box.fill('x'.repeat(10_000));
  await expect(box).toHaveValue('x'.repeat(200)); // the field takes at most 200 characters
  await page.goto('/');
  const onHome = await injected(page);
  for (const query of hostile) {
    await headerBox(page).fill(query);
    await expect(page.getByRole('banner').locator('[data-panel-status]')).toHaveText(/clauses? from|Nothing found/);
    expect(await injected(page)).toEqual(onHome);
  }
  await page.goto(
    `/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}&company=${encodeURIComponent('<b>')}`,
  );
  await expect(status(page)).toHaveText(/match “<img src=x onerror=alert\(1\)>”|No clauses match/);
  expect(await injected(page)).toEqual(onSearchPage);
  expect(problems).toEqual([]);
});
