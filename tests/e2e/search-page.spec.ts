/** The /search/ page: results, highlights, filters, the URL and history, with and without JavaScript. */
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { COMPANIES, expect, results, status } from '../support/searchPage.ts';

/** Chooses a company in the company filter, as a reader does: its name, then Enter. */
async function chooseCompany(page: Page, name: string): Promise<void> {
  const field = page.getByRole('combobox', { name: 'Company' });
  await field.fill(name);
  await field.press('Enter');
}

test.describe.configure({ timeout: 120_000 });

test.describe('the /search/ page', () => {
  test('"cokies" lists cookie clauses from every company that speaks of cookies, the matched words highlighted', async ({
    page,
  }) => {
    await page.goto('/search/?q=cokies');
    // Corero's 2014 policy never mentions cookies.
    await expect(status(page)).toHaveText(/clauses from 4 companies match “cokies”/);
    await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('cokies');
    for (const company of COMPANIES.filter((c) => c !== 'Corero Systems')) {
      const hit = results(page)
        .filter({ hasText: company })
        .filter({ has: page.locator('mark', { hasText: /^cookies?$/i }) });
      await expect(hit.first(), company).toBeVisible();
    }
  });

  test('"sell" finds the no-sale clauses', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: 'Words to find' }).fill('sell');
    await expect(status(page)).toHaveText(/match “sell”/);
    for (const text of [
      'We do not sell or rent Personal Information to third parties.',
      'We do not sell, rent, or transmit personal information to other organizations.',
      'CyberDefender.com does not sell, rent or share your Account Information with third parties.',
    ]) {
      const hit = results(page).filter({ hasText: text });
      await expect(hit).toHaveCount(1);
      await expect(hit.getByRole('link').locator('mark')).toHaveText(['sell']);
    }
  });

  test('a result opens its clause on the company page, highlighted', async ({ page }) => {
    await page.goto('/search/?q=do+not+sell&company=mimecast');
    const link = results(page).first().getByRole('link');
    await expect(link).toContainText('We do not sell or rent Personal Information');
    await link.click();
    await expect(page).toHaveURL(/\/companies\/mimecast\/\?q=do\+not\+sell#c-[0-9a-f]{8}$/);
    const target = page.locator(':target');
    // The clause, then its tools (copy link, "cited for" chips).
    await expect(target).toHaveText(/^We do not sell or rent Personal Information to third parties\./);
    await expect(target).toBeInViewport();
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('the URL carries the query and filters; reload and Back restore them', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'Words to find' });
    await box.fill('cookies');
    await expect(page).toHaveURL(/\/search\/\?q=cookies$/);
    await expect(status(page)).toHaveText(/match “cookies”/);
    const everyCompany = await results(page).count();

    await chooseCompany(page, 'Mimecast');
    await expect(page).toHaveURL(/\?q=cookies&company=mimecast$/);
    await page.getByRole('combobox', { name: 'Practice' }).selectOption('tracking-cookies');
    await expect(page).toHaveURL(/\?q=cookies&company=mimecast&practice=tracking-cookies$/);
    await expect(status(page)).toHaveText(/from 1 company match(es)? “cookies”/); // one clause or several
    const hrefs = () =>
      results(page)
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const filtered = await hrefs();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(everyCompany);
    for (const href of filtered) expect(href).toMatch(/^\/companies\/mimecast\/\?q=cookies#c-/);

    await page.reload();
    await expect(box).toHaveValue('cookies');
    await expect(page.getByRole('combobox', { name: 'Company' })).toHaveValue('Mimecast');
    await expect(page.getByRole('combobox', { name: 'Practice' })).toHaveValue('tracking-cookies');
    await expect(results(page)).toHaveCount(filtered.length);
    expect(await hrefs()).toEqual(filtered);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=cookies&company=mimecast$/);
    await expect(page.getByRole('combobox', { name: 'Practice' })).toHaveValue('');
    await page.goBack();
    await expect(page).toHaveURL(/\?q=cookies$/);
    await expect(page.getByRole('combobox', { name: 'Company' })).toHaveValue('');
    await expect(results(page)).toHaveCount(everyCompany);
    await expect(page).toHaveTitle(/“cookies”/);
  });

  test('typing then choosing a filter keeps the typed search as its own history entry', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'Words to find' });
    await box.pressSequentially('cookies');
    await expect(status(page)).toHaveText(/match “cookies”/);
    // At once, before typing has paused long enough for the URL to catch up on its own.
    await chooseCompany(page, 'Mimecast');
    await expect(page).toHaveURL(/\?q=cookies&company=mimecast$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=cookies$/);
    await expect(box).toHaveValue('cookies');
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/$/);
  });

  test('the title and the company counts follow the query once typing pauses', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: 'Words to find' }).pressSequentially('unsubscribe');
    await expect(page).toHaveURL(/\?q=unsubscribe$/);
    await expect(page).toHaveTitle(/^“unsubscribe” · /);
    // The company field suggests the companies, each with its count for this search.
    const field = page.getByRole('combobox', { name: 'Company' });
    await field.focus();
    const options = page.locator('#search-company-list option');
    await expect(options).toHaveCount(COMPANIES.length);
    const labels = await options.evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).label));
    for (const label of labels) expect(label).toMatch(/ \(\d+\)$/);
    expect(labels.some((label) => !label.endsWith('(0)'))).toBe(true);
    await field.pressSequentially('mime');
    await expect(options).toHaveCount(1);
    await expect(options).toHaveAttribute('value', 'Mimecast');
  });

  test('typing on keeps the results that stay, rather than drawing them again', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'Words to find' });
    await box.pressSequentially('cook');
    await expect(status(page)).toHaveText(/match “cook”/);
    const before = await results(page).allTextContents();
    await results(page)
      .first()
      .evaluate((li) => li.setAttribute('data-test-kept', ''));
    await box.press('i');
    await expect(status(page)).toHaveText(/match “cooki”/);
    // The same clause, marked the same way, is the same element.
    await expect(results(page).first()).toHaveAttribute('data-test-kept', '');
    expect(await results(page).first().textContent()).toBe(before[0]);
    // Other hits replace it.
    await box.fill('unsubscribe');
    await expect(status(page)).toHaveText(/match “unsubscribe”/);
    await expect(page.locator('[data-test-kept]')).toHaveCount(0);
    await expect(results(page).first()).toContainText(/unsubscribe/i);
  });

  test('a practice alone lists every clause about it', async ({ page }) => {
    await page.goto('/search/?practice=sells-data');
    await expect(status(page)).toHaveText(/clauses from \d companies found/);
    await expect(results(page).filter({ hasText: 'We do not sell or rent Personal Information' })).toHaveCount(1);
  });

  test('nothing found says so, and suggests what to try', async ({ page }) => {
    await page.goto('/search/?q=zzqxv');
    await expect(status(page)).toHaveText('No clauses match “zzqxv”.');
    await expect(page.getByText(/Nothing found — check the spelling/)).toBeVisible();
    await page.getByRole('link', { name: 'unsubscribe', exact: true }).click();
    await expect(page).toHaveURL(/\?q=unsubscribe$/);
    await expect(status(page)).toHaveText(/match “unsubscribe”/);
  });

  test('without JavaScript it says search needs it and points to the matrix and the companies', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=cookies');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'the matrix' })).toHaveAttribute('href', '/compare/');
    await expect(page.getByRole('main').getByRole('link', { name: 'the companies' })).toHaveAttribute(
      'href',
      '/companies/',
    );
    await context.close();
  });

  test('each hit says which version it is from; every version on request, a shared clause once', async ({ page }) => {
    await page.goto('/search/?q=cookies');
    await expect(status(page)).toHaveText(/match “cookies”/);
    const main = await results(page).count();
    // Every company here has several versions: each hit names the dates of those holding it.
    for (const hit of await results(page).all())
      await expect(hit.locator('[data-versions]')).toHaveText(/^\d{1,2} \w+ \d{4}( version|.* versions)$/);
    // The default searches the main versions: every hit opens the company page.
    const hrefs = await results(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/^\/companies\/[a-z]+\/\?q=cookies#c-[0-9a-f]{8}(-\d+)?$/);

    await page.getByRole('checkbox', { name: 'Every archived version' }).check();
    await expect(page).toHaveURL(/\?q=cookies&versions=all$/);
    await expect.poll(() => results(page).count()).toBeGreaterThan(main);
    // A clause several versions share is one hit naming them all.
    const texts = await results(page).getByRole('link').allTextContents();
    expect(new Set(texts).size).toBe(texts.length);
    await expect(results(page).locator('[data-versions]', { hasText: / and / }).first()).toBeVisible();
    // A clause only an older version holds opens that version's page, landing on its words.
    const older = results(page).locator('a[href*="/20"]').first();
    const href = (await older.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/companies\/[a-z]+\/\d{4}-\d{2}-\d{2}\/\?q=cookies#c-[0-9a-f]{8}(-\d+)?$/);
    await older.click();
    await expect(page).toHaveURL(href);
    await expect(page.locator(':target mark').first()).toHaveText(/^cookies?$/i);

    await page.goBack();
    await expect(page.getByRole('checkbox', { name: 'Every archived version' })).toBeChecked();
  });

  test('on a phone the form is compact, the filters folded, the first result in the first screen', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto('/search/?q=cookies');
    await expect(status(page)).toHaveText(/match “cookies”/);
    await expect(page.getByRole('combobox', { name: 'Company' })).toBeHidden();
    await expect(results(page).first()).toBeInViewport();
    await page.getByText('Filters', { exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Company' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Every archived version' }).check();
    await expect(page.locator('summary')).toHaveText('Filters: every version');
    await context.close();
  });

  test('with JavaScript the note about JavaScript is gone', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeHidden();
    await expect(page.getByRole('link', { name: 'cookies', exact: true })).toBeVisible();
  });
});
