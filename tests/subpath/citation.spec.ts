import { expect, test, type Page } from '@playwright/test';
import { fold } from '../support/anchors.ts';
import { realPolicies } from '../support/policies.ts';
import { requireSubpathBuild, SUBPATH } from '../support/subpath.ts';

/**
 * Citations on the site served from a sub-path: what a reader copies is the published address,
 * base path included, and it leads back to the quoted clause on that page. The same controls
 * under `/` are tested in tests/e2e/share.spec.ts.
 */
const BASE = SUBPATH.base;
requireSubpathBuild();

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

const clipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

/** The published URLs (SITE_URL's origin) a copied text holds (in BibTeX, inside braces). */
function publishedUrls(text: string): URL[] {
  return [...text.matchAll(/https?:\/\/[^\s{}\\]+/g)]
    .map((m) => new URL(m[0]))
    .filter((url) => url.origin === SUBPATH.site);
}

/**
 * Opens a cited URL on the server under test (its path and fragment) and asserts the fragment's
 * element is there, is the :target, and holds the quote. Opened afresh, as a reader following
 * the link from elsewhere would (from its own page, the hash alone would change).
 */
async function expectClauseAt(page: Page, url: URL, quote: string): Promise<void> {
  await page.goto('about:blank');
  const response = await page.goto(`${url.pathname}${url.hash}`);
  expect(response?.status(), `${url.pathname} is served`).toBe(200);
  const target = page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`);
  await expect(target, `${url.hash} has one element on ${url.pathname}`).toHaveCount(1);
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
  expect(fold(await target.innerText())).toContain(fold(quote).slice(0, 40));
}

test('a quote’s Copy citation gives its clause’s published URL under the base path, and that URL lands on the clause', async ({
  page,
}) => {
  const cases = [
    { slug: 'mimecast', practice: 'cookies', on: `${BASE}companies/mimecast/`, within: '[id="answer-cookies"]' },
    {
      slug: 'mimecast',
      practice: 'sells-data',
      on: `${BASE}practices/sells-data/`,
      within: '[data-company="mimecast"]',
    },
  ];
  for (const { slug, practice, on, within } of cases) {
    await test.step(`${practice} quoted on ${on}`, async () => {
      const quote = realPolicies[slug]!.practices[practice]!.quotes[0]!;
      await page.goto(on);
      await page
        .locator(within)
        .getByRole('button', { name: /Copy citation of the quote/ })
        .first()
        .click();
      await expect(page.locator('#copy-link-status')).toHaveText(/^Citation copied/);
      const text = await clipboard(page);
      expect(text).toContain(`“${fold(quote.text)}”`);
      const cited = publishedUrls(text).filter((url) => url.hash);
      expect(cited.map((url) => url.href)).toEqual([`${SUBPATH.site}${BASE}companies/${slug}/#${quote.clauseId}`]);
      await expectClauseAt(page, cited[0]!, quote.text);
    });
  }
});

test('“Cite this policy” gives the company page’s URL under the base path, in plain text and BibTeX', async ({
  page,
}) => {
  const policy = realPolicies['ironport']!;
  const pageUrl = `${SUBPATH.site}${BASE}companies/ironport/`;
  await page.goto(`${BASE}companies/ironport/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', pageUrl);
  await page.getByText('Cite this policy').click();
  await expect(page.locator('#atlas-cite-text')).toContainText(pageUrl);
  await expect(page.locator('#atlas-cite-bibtex')).toContainText(new RegExp(`\\burl += \\{${pageUrl}\\},`));

  await page.getByRole('button', { name: 'Copy the plain-text citation' }).click();
  await expect.poll(() => clipboard(page)).toContain(policy.name);
  expect(publishedUrls(await clipboard(page)).map((url) => url.href)).toEqual([pageUrl]);
  await page.getByRole('button', { name: 'Copy the BibTeX entry' }).click();
  await expect.poll(() => clipboard(page)).toMatch(/^@misc\{/);
  expect(publishedUrls(await clipboard(page)).map((url) => url.href)).toEqual([pageUrl]);

  // The cited address is the page: served under the base path, naming the company.
  const response = await page.goto(new URL(pageUrl).pathname);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(policy.name);
});
