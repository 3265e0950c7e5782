/** The home page, and the header and footer every page shares. */
import { expect, test } from '@playwright/test';
import { answerLook, TONES } from '../../src/lib/answers/vocabulary.ts';
import { PAGE_TYPES, openPageType, routeBuilt } from '../support/pageTypes.ts';
import { policies, taxonomy } from '../support/policies.ts';
import { HOME_QUESTIONS } from '../../src/lib/views/homePage.ts';

const STANCE_WORD = {
  yes: 'Yes',
  no: 'No',
  partial: 'Partial',
  'not-mentioned': 'Not mentioned',
  'not-reviewed': 'Not reviewed',
} as const;

test.describe('home', () => {
  test('says what the site is and where the texts come from, in one sentence', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policy Atlas');
    const intro = page.getByRole('main').locator('p').first();
    await expect(intro).toContainText('read, search and compare the privacy policies of five security companies');
    await expect(intro).toContainText('Wayback Machine');
    await expect(intro).toContainText('2006–2019');
    await expect(
      intro.getByRole('link', { name: 'Princeton-Leuven Longitudinal Corpus of Privacy Policies' }),
    ).toHaveAttribute('href', '/about/#provenance');
  });

  test('each company card gives domain, archive date, reading time, its answers and their counts', async ({ page }) => {
    await page.goto('/');
    const cards = page
      .getByRole('region', { name: 'The five companies' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(cards).toHaveCount(policies.length);
    for (const [i, policy] of policies.entries()) {
      const card = cards.nth(i);
      await expect(card.getByRole('heading', { level: 3 })).toHaveText(policy.name);
      await expect(card.getByRole('link', { name: policy.name })).toHaveAttribute('href', `/companies/${policy.slug}/`);
      await expect(card).toContainText(policy.domain);
      await expect(card.locator(`time[datetime="${policy.archivedOn}"]`)).toBeVisible();
      await expect(card).toContainText(`${policy.readingMinutes} min read`);
      // One square per practice in taxonomy order, each saying its practice and answer.
      const squares = card.locator('.answer-strip > li');
      await expect(squares).toHaveCount(taxonomy.length);
      expect(await squares.evaluateAll((lis) => lis.map((li) => li.textContent?.split(':')[0]?.trim()))).toEqual(
        taxonomy.map((p) => p.label),
      );
      await expect(squares.first()).toContainText(`${taxonomy[0]!.label}: `);
      // Good answers and silence are counted apart: silence is never counted as bad.
      const good = taxonomy.filter((p) => policy.practices[p.id]?.stance === p.friendly).length;
      const silent = taxonomy.filter((p) => policy.practices[p.id]?.stance === 'not-mentioned').length;
      await expect(card.locator('[data-count=good]')).toHaveText(`${TONES.good.symbol}${good} good for you`);
      await expect(card.locator('[data-count=silent]')).toHaveText(`${TONES.silent.symbol}${silent} not mentioned`);
    }
  });

  test('leads with the questions readers ask first, each answer in words and linked to the company’s answer', async ({
    page,
  }) => {
    await page.goto('/');
    const table = page.getByRole('region', { name: 'What they say, at a glance' }).getByRole('table');
    const shown = await table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        question: row.querySelector('th a')?.textContent?.trim(),
        cells: [...row.querySelectorAll('td')].map((td) => ({
          word: td.textContent?.replace(/\s+/g, ' ').trim().split(/ ?,/)[0],
          href: td.querySelector('a')?.getAttribute('href') ?? null,
        })),
      })),
    );
    expect(shown).toEqual(
      HOME_QUESTIONS.map(({ practice: id, ask }) => ({
        question: ask,
        cells: policies.map((policy) => {
          const finding = policy.practices[id]!;
          const look = answerLook(finding.stance, taxonomy.find((p) => p.id === id)!.friendly);
          return {
            word: `${look.symbol} ${STANCE_WORD[finding.stance]}`,
            href: `/companies/${policy.slug}/#answer-${id}`,
          };
        }),
      })),
    );
    // "No" and "Not mentioned" never look alike: different words and different symbols.
    await expect(
      table
        .getByRole('cell')
        .filter({ hasText: /^✓ No,/ })
        .first(),
    ).toBeVisible();
    await expect(
      table
        .getByRole('cell')
        .filter({ hasText: /^– Not mentioned,/ })
        .first(),
    ).toBeVisible();
    // Screen readers hear the answer, how it stands with the reader, and whose it is.
    await expect(table.getByRole('link', { name: /^Yes ?, bad for your privacy: Mimecast, Cookies$/ })).toHaveAttribute(
      'href',
      '/companies/mimecast/#answer-cookies',
    );
    await page.getByRole('link', { name: /Compare all 23 practices/ }).click();
    await expect(page).toHaveURL(/\/compare\/$/);
  });

  test('the search box on the page searches the clauses, with JavaScript or without', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('search', { name: 'Search the policies' });
    await search.getByRole('searchbox', { name: 'Search every clause of every policy' }).fill('unsubscribe');
    await search.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=unsubscribe$/);
  });
});

