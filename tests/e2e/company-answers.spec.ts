/**
 * A company page's answers section as a reader meets it: one link control per answer row, named
 * in words and copying the row's own anchor; the line that says which anchor is which; Mimecast's
 * page short enough on a phone with every answer, summary and quote still there; and the page on
 * paper.
 */
import { expect, test, type Page } from '@playwright/test';
import { realPolicies, taxonomy } from '../support/policies.ts';
import { slugs } from '../support/companyPage.ts';
import { printToA4, squeeze } from '../support/pdf.ts';

/** The answers section and its rows, one per practice. */
function answerRows(page: Page) {
  return page.getByRole('region', { name: 'Practices at a glance' }).locator('li[id^="answer-"]');
}

test.describe('one link control per answer row', () => {
  for (const width of [375, 1280]) {
    test(`on every company page, at ${width} px`, async ({ page }) => {
      test.slow(); // five pages
      await page.setViewportSize({ width, height: 900 });
      for (const slug of slugs) {
        await page.goto(`/companies/${slug}/`);
        const rows = answerRows(page);
        await expect(rows).toHaveCount(taxonomy.length);
        const controls = await rows.evaluateAll((lis) =>
          lis.map((li) => ({
            id: li.id,
            controls: [...li.querySelectorAll('copy-link a')].map((a) => a.getAttribute('href')),
          })),
        );
        expect(controls, slug).toEqual(taxonomy.map((p) => ({ id: `answer-${p.id}`, controls: [`#answer-${p.id}`] })));
        const name = realPolicies[slug]!.name;
        await expect(rows.first().locator('copy-link a')).toHaveAccessibleName(
          new RegExp(`^(Copy link|Link) to this answer\\s*: ${name} on ${taxonomy[0]!.label.toLowerCase()}$`),
        );
        await expect(rows.first().locator('copy-link a')).toBeVisible();
      }
    });
  }

  test('copies the row’s own anchor', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/companies/mimecast/');
    const control = page.locator('[id="answer-sells-data"] copy-link a');
    await expect(control).toHaveText(/^Copy link/, { useInnerText: true });
    await control.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${baseURL}/companies/mimecast/#answer-sells-data`);
  });

  test('the section says which anchor is which, and both land', async ({ page }) => {
    await page.goto('/companies/mimecast/');
    const line = page.getByRole('region', { name: 'Practices at a glance' }).locator('.answers-anchors');
    await line.getByRole('link', { name: '#answer-cookies' }).click();
    await expect(page).toHaveURL(/#answer-cookies$/);
    await expect(page.locator('[id="answer-cookies"]')).toBeInViewport();
    await line.getByRole('link', { name: '#cookies', exact: true }).click();
    await expect(page).toHaveURL(/#cookies$/);
    // #cookies is the place in the text: a clause of the policy, not the answer row.
    await expect(page.locator('article [id="cookies"]')).toBeInViewport();
  });
});

test.describe('Mimecast on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('holds its answers in under 4,000 px and the rest in its text’s length, nothing a reader needs taken away', async ({
    page,
  }) => {
    test.slow(); // every row and clause
    await page.goto('/companies/mimecast/');
    // The page is as long as the policy's text (about 10,600 px for the 2016 text's 1,800 words),
    // never folded; the rest — header, answers, provenance, footer — stays within bounds whatever
    // the text (docs/decisions.md, "A company page's length on a phone").
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const text = await page
      .getByRole('article', { name: 'Mimecast privacy policy' })
      .evaluate((article) => article.getBoundingClientRect().height);
    const textTop = await page
      .getByRole('heading', { name: 'The policy text' })
      .evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
    expect(textTop, 'the answers end within 4,000 px').toBeLessThanOrEqual(4000);
    expect(height - text, 'all but the policy’s text').toBeLessThanOrEqual(4500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const mimecast = realPolicies['mimecast']!;
    for (const practice of taxonomy) {
      const finding = mimecast.practices[practice.id]!;
      const row = page.locator(`[id="answer-${practice.id}"]`);
      // The practice, its answer and its summary are on screen; the question is in its accessible text.
      await expect(row.getByRole('link', { name: practice.label, exact: true })).toBeVisible();
      await expect(row.locator('[data-stance]').first()).toHaveAttribute('data-stance', finding.stance);
      await expect(row).toContainText(finding.summary);
      await expect(row.getByText(practice.question, { exact: true })).toBeAttached();
      // Quotes are one tap away: the fold opens on the quotes, each a link to its clause.
      if (finding.quotes.length) {
        const fold = row.locator('details.answer-quotes');
        await fold.locator('summary').click();
        const links = fold.locator('a[href*="#c-"]');
        await expect(links.first()).toBeVisible();
        expect(await links.count()).toBe(Math.min(finding.quotes.length, 3));
      }
    }
    // The policy text is all there, every clause.
    for (const clause of mimecast.clauses) await expect(page.locator(`[id="${clause.id}"]`)).toBeAttached();
  });

  test('the quotes are open from 40rem, without a fold to press', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/companies/mimecast/');
    const fold = page.locator('[id="answer-cookies"] details.answer-quotes');
    await expect(fold.locator('summary')).toBeHidden();
    // Each quote reads as text, in the page's face and not underlined; its clause is a link of its own.
    const quote = fold.locator('ul.quotes > li', { hasText: 'may collect non-personal information using cookies' });
    await expect(quote.locator('q')).toBeVisible();
    await expect(quote.locator('q')).toHaveCSS('text-decoration-line', 'none');
    expect(await quote.locator('q').evaluate((q) => getComputedStyle(q).fontFamily)).toBe(
      await page.locator('main').evaluate((m) => getComputedStyle(m).fontFamily),
    );
    await expect(quote.getByRole('link', { name: 'In the policy', exact: true })).toHaveAttribute(
      'href',
      /^\/companies\/mimecast\/#c-[0-9a-f]{8}$/,
    );
  });
});

