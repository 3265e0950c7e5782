import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { buildFixtureSite, serveFolder } from '../support/fixtureSite.ts';

/**
 * Long unbreakable names, domains, addresses and words never widen a page: one real build of
 * `tests/fixtures/long-names/` (a policy of verisignsecurityservicesinternational.com with no
 * frontmatter, a 95-letter company name, headings and an address with no break), served from its
 * own folder, and every kind of page measured at 375 px. The same build has no Mimecast: About's
 * example link must land in it. Fifty small filler policies join them, so that the lists that are
 * paged (`/companies/`, each practice page) have a second page: the long names fall on it.
 */
test.describe.configure({ mode: 'serial' });

const ORIGIN = 'http://long-names.test';
let work = '';
let outDir = '';

test.beforeAll(({}, testInfo) => {
  testInfo.setTimeout(300_000);
  ({ work, outDir } = buildFixtureSite('long-names', (folder) => {
    const policies = path.join(folder, 'policies');
    mkdirSync(policies);
    for (const name of readdirSync('tests/fixtures/long-names'))
      copyFileSync(path.join('tests/fixtures/long-names', name), path.join(policies, name));
    for (let i = 1; i <= FILLERS; i++) {
      const n = String(i).padStart(2, '0');
      writeFileSync(
        path.join(policies, `filler-${n}.md`),
        `---\nname: Filler ${n}\n---\n> *The following text is extracted and transformed from the filler-${n}.example privacy policy that was archived on 2012-03-01. Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/20120301000000id_/http%3A//filler-${n}.example/privacy) for the most accurate reproduction.*\n\n# Privacy\n\nWe use cookies to remember your preferences. We never sell your personal information.\n`,
      );
    }
    return policies;
  }));
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Filler policies: with the two long ones, 52 companies, a page of 48 and a page of 4. */
const FILLERS = 50;

const PAGES = [
  '/',
  '/companies/',
  '/companies/page/2/',
  '/companies/verisignsecurityservicesinternational-com/',
  '/companies/longword/',
  '/compare/',
  '/practices/',
  '/practices/cookies/',
  '/practices/cookies/page/2/',
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

test('paged lists: at most 48 companies a page, reviewed first, linked page to page, without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await serveFolder(page, ORIGIN, outDir);
  const cards = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2 }) });

  await page.goto(`${ORIGIN}/companies/`);
  await expect(cards).toHaveCount(48);
  await expect(page.getByRole('main')).toContainText('Showing 1–48 of 52, page 1 of 2');
  await expect(cards.first()).toContainText('Filler 01');
  const pager = page.getByRole('navigation', { name: 'Pages of companies' });
  await expect(pager.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  await expect(pager.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  await expect(page.locator('link[rel="next"]')).toHaveAttribute('href', '/companies/page/2/');
  await expect(page.locator('link[rel="prev"]')).toHaveCount(0);
  // The jump list names each page by its first and last company.
  await pager.getByText('Jump to a page by name').click();
  await expect(pager.getByRole('listitem').filter({ hasText: /^Page 2/ })).toContainText(
    'Filler 49 – Verisignsecurityservicesinternational',
  );

  await pager.getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(`${ORIGIN}/companies/page/2/`);
  await expect(page).toHaveTitle(/^Companies, page 2 of 2 · Policy Atlas$/);
  await expect(cards).toHaveCount(4);
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText([
    'Filler 49',
    'Filler 50',
    /^Pneumonoultramicroscopic/,
    /^Verisignsecurityservicesinternational/,
  ]);
  await expect(page.locator('link[rel="prev"]')).toHaveAttribute('href', '/companies/');
  await expect(pager.getByRole('link', { name: 'Next' })).toHaveCount(0);
  await pager.getByRole('link', { name: 'Page 1' }).click();
  await expect(page).toHaveURL(`${ORIGIN}/companies/`);

  // A practice page counts every company's answer, and lists them 48 a page in the same order.
  await page.goto(`${ORIGIN}/practices/cookies/`);
  const answers = page.locator('article.practice-answer');
  await expect(answers).toHaveCount(48);
  await expect(page.getByRole('list', { name: 'Answers at a glance' })).toHaveText(/^52 ×/);
  await page
    .getByRole('navigation', { name: 'Pages of answers on cookies' })
    .getByRole('link', { name: 'Page 2' })
    .click();
  await expect(page).toHaveURL(`${ORIGIN}/practices/cookies/page/2/`);
  await expect(answers).toHaveCount(4);
  await expect(page.locator('h1')).toHaveText('Cookies');

  // A matrix cell links to its company's answer on the page of the practice that holds it.
  const column = readFileSync(path.join(outDir, 'compare/columns/longword/index.html'), 'utf8');
  expect(column).toContain('href="/practices/cookies/page/2/#answer-longword"');
  await page.goto(`${ORIGIN}/practices/cookies/page/2/#answer-longword`);
  await expect(page.locator('[id="answer-longword"]')).toBeInViewport();

  // The practices index counts the answers instead of naming 52 companies for each practice.
  await page.goto(`${ORIGIN}/practices/`);
  await expect(
    page.getByRole('list', { name: /^How many of the 52 companies give each answer to “Cookies”$/ }),
  ).toHaveText(/^52 ×/);
  await expect(page.getByRole('main')).not.toContainText('Filler 01');
  await context.close();
});
