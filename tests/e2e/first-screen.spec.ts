import { expect, test, type Page } from '@playwright/test';

/**
 * The first screen holds answers, at a laptop's and a phone's size, in both themes: on the home
 * page at least 10 answers in the first screen at 1280 × 900 and 5 within one and a half screens
 * at 375 × 812; on /compare/ the first practice's label and every chosen company's answer to it
 * (the default set, and a chosen one with a version). Nothing scrolls sideways. One load per page
 * and size: the theme is switched in place (the page follows the system's scheme), then checked
 * again. The table keeps its semantics (no ARIA roles on table elements): Chromium's
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

/** The home page: at 1280 at least 10 answers in the first screen; at 375 at least 5 within one and a half. */
async function homeFirstScreen(page: Page): Promise<void> {
  const { height, width } = page.viewportSize() ?? SCREENS[0];
  const [within, wanted] = width >= 1280 ? [height, 10] : [height * 1.5, 5];
  const answers = page.getByRole('region', { name: 'What they say, at a glance' }).locator('td a[data-stance]');
  await expect(answers.first()).toBeVisible();
  const bottoms = await answers.evaluateAll((links) =>
    links.map((a) => {
      const r = a.getBoundingClientRect();
      return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth ? r.bottom + window.scrollY : Infinity;
    }),
  );
  expect(bottoms.filter((b) => b <= within).length).toBeGreaterThanOrEqual(wanted);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

const PAGES = [
  { path: '/', check: homeFirstScreen },
  { path: '/compare/', check: (page: Page) => firstScreen(page, 5) },
  {
    path: '/compare/?c=mimecast@2010-08-13,mimecast,ironport',
    check: async (page: Page) => {
      await expect(page.locator('#matrix thead th[data-column]:visible')).toHaveCount(3);
      await firstScreen(page, 3);
    },
  },
];

for (const screen of SCREENS) {
  test(`${screen.width} × ${screen.height}: the home page and /compare/ open on answers, light and dark`, async ({
    page,
  }) => {
    await page.setViewportSize(screen);
    for (const { path, check } of PAGES) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await expect(page.locator('html'), path).toHaveAttribute('data-theme', theme);
        await check(page);
      }
    }
  });
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
