import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { buildFixtureSite, serveFolder } from '../support/fixtureSite.ts';

/**
 * Long unbreakable names, domains, addresses and words never widen a page: one real build of
 * `tests/fixtures/long-names/` (a policy of verisignsecurityservicesinternational.com with no
 * frontmatter, a 95-letter company name, headings and an address with no break), served from its
 * own folder, and every kind of page measured at 375 px. The same build has no Mimecast: About's
 * example link must land in it.
 */
test.describe.configure({ mode: 'serial' });

const ORIGIN = 'http://long-names.test';
let work = '';
let outDir = '';

test.beforeAll(({}, testInfo) => {
  testInfo.setTimeout(300_000);
  ({ work, outDir } = buildFixtureSite('long-names', 'tests/fixtures/long-names'));
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const PAGES = [
  '/',
  '/companies/',
  '/companies/verisignsecurityservicesinternational-com/',
  '/companies/longword/',
  '/compare/',
  '/practices/',
  '/practices/cookies/',
  '/about/',
  '/search/?q=privacyofficeandcustomerdataprotectionteam',
];

test('no page is wider than a 375 px screen', async ({ page }) => {
  test.setTimeout(120_000);
  await serveFolder(page, ORIGIN, outDir);
  await page.setViewportSize({ width: 375, height: 800 });
  const widths: Record<string, number> = {};
  for (const url of PAGES) {
    await page.goto(ORIGIN + url);
    await expect(page.locator('h1')).toBeVisible();
    widths[url] = await page.evaluate(() => document.documentElement.scrollWidth);
  }
  expect(widths).toEqual(Object.fromEntries(PAGES.map((url) => [url, 375])));
});

test('the long name is shown whole, wrapped, on its company page', async ({ page }) => {
  await serveFolder(page, ORIGIN, outDir);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${ORIGIN}/companies/longword/`);
  const heading = page.locator('h1');
  await expect(heading).toHaveText(
    /Pneumonoultramicroscopicsilicovolcanoconiosisandantidisestablishmentarianismholdingsincorporated/,
  );
  expect((await heading.boundingBox())!.width).toBeLessThanOrEqual(375);
});

test("About's example anchor is a company of this build, and lands", async ({ page }) => {
  const about = readFileSync(path.join(outDir, 'about/index.html'), 'utf8');
  expect(about).not.toMatch(/mimecast/i);
  await serveFolder(page, ORIGIN, outDir);
  await page.goto(`${ORIGIN}/about/`);
  const example = page.locator('a[href*="/companies/"][href*="#"]', { hasText: /^\/companies\// });
  await expect(example).toHaveCount(1);
  const target = await example.getAttribute('href');
  await example.click();
  await expect(page).toHaveURL(ORIGIN + target!);
  const id = target!.split('#')[1]!;
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});
