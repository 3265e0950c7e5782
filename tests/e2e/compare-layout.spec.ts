import { expect, test, type Page } from '@playwright/test';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { chromiumRole } from '../support/axTree.ts';
import { printedWhole, printToA4 } from '../support/pdf.ts';

/**
 * /compare/ fits the page: the document scrolls, never a box inside it; the company row sticks
 * below the site header; on a phone a practice's five answers sit side by side in the viewport;
 * the quotes view (`?view=quotes`) shows every summary and quote, on screen and on paper.
 */

// Generous: the machine these run on is shared; nothing here asserts speed.
test.describe.configure({ timeout: 120_000 });
// Instant scrolling, so that what focus or a click scrolls to is measured where it comes to rest.
test.use({ reducedMotion: 'reduce' });

interface MatrixData {
  companies: { slug: string; name: string }[];
  practices: { id: string; label: string; group: string }[];
  cells: { company: string; practice: string; summary: string; quotes: { text: string }[] }[];
}
const matrixData = async (page: Page): Promise<MatrixData> =>
  (await (await page.request.get('/data/matrix.json')).json()) as MatrixData;

/** Whitespace folded, as a reader sees text. */
const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Elements inside `main` that scroll on their own: overflow auto or scroll, content larger than the box. */
const innerScrollers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main, main *')]
      .filter((el) => {
        const s = getComputedStyle(el);
        const x = /auto|scroll/.test(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
        const y = /auto|scroll/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
        return x || y;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );

const pageWidth = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: innerWidth }));

/** Where the company header row is, and the bottom of the site header if it is drawn above it. */
const headerRow = (page: Page, slug: string) =>
  page.evaluate((s) => {
    const th = document.querySelector(`#matrix thead th[data-company="${s}"]`)!.getBoundingClientRect();
    const site = document.querySelector('body > header')!.getBoundingClientRect();
    return { top: th.top, bottom: th.bottom, left: th.left, right: th.right, siteBottom: Math.max(0, site.bottom) };
  }, slug);

for (const width of [1280, 375] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 375 ? 740 : 900 } });

    for (const view of ['', '?view=quotes'] as const) {
      test(`/compare/${view}: nothing in main scrolls on its own, the page is no wider than the viewport`, async ({
        page,
      }) => {
        await page.goto(`/compare/${view}`);
        await expect(page.locator('input.mx-view-q')).toBeChecked({ checked: view !== '' });
        expect(await innerScrollers(page)).toEqual([]);
        const { scroll, viewport } = await pageWidth(page);
        expect(scroll).toBeLessThanOrEqual(viewport);
      });

      test(`/compare/${view}: the company row sticks below the site header, or each answer is named`, async ({
        page,
      }) => {
        await page.goto(`/compare/${view}`);
        const slugs = (await matrixData(page)).companies.map((c) => c.slug);
        await page.locator('#privacy-contact').scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, 200));
        if (width === 375 && view) {
          // One answer to a line: no header row, the company named in each cell.
          const names = await page
            .locator('#privacy-contact td[data-company] .mx-co')
            .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
          expect(names).toEqual(['Corero', 'CyberDefender', 'IronPort', 'Mimecast', 'Threatpost']);
          return;
        }
        const tableTop = await page.locator('#matrix').evaluate((el) => el.getBoundingClientRect().top);
        for (const slug of slugs) {
          const row = await headerRow(page, slug);
          expect(Math.abs(row.top - row.siteBottom), `${slug} header under the site header`).toBeLessThan(2);
          expect(row.left).toBeGreaterThanOrEqual(0);
          expect(row.right).toBeLessThanOrEqual(width);
          expect(tableTop, 'the table has scrolled up past the row: it is stuck').toBeLessThan(row.top - 500);
        }
      });
    }
  });
}

