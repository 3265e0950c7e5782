/**
 * Archived versions on the real content: as /compare/ columns (`?c=mimecast@2010-08-13`), in the
 * picker, the quotes view, print and the CSV of the chosen columns; and the versions feed.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CSV_COLUMNS } from '../../src/lib/matrix/toCsv.ts';
import { parseCsv } from '../support/csv.ts';
import { realVersions, taxonomy } from '../support/policies.ts';

test.describe.configure({ timeout: 120_000 });

const OLD = 'mimecast@2010-08-13';
const NEW = 'mimecast@2016-12-03';
const old = realVersions[OLD]!.data;
const visibleHeads = (page: Page) => page.locator('#matrix thead th[data-column]:visible');
const cell = (page: Page, practice: string, key: string) =>
  page.locator(`tr[data-practice="${practice}"] td[data-column="${key}"]`);

test('two versions side by side: their own answers, quotes linking to each version’s page, printable', async ({
  page,
}) => {
  await page.goto(`/compare/?c=${OLD},${NEW}&view=quotes`);
  await expect(visibleHeads(page)).toHaveCount(2);
  expect(await visibleHeads(page).evaluateAll((ths) => ths.map((th) => th.getAttribute('data-column')))).toEqual([
    OLD,
    NEW,
  ]);
  const head = visibleHeads(page).first();
  await expect(head.getByRole('link')).toHaveAttribute('href', '/companies/mimecast/2010-08-13/');
  await expect(head.locator('.mx-full')).toHaveText('Mimecast 2010-08-13');
  // Each column shows its version's own answers: 2016 added targeted advertising.
  for (const p of taxonomy)
    await expect(cell(page, p.id, OLD)).toHaveAttribute('data-stance', old.practices[p.id]!.stance);
  await expect(cell(page, 'tracking-cookies', OLD)).toHaveAttribute('data-stance', 'partial');
  await expect(cell(page, 'tracking-cookies', NEW)).toHaveAttribute('data-stance', 'yes');
  // Two versions of one company are two columns, not two companies.
  await expect(page.locator('compare-controls [data-status]')).toHaveText(
    '2 columns: Mimecast 2010-08-13 and Mimecast 2016-12-03, 23 of 23 practices',
  );
  await expect(page.locator('compare-controls [data-pick-count]')).toHaveText('2 columns');
  // The answer opens on the version's page; a quote links to its clause there.
  await expect(cell(page, 'cookies', OLD).locator('a.mx-ans')).toHaveAttribute(
    'href',
    '/companies/mimecast/2010-08-13/#answer-cookies',
  );
  const quote = old.practices['cookies']!.quotes[0]!;
  const source = cell(page, 'cookies', OLD).locator('ul.quotes > li').first().locator('a.quote-source');
  await expect(source).toBeVisible();
  await expect(source).toHaveAttribute('href', `/companies/mimecast/2010-08-13/#${quote.clauseId}`);

  // Printed, both columns' quotes are on paper.
  await page.emulateMedia({ media: 'print' });
  const printed = (await page.evaluate(() => document.getElementById('matrix')!.innerText)).replace(/\s+/g, ' ');
  for (const key of [OLD, NEW]) {
    const version = realVersions[key]!.data;
    for (const p of taxonomy)
      for (const q of version.practices[p.id]!.quotes)
        expect(printed, `${key} ${p.id}`).toContain(q.text.replace(/\s+/g, ' ').trim());
  }
  await page.emulateMedia({ media: 'screen' });
});

test('the picker finds a version by company and date, and the CSV holds the chosen versions', async ({ page }) => {
  await page.goto('/compare/?c=mimecast');
  await page.locator('compare-controls .mx-pick > summary').click();
  await page.getByRole('searchbox', { name: 'Add a company: name or domain' }).fill('Mimecast 2010-08-13');
  await expect(page.locator('compare-controls [data-find-status]')).toHaveText('1 found.');
  await page.getByRole('button', { name: 'Add Mimecast 2010-08-13, mimecast.com' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?c=mimecast,${OLD}$`));
  await expect(visibleHeads(page)).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Remove Mimecast 2010-08-13' })).toBeVisible();

  await page.goto(`/compare/?c=${OLD},${NEW}&differ=1`);
  await expect(visibleHeads(page)).toHaveCount(2);
  await page.locator('.mx-more > summary').click();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download these columns (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('policy-atlas-mimecast-2010-08-13-mimecast-2016-12-03-differ.csv');
  const rows = parseCsv(readFileSync(await file.path(), 'utf8'));
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  const differing = taxonomy.filter(
    (p) => realVersions[OLD]!.data.practices[p.id]!.stance !== realVersions[NEW]!.data.practices[p.id]!.stance,
  );
  expect(differing.length).toBeGreaterThan(0);
  expect(rows.slice(1).map(([company, practice, , stance]) => [company, practice, stance])).toEqual(
    differing.flatMap((p) => [OLD, NEW].map((key) => [key, p.id, realVersions[key]!.data.practices[p.id]!.stance])),
  );
  expect(rows.slice(1).find((r) => r[0] === OLD)![6]).toContain('/companies/mimecast/2010-08-13/#c-');
});

test('the company timeline links its versions in the matrix and the versions feed', async ({ page, request }) => {
  await page.goto('/companies/mimecast/');
  const timeline = page.getByRole('navigation', { name: '3 archived versions' });
  const feed = timeline.getByRole('link', { name: 'feed of archived versions (Atom)' });
  await expect(feed).toHaveAttribute('href', '/versions.xml');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    '/versions.xml',
  );

  // The feed: valid XML in the Atom namespace, every version newest first, absolute links.
  const response = await request.get('/versions.xml');
  // astro preview serves .xml as text/xml, a static host as application/xml or atom+xml.
  expect(response.headers()['content-type']).toMatch(/^(text|application)\/(atom\+)?xml/);
  const xml = await response.text();
  const feedFacts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    const entries = [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
      id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
      title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
      updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
      summary: e.getElementsByTagNameNS(ns, 'summary')[0]?.textContent ?? '',
      links: [...e.getElementsByTagNameNS(ns, 'link')].map((l) => `${l.getAttribute('rel')} ${l.getAttribute('href')}`),
    }));
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      author: doc.querySelector('feed > author > name')?.textContent,
      entries,
    };
  }, xml);
  expect(feedFacts.error).toBe(0);
  expect(feedFacts.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feedFacts.author).toBe('Policy Atlas');
  expect(feedFacts.entries).toHaveLength(Object.keys(realVersions).length);
  const dates = feedFacts.entries.map((e) => e.updated);
  expect(dates).toEqual([...dates].sort().reverse());
  const origin = new URL(feedFacts.entries[0]!.id).origin;
  const mimecast = feedFacts.entries.find((e) => e.id === `${origin}/companies/mimecast/2016-12-03/`)!;
  expect(mimecast.title).toBe('Mimecast: the policy archived on 3 December 2016');
  expect(mimecast.links).toEqual([
    `alternate ${origin}/companies/mimecast/2016-12-03/`,
    `related ${origin}/companies/mimecast/changes/2014-04-03-to-2016-12-03/`,
  ]);
  expect(mimecast.summary).toContain('Tracking cookies: Partial → Yes');

  // "in the matrix": the company's versions as columns of /compare/.
  await timeline.getByRole('link', { name: 'in the matrix' }).click();
  await expect(page).toHaveURL(/\/compare\/\?c=mimecast@2010-08-13,mimecast@2014-04-03,mimecast@2016-12-03$/);
  await expect(visibleHeads(page)).toHaveCount(3);
});
