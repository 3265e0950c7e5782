/** Light and dark themes, reduced motion, and print. */
import { expect, test } from '@playwright/test';

/** What the no-flash test's init script records from the first frame. */
declare global {
  interface Window {
    firstFrame?: unknown;
  }
}

test.describe('theme', () => {
  test('follows the system, then the reader’s choice: System → Light → Dark, remembered without a cookie', async ({
    page,
    context,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const html = page.locator('html');
    const toggle = page.getByRole('button', { name: /^Theme: / });
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAccessibleName('Theme: System');
    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Theme: Light');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('status').filter({ hasText: 'Light theme' })).toBeAttached();
    const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(paper).toBe('rgb(253, 252, 249)');
    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Theme: Dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/about/');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Theme: System');
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    // With "System", the page follows the system while it is open.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await context.cookies()).toEqual([]);
  });

  test('a remembered dark theme is there from the first frame: no flash of light', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      requestAnimationFrame(() => {
        window.firstFrame = {
          theme: document.documentElement.dataset['theme'],
          background: getComputedStyle(document.documentElement).backgroundColor,
        };
      });
    });
    await page.goto('/companies/mimecast/');
    const first = await page.evaluate(() => window.firstFrame);
    expect(first).toEqual({ theme: 'dark', background: 'rgb(20, 23, 27)' });
  });

  test('without JavaScript the system’s dark theme still applies, and the switch is not offered', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/about/');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 23, 27)');
    await expect(page.getByRole('button', { name: /^Theme: / })).toBeHidden();
    await context.close();
  });

  test('reduced motion turns smooth scrolling off', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/about/');
    await page.getByRole('link', { name: 'Skip to content' }).focus();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  });
});

test.describe('print', () => {
  test('a company page prints as a light document without site chrome, link targets written out', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/companies/ironport/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
    const look = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      ink: getComputedStyle(document.querySelector('h1')!).color,
    }));
    expect(look).toEqual({ background: 'rgb(255, 255, 255)', ink: 'rgb(27, 31, 36)' });
    const link = page.locator('main a[href^="http"]').first();
    const href = await link.getAttribute('href');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href);
  });
});
