/** The header search box: keys, the results panel, where search runs and loads, and its accessibility. */
import { test } from '@playwright/test';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { expect, headerBox, status } from '../support/searchPage.ts';

test.describe.configure({ timeout: 120_000 });

test.describe('the header search box', () => {
  test('"/" and Ctrl-K focus it, but "/" types a slash in other fields', async ({ page }) => {
    await page.goto('/companies/mimecast/');
    await page.locator('body').press('/');
    await expect(headerBox(page)).toBeFocused();
    await expect(headerBox(page)).toHaveValue('');
    await headerBox(page).press('/');
    await expect(headerBox(page)).toHaveValue('/');
    await headerBox(page).blur();
    await page.locator('body').press('Control+k');
    await expect(headerBox(page)).toBeFocused();
    // On the search page, the page's own field takes the shortcut.
    await page.goto('/search/');
    await page.locator('body').press('/');
    await expect(page.getByRole('searchbox', { name: 'Words to find' })).toBeFocused();
  });

  test('results appear as you type; arrows choose, Escape closes, Enter opens the clause', async ({ page }) => {
    await page.goto('/');
    await page.locator('body').press('/');
    await page.keyboard.type('unsubscribe');
    const box = headerBox(page);
    const listbox = page.getByRole('listbox', { name: 'Matching clauses' });
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = listbox.getByRole('option');
    await expect(options).toHaveCount(5); // four clauses, and "open on the search page"
    await expect(options.first().locator('mark')).toHaveText(['unsubscribe']);

    await box.press('ArrowDown');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
    await box.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
    await box.press('ArrowUp');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

    await box.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('unsubscribe');
    await expect(box).toBeFocused();

    await box.press('ArrowDown');
    await expect(listbox).toBeVisible();
    await box.press('Tab');
    await expect(listbox).toBeHidden();
    await expect(page.getByRole('banner').getByRole('button', { name: /^Theme: / })).toBeFocused();
    await box.focus();
    await box.press('ArrowDown');
    await expect(listbox).toBeVisible();
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    const href = (await options.nth(0).getAttribute('href'))!;
    const clauseText = await options.nth(0).locator('span').nth(1).innerText();
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator(':target')).toBeInViewport();
    await expect(page.locator(':target')).toContainText(clauseText.replace(/^… | …$/g, '').slice(0, 40));
  });

  test('Enter with no option chosen opens the search page for the query', async ({ page }) => {
    await page.goto('/');
    await headerBox(page).fill('opt out');
    await expect(page.getByRole('listbox', { name: 'Matching clauses' }).getByRole('option').first()).toBeVisible();
    await headerBox(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=opt\+out$/);
    await expect(status(page)).toHaveText(/match “opt out”/);
  });

  test('with five policies the search runs on the page: results come without a worker', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('/');
    await headerBox(page).fill('cookies');
    await expect(page.getByRole('listbox', { name: 'Matching clauses' }).getByRole('option').first()).toBeVisible();
    await expect(page.locator('site-search')).toHaveAttribute('data-search-on', 'page');
    expect(workers).toEqual([]);
  });

  test('counts are announced politely', async ({ page }) => {
    await page.goto('/');
    await headerBox(page).fill('cokies');
    await expect(page.getByRole('banner').getByRole('search').getByRole('status')).toHaveText(
      /clauses from 4 companies match “cokies”/,
    );
  });

  test('the index and the search code load only when the reader starts to search', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/companies/ironport/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => /search-index|worker|comboBox|loadIndex/.test(p))).toEqual([]);
    await headerBox(page).focus();
    await headerBox(page).pressSequentially('cook');
    await expect(page.getByRole('listbox', { name: 'Matching clauses' }).getByRole('option').first()).toBeVisible();
    expect(requested).toContain('/search-index/manifest.json');
    // Only the shards the query reads: not every clause text, not every word's postings.
    const shards = requested.filter((p) => p.startsWith('/search-index/') && p !== '/search-index/manifest.json');
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.filter((p) => p.startsWith('/search-index/clauses/')).length).toBeLessThan(15);
  });
});

test.describe('accessibility', () => {
  // The search page with results is one of a11y.spec's page types; this is the header's panel, open.
  test('the header results panel has no axe violations, light and dark', async ({ page }) => {
    await page.goto('/');
    await headerBox(page).fill('opt out');
    await expect(page.getByRole('option').first()).toBeVisible();
    await headerBox(page).press('ArrowDown');
    await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    // Over what search renders: the header (box and panel) and the main content.
    expect(await axeViolationsInBothThemes(page, ['header', 'main'])).toEqual([]);
  });
});
