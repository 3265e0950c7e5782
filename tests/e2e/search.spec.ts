import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';

/*
 * Search loads its code and the index on first use (and, in a large build, a worker); on a
 * busy machine that can take longer than the default five seconds. These are waits, not speed
 * assertions (speed is the benchmark's).
 */
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

/** The five companies as the site names them. */
const COMPANIES = ['Corero Systems', 'CyberDefender', 'IronPort Systems', 'Mimecast', 'Threatpost'];

const results = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('list')
    .filter({ has: page.locator('a[href*="/companies/"]') })
    .getByRole('listitem');
const status = (page: Page) => page.getByRole('main').getByRole('status');
const headerBox = (page: Page) => page.getByRole('banner').getByRole('combobox', { name: 'Search clauses' });

/** Fails the test on any uncaught error, console error or dialog (an injected alert()). */
function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

test.describe('the /search/ page', () => {
  test('"cokies" lists cookie clauses from all five companies, the matched words highlighted', async ({ page }) => {
    await page.goto('/search/?q=cokies');
    await expect(status(page)).toHaveText(/clauses from 5 companies match “cokies”/);
    await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('cokies');
    for (const company of COMPANIES) {
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
      'We do not sell, rent or loan personal information collected to third parties.',
      'We will not sell or rent your personal information to any third party.',
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
    await expect(link).toContainText('We do not sell, rent or loan personal information');
    await link.click();
    await expect(page).toHaveURL(/\/companies\/mimecast\/#c-[0-9a-f]{8}$/);
    const target = page.locator(':target');
    // The clause, then its tools (copy link, "cited for" chips).
    await expect(target).toHaveText(/^We do not sell, rent or loan personal information collected to third parties\./);
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

    await page.getByRole('combobox', { name: 'Company' }).selectOption('mimecast');
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
    for (const href of filtered) expect(href).toMatch(/^\/companies\/mimecast\/#c-/);

    await page.reload();
    await expect(box).toHaveValue('cookies');
    await expect(page.getByRole('combobox', { name: 'Company' })).toHaveValue('mimecast');
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
    await page.getByRole('combobox', { name: 'Company' }).selectOption('mimecast');
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
    const counts = await page.getByRole('combobox', { name: 'Company' }).locator('option').allTextContents();
    expect(counts[0]).toBe('All companies');
    for (const label of counts.slice(1)) expect(label).toMatch(/ \(\d+\)$/);
    expect(counts.slice(1).some((label) => !label.endsWith('(0)'))).toBe(true);
  });

  test('typing on keeps the results that stay, rather than drawing them again', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'Words to find' });
    await box.pressSequentially('cooki');
    await expect(status(page)).toHaveText(/match “cooki”/);
    const before = await results(page).allTextContents();
    await results(page)
      .first()
      .evaluate((li) => li.setAttribute('data-test-kept', ''));
    await box.press('e');
    await expect(status(page)).toHaveText(/match “cookie”/);
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
    await expect(results(page).filter({ hasText: 'We do not sell, rent or loan personal information' })).toHaveCount(1);
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
    for (const company of COMPANIES)
      await expect(page.getByRole('main').getByRole('link', { name: company })).toBeVisible();
    await context.close();
  });

  test('with JavaScript the note about JavaScript is gone', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeHidden();
    await expect(page.getByRole('link', { name: 'cookies', exact: true })).toBeVisible();
  });
});

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
    await expect(options).toHaveCount(4); // three clauses, and "open on the search page"
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
      /clauses from 5 companies match “cokies”/,
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
    expect(requested).toContain('/search-index.json');
  });
});

/**
 * What a query could have injected: images, SVG, frames and objects (compared with the page
 * before any query: the header's own icons are SVG), scripts that mention alert(, and any
 * element carrying an inline event handler.
 */
const injected = (page: Page) =>
  page.evaluate(() => [
    ...[...document.querySelectorAll('img, svg, iframe, object, embed')].map((el) => el.outerHTML.slice(0, 80)),
    ...[...document.scripts]
      .filter((el) => (el.textContent ?? '').includes('alert('))
      .map((el) => el.outerHTML.slice(0, 80)),
    ...[...document.querySelectorAll('*')]
      .filter((el) => el.getAttributeNames().some((name) => name.startsWith('on')))
      .map((el) => el.outerHTML.slice(0, 80)),
  ]);

test('hostile queries inject nothing and throw nothing', async ({ page }) => {
  const problems = watchForErrors(page);
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '<script>alert(1)</script>',
    "javascript:alert(1)//'",
    '.*+?^${}()|[]\\',
    '(a+)+$',
    '%3Cimg%20src%3Dx%3E',
    '😀🎉👩‍👩‍👧',
    'مرحبا بالعالم',
    'שלום עולם cookies',
    '\u202eesrever\u202c',
    '__proto__',
    'x'.repeat(10_000),
  ];
  await page.goto('/search/');
  const onSearchPage = await injected(page);
  const box = page.getByRole('searchbox', { name: 'Words to find' });
  for (const query of hostile) {
    await box.fill(query);
    await expect(status(page)).toHaveText(/match|No clauses/);
    expect(await injected(page)).toEqual(onSearchPage);
  }
  await box.fill('x'.repeat(10_000));
  await expect(box).toHaveValue('x'.repeat(200)); // the field takes at most 200 characters
  await page.goto('/');
  const onHome = await injected(page);
  for (const query of hostile) {
    await headerBox(page).fill(query);
    await expect(page.getByRole('banner').locator('[data-panel-status]')).toHaveText(/clauses? from|Nothing found/);
    expect(await injected(page)).toEqual(onHome);
  }
  await page.goto(
    `/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}&company=${encodeURIComponent('<b>')}`,
  );
  await expect(status(page)).toHaveText(/match “<img src=x onerror=alert\(1\)>”|No clauses match/);
  expect(await injected(page)).toEqual(onSearchPage);
  expect(problems).toEqual([]);
});

/** Axe over what search renders: the header (box and panel) and the main content. */
const axe = (page: Page) => new AxeBuilder({ page }).include('header').include('main');

test.describe('accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    // The search page with results is one of a11y.spec's page types; this is the header's panel, open.
    test(`the header results panel has no axe violations (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
      await page.goto('/');
      await headerBox(page).fill('opt out');
      await expect(page.getByRole('option').first()).toBeVisible();
      await headerBox(page).press('ArrowDown');
      await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
      const { violations } = await axe(page)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
