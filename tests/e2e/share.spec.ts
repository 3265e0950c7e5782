import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { expect, test, type Page } from '@playwright/test';
import { answersDiffer } from '../../src/lib/matrix/compareSelection.ts';
import { CSV_COLUMNS } from '../../src/lib/matrix/toCsv.ts';
import { parseCsv } from '../support/csv.ts';
import { formatDate } from '../../src/lib/site/labels.ts';
import { fold } from '../support/anchors.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';

/**
 * Sharing and citing: every answer's two anchors, Open Graph cards, "Copy citation" and
 * "Cite this policy", and /compare/'s link and CSV of the chosen columns. Reads the build in
 * dist/ (npm test builds it first) and drives it in Chromium.
 */
const DIST = 'dist';
const slugs = Object.keys(realPolicies).sort();
const html = (route: string) => readFileSync(path.join(DIST, route, 'index.html'), 'utf8');
const meta = (page: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`)
    .exec(page)?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The published address of a page, as its canonical link gives it (SITE_URL and the base path). */
async function canonical(page: Page): Promise<string> {
  return (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('the build output', () => {
  test('every company page has id="<practice>" and id="answer-<practice>" for every practice, once each', () => {
    const companies = readdirSync(path.join(DIST, 'companies')).filter((d) =>
      statSync(path.join(DIST, 'companies', d)).isDirectory(),
    );
    expect(companies.sort()).toEqual(slugs);
    for (const slug of companies) {
      const page = html(`companies/${slug}`);
      for (const { id } of taxonomy) {
        expect(page.match(new RegExp(`id="${id}"`, 'g')), `${slug} #${id}`).toHaveLength(1);
        expect(page.match(new RegExp(`id="answer-${id}"`, 'g')), `${slug} #answer-${id}`).toHaveLength(1);
      }
    }
  });

  const pages = [
    { route: '', card: 'og/home.png', names: ['matrix'] },
    { route: 'compare', card: 'og/compare.png', names: ['matrix'] },
    ...slugs.map((s) => ({ route: `companies/${s}`, card: `og/companies/${s}.png`, names: [realPolicies[s]!.name] })),
    ...taxonomy.map((p) => ({ route: `practices/${p.id}`, card: `og/practices/${p.id}.png`, names: [p.question] })),
  ];

  test('every page type points at its own card: a 1200 × 630 PNG of at most 60 KB, described in words', () => {
    const seen = new Set<string>();
    for (const { route, card, names } of pages) {
      const page = html(route);
      const site = meta(page, 'og:url')!.replace(new RegExp(`${route ? `${route}/` : ''}$`), '');
      const image = meta(page, 'og:image');
      expect(image, route).toBe(`${site}${card}`);
      expect(meta(page, 'twitter:image'), route).toBe(image);
      expect(meta(page, 'twitter:card'), route).toBe('summary_large_image');
      expect(meta(page, 'og:image:width')).toBe('1200');
      expect(meta(page, 'og:image:height')).toBe('630');
      expect(meta(page, 'og:image:type')).toBe('image/png');
      for (const name of names) expect(meta(page, 'og:image:alt'), route).toContain(name);
      expect(seen.has(card), `${card} is one page's own`).toBe(false);
      seen.add(card);
      const png = readFileSync(path.join(DIST, card));
      expect(png.subarray(1, 4).toString('ascii'), card).toBe('PNG');
      expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, card).toEqual({ width: 1200, height: 630 });
      expect(png.length, card).toBeLessThanOrEqual(60 * 1024);
    }
  });
});