test.describe('header and footer', () => {
  test('the navigation names the five sections and marks where you are', async ({ page }) => {
    await page.goto('/about/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = nav.getByRole('link');
    await expect(links).toHaveText(['Companies', 'Compare', 'Practices', 'Search', 'About']);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/companies/', '/compare/', '/practices/', '/search/', '/about/']);
    await expect(nav.getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');
    await page.goto('/companies/mimecast/');
    await expect(nav.getByRole('link', { name: 'Companies' })).toHaveAttribute('aria-current', 'true');
    await expect(nav.locator('[aria-current]')).toHaveCount(1);
    await page.goto('/');
    await expect(nav.locator('[aria-current]')).toHaveCount(0);
    await page.getByRole('banner').getByRole('link', { name: 'Policy Atlas' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('the footer gives provenance, the open data and the methodology', async ({ page }) => {
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: /Princeton-Leuven Longitudinal Corpus/ })).toHaveAttribute(
      'href',
      /^https:\/\/privacypolicies\.cs\.princeton\.edu\//,
    );
    await expect(footer.getByRole('link', { name: /Wayback Machine/ })).toHaveAttribute(
      'href',
      'https://web.archive.org/',
    );
    const data = footer.getByRole('navigation', { name: 'Open data' }).getByRole('link');
    expect(await data.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/data/matrix.json',
      '/data/matrix.csv',
      '/data/policies.json',
    ]);
    await expect(footer.getByRole('link', { name: 'Methodology' })).toHaveAttribute('href', '/about/');
    await expect(footer).toContainText('sets no cookie');
  });

  for (const width of [375, 1280]) {
    test(`at ${width} px every section, the search box and the theme switch are on screen, nothing scrolls sideways`, async ({
      page,
    }) => {
      test.slow(); // every page type
      await page.setViewportSize({ width, height: 800 });
      for (const type of PAGE_TYPES.filter(routeBuilt)) {
        await openPageType(page, type);
        const banner = page.getByRole('banner');
        const links = banner.getByRole('navigation', { name: 'Main' }).getByRole('link');
        for (const link of await links.all()) await expect(link).toBeInViewport();
        const rows = await links.evaluateAll(
          (as) => new Set(as.map((a) => Math.round(a.getBoundingClientRect().top))).size,
        );
        expect(rows, `${type.path}: the five sections sit on one row`).toBe(1);
        // On /search/ the page's own field stands in for the header's box.
        const box = type.path.startsWith('/search/')
          ? page.getByRole('main').getByRole('searchbox', { name: 'Words to find' })
          : banner.getByRole('combobox', { name: 'Search clauses' });
        await expect(box).toBeInViewport();
        await expect(banner.getByRole('button', { name: /^Theme: / })).toBeInViewport();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${type.path} scrolls sideways`).toBeLessThanOrEqual(0);
      }
    });
  }
});
