import { expect as baseExpect, test, type Page, type Route } from '@playwright/test';

/*
 * Search fails loudly, and its results do not move the page. Search loads its code and the
 * index on first use; on a busy machine that can take longer than five seconds (a wait, not a
 * speed assertion).
 */
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const FAILED = 'Search failed — reload the page.';
const status = (page: Page) => page.getByRole('main').getByRole('status');
const headerBox = (page: Page) => page.getByRole('banner').getByRole('combobox', { name: 'Search clauses' });

/** Console errors, as the reader's developer tools would show them. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** A real shard of clause texts with its first clause's text replaced by a number: valid JSON, corrupt. */
async function serveCorruptShard(route: Route): Promise<void> {
  const response = await route.fetch();
  const shard: { clauses: unknown[][] } = await response.json();
  shard.clauses[0]![2] = 42;
  await route.fulfill({ response, json: shard });
}

test.describe('when search fails, the reader is told, and the console says why', () => {
  test('/search/ with an index the server cannot send', async ({ page }) => {
    const errors = consoleErrors(page);
    await page.route('**/search-index/manifest.json', (route) =>
      route.fulfill({ status: 500, body: 'Internal error' }),
    );
    await page.goto('/search/?q=cookies');
    await expect(status(page)).toHaveText(FAILED);
    await expect(page.locator('ol[data-results] > li')).toHaveCount(0);
    await expect(page.getByText(/Nothing found|No clauses match/)).toHaveCount(0);
    expect(errors.join('\n')).toMatch(/search index .* could not be loaded \(HTTP 500\)/);
  });

  test('/search/ with a truncated shard of the index', async ({ page }) => {
    const errors = consoleErrors(page);
    await page.route('**/search-index/words/*', async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      await route.fulfill({ response, body: text.slice(0, text.length / 2) });
    });
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: 'Words to find' }).fill('cookies');
    await expect(status(page)).toHaveText(FAILED);
    expect(errors.join('\n')).toMatch(/is not valid JSON/);
  });

  test('the header box with a corrupt shard of the index, announced', async ({ page }) => {
    const errors = consoleErrors(page);
    await page.route('**/search-index/clauses/*', serveCorruptShard);
    await page.goto('/');
    await headerBox(page).fill('cookies');
    const search = page.getByRole('banner').getByRole('search');
    await expect(search.locator('[data-panel-status]')).toHaveText(FAILED);
    await expect(search.getByRole('status')).toHaveText(FAILED);
    await expect(page.getByRole('listbox', { name: 'Matching clauses' }).getByRole('option')).toHaveCount(0);
    expect(errors.join('\n')).toMatch(/The search index is corrupt: clauses\/\d+\.json clause 0 has no id or text/);
  });

  test('with the real index, search answers and logs nothing', async ({ page }) => {
    const errors = consoleErrors(page);
    await page.goto('/search/?q=cookies');
    await expect(status(page)).toHaveText(/clauses from 4 companies match “cookies”/);
    expect(errors).toEqual([]);
  });
});

/** A layout-shift entry (not in TypeScript's DOM types). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources?: readonly { node?: Node | null }[];
}

/**
 * The page's cumulative layout shift since it began to load (shifts right after input excluded,
 * as CLS does), read by a PerformanceObserver with the buffered flag once the browser has drawn
 * two more frames, so that every shift so far is reported.
 */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ total: number; shifted: string[] }>((resolve) => {
        const entries: LayoutShift[] = [];
        const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as LayoutShift[])));
        observer.observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            entries.push(...(observer.takeRecords() as LayoutShift[]));
            observer.disconnect();
            const counted = entries.filter((e) => !e.hadRecentInput);
            resolve({
              total: counted.reduce((sum, e) => sum + e.value, 0),
              shifted: counted.flatMap((e) => (e.sources ?? []).map((source) => source.node?.nodeName ?? '?')),
            });
          }),
        );
      }),
  );

test.describe('results arriving do not shift the page', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 667 },
    { width: 1920, height: 1080 },
  ]) {
    test(`/search/?q=cookies at ${viewport.width}×${viewport.height}: CLS ≤ 0.02`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/search/?q=cookies');
      await expect(status(page)).toHaveText(/clauses from 4 companies match “cookies”/);
      await expect(page.getByRole('main').locator('ol[data-results] > li').first()).toBeVisible();
      const { total, shifted } = await layoutShift(page);
      expect(total, `shifted: ${shifted.join(', ')}`).toBeLessThanOrEqual(0.02);
    });
  }
});
