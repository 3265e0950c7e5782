import { expect as baseExpect, test } from '@playwright/test';

/* Opening a result lands on its clause with the query's words marked; a shared link does too. */
const expect = baseExpect.configure({ timeout: 20_000 });

test('opening a result lands on its clause with the words it matched in <mark>, and "thrid party" marks "third party"', async ({
  page,
}) => {
  await page.goto('/search/?q=thrid+party');
  const link = page.locator('ol[data-results] > li').first().getByRole('link');
  await expect(link).toContainText(/third party/i);
  await expect(link.locator('mark').first()).toHaveText(/^third party$/i);
  await link.click();
  await expect(page).toHaveURL(/\/companies\/threatpost\/\?q=thrid\+party#c-[0-9a-f]{8}$/);
  const target = page.locator(':target');
  await expect(target).toBeInViewport();
  await expect(target.locator('mark')).toHaveText([/^third party$/i]);
  // The clause's own tools are left alone.
  await expect(target.locator('.cited-by mark')).toHaveCount(0);
});

test('a shared link marks the words, and moving on to another anchor clears them', async ({ page }) => {
  await page.goto('/companies/mimecast/?q=cokies#c-e5076fa2');
  const target = page.locator(':target');
  await expect(target.locator('mark').first()).toBeVisible();
  const marked = await target.locator('mark').allTextContents();
  expect(marked.length).toBeGreaterThan(0);
  for (const word of marked) expect(word).toMatch(/^cookies?$/i);
  await page.evaluate(() => (location.hash = '#cookies'));
  await expect(page.locator('mark.landing-mark')).toHaveCount(0);
});

test('the query in the URL is text: markup in it is never injected', async ({ page }) => {
  await page.goto('/companies/threatpost/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%20third%20party#c-cd89153a');
  await expect(page.locator(':target mark').first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('on a phone (375 × 812) the first result of /search/?q=cookies starts in the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/search/?q=cookies');
  const first = page.locator('ol[data-results] > li').first();
  await expect(first).toBeVisible();
  const box = await first.boundingBox();
  expect(box!.y).toBeLessThan(812);
  await expect(page.getByRole('searchbox', { name: 'Words to find' })).toBeInViewport();
});