test('no page requests its own card (or any card)', async ({ page }) => {
  const cards: string[] = [];
  page.on('request', (r) => {
    if (/\/og\//.test(new URL(r.url()).pathname)) cards.push(r.url());
  });
  for (const route of ['/', '/compare/', '/companies/ironport/', '/practices/cookies/']) {
    await page.goto(route);
    await page.waitForLoadState('networkidle');
  }
  expect(cards).toEqual([]);
});

test.describe('Copy citation', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('a quote on a company page: the quote, company, archive date, absolute clause URL and snapshot', async ({
    page,
  }) => {
    const policy = realPolicies['mimecast']!;
    const quote = policy.practices['cookies']!.quotes[0]!;
    await page.goto('/companies/mimecast/');
    const row = page.locator('[id="answer-cookies"]');
    await row
      .getByRole('button', { name: /^Cite\W+Copy citation of the quote/ })
      .first()
      .click();
    await expect(page.locator('#copy-link-status')).toHaveText(/^Citation copied/);
    const text = await clipboard(page);
    const clauseUrl = `${await canonical(page)}#${quote.clauseId}`;
    expect(text).toContain(`“${fold(quote.text)}”`);
    expect(text).toContain(policy.name);
    expect(text).toContain(`archived ${formatDate(policy.archivedOn)}`);
    expect(text).toContain(clauseUrl);
    expect(text).toContain(policy.snapshotUrl);
    // The cited URL is the clause that holds the quote.
    await page.goto(new URL(clauseUrl).pathname + new URL(clauseUrl).hash);
    await expect(page.locator(`[id="${quote.clauseId}"]`)).toContainText(fold(quote.text).slice(0, 40));
  });

  test('every quote of a company page cites the whole quote, the long ones shown by their opening words', async ({
    page,
  }) => {
    const policy = realPolicies['ironport']!;
    await page.goto('/companies/ironport/');
    let cut = 0;
    for (const { id } of taxonomy) {
      const quotes = policy.practices[id]?.quotes.slice(0, 3) ?? [];
      const buttons = page
        .locator(`[id="answer-${id}"]`)
        .getByRole('button', { name: /^Cite\W+Copy citation of the quote/ });
      await expect(buttons).toHaveCount(quotes.length);
      for (const [i, quote] of quotes.entries()) {
        if (fold(quote.text).length > 90) cut++;
        await page.evaluate(() => navigator.clipboard.writeText(''));
        await buttons.nth(i).click();
        await expect.poll(() => clipboard(page), `${id} quote ${i}`).toMatch(/^“/);
        expect((await clipboard(page)).split('\n')[0], `${id} quote ${i}`).toBe(`“${fold(quote.text)}”`);
      }
    }
    expect(cut, 'long quotes, shown by their opening words').toBeGreaterThan(3);
  });

  test('a clause, with the keyboard: its whole text and its own URL, announced', async ({ page }) => {
    const policy = realPolicies['threatpost']!;
    const clause = policy.clauses[3]!;
    await page.goto('/companies/threatpost/');
    const button = page.locator(`[id="${clause.id}"] copy-citation button`);
    await expect(button).toHaveAccessibleName(/^Copy citation of the clause “/);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#copy-link-status')).toHaveText(/^Citation copied: the clause/);
    const text = await clipboard(page);
    expect(text.split('\n')[0]).toBe(`“${fold(clause.text)}”`);
    expect(text).toContain(`${await canonical(page)}#${clause.id}`);
    expect(text).toContain(`archived ${formatDate(policy.archivedOn)}`);
    expect(text).toContain(policy.snapshotUrl);
  });

  test('a quote on a practice page names its own company', async ({ page }) => {
    const slug = slugs.find((s) => realPolicies[s]!.practices['sells-data']!.quotes.length)!;
    const policy = realPolicies[slug]!;
    const quote = policy.practices['sells-data']!.quotes[0]!;
    await page.goto('/practices/sells-data/');
    await page
      .locator(`[data-company="${slug}"]`)
      .getByRole('button', { name: /^Cite\W+Copy citation of the quote/ })
      .first()
      .click();
    // What a copy does is loaded on first use: the announcement says when it is done.
    await expect(page.locator('#copy-link-status')).toHaveText(/^Citation copied/);
    const text = await clipboard(page);
    const site = new URL(await canonical(page)).origin;
    expect(text).toContain(`“${fold(quote.text)}”`);
    expect(text).toContain(`${policy.name}, “${policy.title}”`);
    expect(text).toContain(`${site}/companies/${slug}/#${quote.clauseId}`);
    expect(text).toContain(policy.snapshotUrl);
  });
});

test('a quote in /compare/?view=quotes: its citation names the company and the clause', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const policy = realPolicies['corero']!;
  const quote = policy.practices['legal-disclosure']!.quotes[0]!;
  await page.goto('/compare/?view=quotes');
  const cell = page.locator('tr[data-practice="legal-disclosure"] td[data-company="corero"]');
  const button = cell.getByRole('button', { name: /^Cite\W+Copy citation of the quote/ }).first();
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator('#copy-link-status')).toHaveText(/^Citation copied/);
  const text = await clipboard(page);
  expect(text).toContain(`“${fold(quote.text)}”`);
  expect(text).toContain(`${policy.name}, “${policy.title}”`);
  expect(text).toContain(`${new URL(await canonical(page)).origin}/companies/corero/#${quote.clauseId}`);
  expect(text).toContain(`archived ${formatDate(policy.archivedOn)}`);
  expect(text).toContain(policy.snapshotUrl);
});