test('at 1280 px the table holds all five companies, each answer in its column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/compare/');
  const data = await matrixData(page);
  const columns = await page.locator('#matrix thead th[data-company]').evaluateAll((ths) =>
    ths.map((th) => {
      const r = th.getBoundingClientRect();
      return { slug: th.getAttribute('data-company'), left: r.left, right: r.right };
    }),
  );
  expect(columns.map((c) => c.slug)).toEqual(data.companies.map((c) => c.slug));
  for (const c of columns) expect(c.right).toBeLessThanOrEqual(1280);
  // Every answer sits under its company's header.
  for (const p of data.practices) {
    const cells = await page
      .locator(`#${p.id} td[data-company]`)
      .evaluateAll((tds) =>
        tds.map((td) => ({ slug: td.getAttribute('data-company'), left: td.getBoundingClientRect().left })),
      );
    cells.forEach((cell, i) => {
      expect(cell.slug).toBe(columns[i]!.slug);
      expect(Math.abs(cell.left - columns[i]!.left)).toBeLessThan(2);
    });
  }
});

test.describe('on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('each practice shows its five answers side by side, inside the viewport, under the short names', async ({
    page,
  }) => {
    await page.goto('/compare/');
    const data = await matrixData(page);
    const header = await page.locator('#matrix thead th[data-company]').evaluateAll((ths) =>
      ths.map((th) => {
        const r = th.getBoundingClientRect();
        return { text: th.querySelector<HTMLElement>('.mx-short')!.innerText, left: r.left, right: r.right };
      }),
    );
    // Visible short names, each part of the company's full (accessible) name.
    header.forEach((h, i) => {
      const name = data.companies[i]!.name;
      expect(h.text.length).toBeGreaterThan(2);
      expect(name).toContain(h.text.replace(/\s+/g, ''));
      expect(h.right).toBeLessThanOrEqual(375);
    });
    for (const { name } of data.companies)
      await expect(page.locator('#matrix thead').getByRole('link', { name, exact: true })).toHaveCount(1);
    for (const p of data.practices) {
      const answers = await page.locator(`#${p.id} td[data-company] .stance-badge`).evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top };
        }),
      );
      expect(answers, p.id).toHaveLength(5);
      answers.forEach((a, i) => {
        expect(a.left, `${p.id} answer ${i}`).toBeGreaterThanOrEqual(0);
        expect(a.right, `${p.id} answer ${i}`).toBeLessThanOrEqual(375);
        expect(Math.abs(a.top - answers[0]!.top), `${p.id}: one line`).toBeLessThan(2);
        // Under its company's short name.
        expect(a.left).toBeGreaterThanOrEqual(header[i]!.left - 1);
        expect(a.right).toBeLessThanOrEqual(header[i]!.right + 1);
      });
    }
  });

  test('a screen reader hears each answer with its company and practice', async ({ page }) => {
    await page.goto('/compare/');
    const cell = page.locator('#sells-data td[data-company=mimecast]');
    // The table keeps its semantics in the phone layout, in Chromium's own accessibility tree.
    await expect(page.getByRole('table').getByRole('columnheader', { name: /^Mimecast/ })).toHaveCount(1);
    expect(await chromiumRole(page, '#matrix')).toMatchObject({ role: 'table' });
    expect(await chromiumRole(page, '#matrix thead th[data-company=mimecast]')).toEqual({
      role: 'columnheader',
      name: 'Mimecast mimecast.com',
    });
    expect(await chromiumRole(page, '#sells-data')).toMatchObject({ role: 'row' });
    expect(await chromiumRole(page, '#sells-data th[scope=row]')).toEqual({ role: 'rowheader', name: 'Sells data' });
    expect(await chromiumRole(page, '#sells-data td[data-company=mimecast]')).toMatchObject({ role: 'cell' });
    await expect(cell.getByRole('link')).toHaveAccessibleName(/^No\b/);
  });

  test('a tap on an answer opens that company’s answer, with its quotes, on the practice page', async ({ page }) => {
    await page.goto('/compare/');
    await page.locator('#deletion td[data-company=cyberdefender] a.mx-ans').tap();
    await expect(page).toHaveURL(/\/practices\/deletion\/#answer-cyberdefender$/);
    const answer = page.locator('[id="answer-cyberdefender"]');
    await expect(answer).toBeInViewport();
    await expect(page.locator('article[data-company=cyberdefender] a.quote-source').first()).toBeVisible();
  });
});