test.describe('on paper', () => {
  test('prints the answers with their quotes and the whole text, without the controls', async ({ page }) => {
    await page.goto('/companies/mimecast/');
    await page.emulateMedia({ media: 'print' });
    const rows = answerRows(page);
    await expect(rows).toHaveCount(taxonomy.length);
    await expect(page.locator('[id="answer-cookies"] details.answer-quotes q').first()).toBeVisible();
    await expect(page.locator('[id="answer-cookies"] details.answer-quotes .quote-source').first()).toBeHidden();
    await expect(page.locator('[id="answer-cookies"] details.answer-quotes summary')).toBeHidden();
    await expect(page.locator('copy-link').first()).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden();
    const last = realPolicies['mimecast']!.clauses.at(-1)!;
    await expect(page.locator(`[id="${last.id}"]`)).toBeVisible();
    // On A4: every answer's summary and quotes, every clause, no control, no site-relative link.
    const pages = await printToA4(page);
    // (A link prints its target after its words, <https://…>: the words are compared, not the targets.)
    const printed = squeeze(
      pages
        .map((p) => p.text)
        .join(' ')
        .replace(/\s*<(?:https?|mailto):[^>]*>/g, ''),
    );
    const mimecast = realPolicies['mimecast']!;
    const missing = [
      ...Object.values(mimecast.practices).flatMap((f) => [f.summary, ...f.quotes.map((q) => q.text.slice(0, 60))]),
      ...mimecast.clauses.map((c) => c.text),
    ].filter((text) => !printed.includes(squeeze(text)));
    expect(missing).toEqual([]);
    const lines = pages.flatMap((p) => p.lines).join('\n');
    expect(lines).not.toMatch(/Copy link|Cite this policy|In the policy/);
    expect(lines).not.toMatch(/(^|[\s<(])\/(companies|practices|compare|data)\//);
  });
});