test.describe('Cite this policy', () => {
  test('plain text and BibTeX are readable without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/companies/corero/');
    await page.getByText('Cite this policy').click();
    await expect(page.locator('#atlas-cite-text')).toContainText('archived 1 December 2014');
    await expect(page.locator('#atlas-cite-bibtex')).toContainText('@misc{corero-2014-12-01,');
    await expect(page.locator('copy-text button')).toHaveCount(0);
    await context.close();
  });

  test('the copied BibTeX parses: one @misc, a field per line, balanced braces', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const policy = realPolicies['ironport']!;
    await page.goto('/companies/ironport/');
    await page.getByText('Cite this policy').click();
    await page.getByRole('button', { name: 'Copy the BibTeX entry' }).click();
    await expect(page.locator('#copy-link-status')).toHaveText('Copied the BibTeX entry.');
    const bib = await clipboard(page);
    const lines = bib.split('\n');
    expect(lines[0]).toBe(`@misc{ironport-${policy.archivedOn},`);
    expect(lines.at(-1)).toBe('}');
    for (const line of lines.slice(1, -1)) expect(line).toMatch(/^ {2}[a-z]+ *= .+,$/);
    let depth = 0;
    for (const ch of bib) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    const library = parseBibtex(bib);
    expect(library.errors).toEqual([]);
    expect(library.entries[0]?.fields['url']).toBe(await canonical(page));
    expect(library.entries[0]?.fields.author?.[0]?.name).toBe(policy.name);

    await page.getByRole('button', { name: 'Copy the plain-text citation' }).click();
    await expect.poll(() => clipboard(page)).toContain(`archived ${formatDate(policy.archivedOn)}`);
  });
});

test.describe('take a comparison away', () => {
  test('the CSV of a two-company, differ-only comparison has exactly those rows and columns', async ({ page }) => {
    const all = parseCsv(readFileSync(path.join(DIST, 'data/matrix.csv'), 'utf8'));
    const chosen = ['corero', 'mimecast'];
    const differing = taxonomy
      .map((p) => p.id)
      .filter((id) => answersDiffer(chosen.map((c) => all.find((r) => r[0] === c && r[1] === id)![3]!)));
    expect(differing.length).toBeGreaterThan(0);
    expect(differing.length).toBeLessThan(taxonomy.length);

    // The columns in the reader's order, each from its own file (/compare/columns/<key>.json).
    await page.goto('/compare/?c=mimecast,corero&differ=1');
    await page.locator('.mx-more > summary').click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download these columns (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('policy-atlas-mimecast-corero-differ.csv');
    const rows = parseCsv(readFileSync(await file.path(), 'utf8'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const expected = differing.flatMap((id) =>
      ['mimecast', 'corero'].map((c) => all.find((r) => r[0] === c && r[1] === id)!),
    );
    expect(rows.slice(1)).toEqual(expected);
    expect(rows.length - 1).toBe(chosen.length * differing.length);
  });

  test('"Copy link to this comparison" copies the published URL with every view option', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/compare/?c=corero,ironport&differ=1');
    await page.locator('.mx-more > summary').click();
    await page.getByRole('button', { name: 'Copy link to this comparison' }).click();
    await expect(page.locator('#copy-link-status')).toHaveText(/^Link copied/);
    const url = new URL(await clipboard(page));
    expect(url.origin + url.pathname).toBe(await canonical(page));
    expect(url.searchParams.get('c')).toBe('corero,ironport');
    expect(url.searchParams.get('differ')).toBe('1');
  });

  test('without JavaScript the download is the whole matrix', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/compare/');
    // The exports are folded under the bar's "More", which opens without JavaScript too.
    await page.locator('summary', { hasText: /^More$/ }).click();
    await expect(page.getByRole('link', { name: 'Download these columns (CSV)' })).toHaveAttribute(
      'href',
      '/data/matrix.csv',
    );
    await expect(page.getByRole('button', { name: 'Copy link to this comparison' })).toHaveCount(0);
    await context.close();
  });
});