test.describe('the quotes view', () => {
  test('?view=quotes shows every summary and quote in its cell; the answers view hides them', async ({ page }) => {
    const data = await matrixData(page);
    await page.goto('/compare/');
    const cell = page.locator('#sells-data td[data-company=mimecast]');
    await expect(cell.locator('.mx-sum')).toBeHidden();
    await page.goto('/compare/?view=quotes');
    const summary = data.cells.find((c) => c.company === 'mimecast' && c.practice === 'sells-data')!.summary;
    await expect(cell.locator('.mx-sum')).toHaveText(summary);
    // The quote reads as text, in the page's face, not underlined; its clause is a link of its own after it.
    const quote = cell.locator('ul.quotes q', { hasText: 'We do not sell or rent Personal Information' });
    await expect(quote).toBeVisible();
    const style = await quote.evaluate((q) => ({
      face: getComputedStyle(q).fontFamily,
      body: getComputedStyle(document.body).fontFamily,
      underline: getComputedStyle(q).textDecorationLine,
      inLink: q.closest('a') !== null,
    }));
    expect(style).toEqual({ face: style.body, body: style.body, underline: 'none', inLink: false });
    await expect(quote.locator('xpath=following-sibling::a[1]')).toHaveText(/^In the policy/);
    const shown = fold(await page.evaluate(() => document.getElementById('matrix')!.innerText));
    const missing = data.cells.flatMap((c) => c.quotes.map((q) => fold(q.text))).filter((q) => !shown.includes(q));
    expect(missing).toEqual([]);
  });

  test('the view switch writes ?view=quotes next to ?c=, and a reload keeps it', async ({ page }) => {
    await page.goto('/compare/?c=corero,mimecast');
    await page.getByRole('radio', { name: 'With quotes' }).check();
    await expect(page).toHaveURL(/\/compare\/\?c=corero,mimecast&view=quotes$/);
    await expect(page.locator('#cookies td[data-company=corero] .mx-sum')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('radio', { name: 'With quotes' })).toBeChecked();
    await expect(page.locator('#matrix thead th[data-company]:visible')).toHaveCount(2);
    await page.getByRole('radio', { name: 'Answers', exact: true }).check();
    await expect(page).toHaveURL(/\/compare\/\?c=corero,mimecast$/);
    await page.locator('.mx-more > summary').click();
    await page.getByRole('button', { name: 'Back to the default view' }).click();
    await expect(page).toHaveURL(/\/compare\/$/);
    await expect(page.locator('#cookies td[data-company=corero] .mx-sum')).toBeHidden();
  });

  test('the keyboard switches the view and walks the answers; focus never hides under the sticky row', async ({
    page,
  }) => {
    await page.goto('/compare/');
    const answers = page.getByRole('radio', { name: 'Answers', exact: true });
    await answers.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/\?view=quotes$/);
    await page.keyboard.press('ArrowUp');
    await expect(page).toHaveURL(/\/compare\/$/);
    await page.locator('#personal-data th[scope=row] summary').focus();
    const stops: string[] = [];
    for (let i = 0; i < 17; i++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        const sticky = document.querySelector('#matrix thead th[data-company]')!.getBoundingClientRect();
        return {
          where: `${el.closest('tr')?.id} ${el.closest('td')?.dataset['company'] ?? 'row'}`,
          below: r.top >= sticky.bottom - 1,
          inView: r.bottom <= innerHeight,
        };
      });
      expect(state.below, `${state.where} is below the sticky row`).toBe(true);
      expect(state.inView, `${state.where} is in view`).toBe(true);
      stops.push(state.where);
    }
    expect(new Set(stops).size).toBe(17);
    // Each row: its answers, then the next row's question (which opens its meanings).
    expect(stops.slice(0, 6)).toEqual([
      'personal-data corero',
      'personal-data cyberdefender',
      'personal-data ironport',
      'personal-data mimecast',
      'personal-data threatpost',
      'payment-data row',
    ]);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/practices\/[a-z-]+\/#answer-[a-z]+$/);
  });

  test('printing ?view=quotes prints every quote and no form control or toggle', async ({ page }) => {
    const data = await matrixData(page);
    await page.goto('/compare/?view=quotes');
    await page.emulateMedia({ media: 'print' });
    const printed = fold(await page.evaluate(() => document.body.innerText));
    const missing = data.cells.flatMap((c) => c.quotes.map((q) => fold(q.text))).filter((q) => !printed.includes(q));
    expect(missing).toEqual([]);
    // A row's question prints as its label, without the disclosure's mark.
    const controls = await page
      .locator('input, button, select, textarea, summary:not(.mx-q > summary)')
      .evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 80)));
    expect(controls).toEqual([]);
    const mark = await page.locator('#cookies .mx-label').evaluate((el) => getComputedStyle(el, '::after').content);
    expect(mark).toBe('none');
    // The chosen view: the answers view prints answers only.
    await page.goto('/compare/');
    await expect(page.locator('#cookies td[data-company=corero] .mx-sum')).toBeHidden();
  });

  test('?view=quotes on A4: at most 12 pages, every quote, the companies atop every page, no stranded heading', async ({
    page,
  }) => {
    const data = await matrixData(page);
    await page.goto('/compare/?view=quotes');
    const pages = await printToA4(page);
    expect(pages.length).toBeLessThanOrEqual(12);
    // Quotes break across pages like any text: one begun at a page's foot goes on atop the next.
    const missing = data.cells.flatMap((c) => c.quotes.map((q) => q.text)).filter((q) => !printedWhole(pages, q));
    expect(missing).toEqual([]);
    const names = data.companies.map((c) => c.name);
    // A practice's name prints larger than the text, a group's in capitals: a quote's line that
    // happens to read "marketing" or "Do Not Track" is not a heading.
    const lines = new Map<number, number>();
    for (const size of pages.flatMap((p) => p.sizes)) lines.set(size, (lines.get(size) ?? 0) + 1);
    const body = [...lines].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    const headings = new Set([
      ...data.practices.map((p) => p.label),
      ...data.practices.map((p) => p.group.toUpperCase()),
    ]);
    for (const [i, printed] of pages.entries()) {
      const where = `page ${i + 1} of ${pages.length}`;
      // The company row heads every page, the names in the columns' order.
      const head = printed.lines.slice(0, i === 0 ? 4 : 1).join(' ');
      expect(head, where).toMatch(new RegExp(names.join('.*')));
      // Pages run full: nothing kept whole leaves half a page blank (the last page ends where it ends).
      if (i < pages.length - 1) expect(printed.filledTo, where).toBeGreaterThan(0.75);
      // A group's or a practice's name is never the foot of a page: its answers and the first
      // words of what they say follow it there.
      const foot = printed.lines
        .map((line, n) => ({ line, size: printed.sizes[n] ?? body }))
        .slice(-2)
        .filter(({ line, size }) => headings.has(line) && (size > body || line === line.toUpperCase()));
      expect(foot, `${where} ends on a heading`).toEqual([]);
      // Links print as absolute URLs or not at all: no site-relative path on paper.
      expect(printed.lines.join('\n'), where).not.toMatch(/(^|[\s<(])\/(companies|practices|compare|data)\//);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the view switch shows the quotes, and each quote links to its clause', async ({ page }) => {
    await page.goto('/compare/');
    const cell = page.locator('#sells-data td[data-company=mimecast]');
    await expect(cell.getByText(/We do not sell/)).toBeHidden();
    await page.getByRole('radio', { name: 'With quotes' }).check();
    await expect(cell).toContainText('Mimecast says it does not sell or rent personal information.');
    const link = cell
      .locator('ul.quotes > li', { hasText: 'We do not sell or rent Personal Information' })
      .getByRole('link', { name: 'In the policy of Mimecast' });
    await link.click();
    await expect(page).toHaveURL(/\/companies\/mimecast\/#c-[0-9a-f]{8}$/);
    await expect(page.locator(':target')).toContainText('We do not sell or rent Personal Information');
  });
});

test('no axe violations in either view at 375 px, light and dark', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of ['/compare/', '/compare/?view=quotes']) {
    await page.goto(path);
    expect(await axeViolationsInBothThemes(page), path).toEqual([]);
  }
});
