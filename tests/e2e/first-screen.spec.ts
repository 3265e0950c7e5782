import { expect, test, type Page } from '@playwright/test';

/**
 * /compare/ opens on the matrix: at a laptop's and a phone's first screen, in both themes, the
 * first practice's label and every chosen company's answer to it are in view, and nothing
 * scrolls sideways. The table keeps its semantics (no ARIA roles on table elements): Chromium's
 * accessibility tree still holds a table of rows, headers and cells in every layout.
 */
const SCREENS = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
] as const;

async function firstScreen(page: Page, columns: number): Promise<void> {
  const { height, width } = page.viewportSize()!;
  const label = page.locator('#matrix tr[data-practice]').first().locator('.mx-label');
  await expect(label).toHaveText('Personal information');
  const answers = page.locator('#matrix tr[data-practice]').first().locator('td[data-stance]:visible .stance-badge');
  await expect(answers).toHaveCount(columns);
  for (const box of [
    await label.boundingBox(),
    ...(await Promise.all((await answers.all()).map((a) => a.boundingBox()))),
  ]) {
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const screen of SCREENS) {
    test.describe(`${screen.width} × ${screen.height}, ${colorScheme}`, () => {
      test.use({ viewport: screen, colorScheme });

      test('the first practice and every default company’s answer to it are in the first screen', async ({ page }) => {
        await page.goto('/compare/');
        await firstScreen(page, 5);
      });

      test('so are three chosen companies’ answers (?c=)', async ({ page }) => {
        await page.goto('/compare/?c=mimecast,ironport,corero');
        await expect(page.locator('#matrix thead th[data-column]:visible')).toHaveCount(3);
        await firstScreen(page, 3);
      });
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
  test('the default set is in the HTML and in the first screen', async ({ page }) => {
    await page.goto('/compare/');
    await firstScreen(page, 5);
  });
});

for (const width of [375, 1280]) {
  test(`at ${width} px the matrix is a table to assistive technology: headers, rows and cells`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/compare/');
    // No role attribute on a table element: the Nu validator rejects them as redundant.
    await expect(page.locator('#matrix [role], #matrix[role]')).toHaveCount(0);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; ignored?: boolean }[];
    };
    const count = (role: string) => nodes.filter((n) => !n.ignored && n.role?.value === role).length;
    expect(count('table')).toBe(1);
    expect(count('columnheader')).toBe(6); // “Practice” and the five companies
    expect(count('cell')).toBe(23 * 5 + 5); // the answers and the totals
    expect(count('rowheader')).toBe(23 + 10 + 1); // practices, groups, “In total”
  });
}
