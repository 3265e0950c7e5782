import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildFixtureSite, serveFolder } from '../support/fixtureSite.ts';

/**
 * Two files of one domain dropped in together (tests/fixtures/versions: acme.example, archived
 * 2012 and 2014) become one company with two versions: a timeline, a page per version, and a
 * changes page marking what changed word by word. One small real `astro build` of just that
 * pair, into its own OUT_DIR, served to Chromium from the folder. (Axe checks a real changes page,
 * light and dark, with every page type: tests/support/pageTypes.ts.)
 */
test.describe.configure({ mode: 'serial' });

const ORIGIN = 'http://versions.test';
let work = '';
let outDir = '';
const CHANGES = `${ORIGIN}/companies/acme/changes/2012-03-04-to-2014-05-06/`;

test.beforeAll(({}, testInfo) => {
  testInfo.setTimeout(300_000);
  ({ work, outDir } = buildFixtureSite('versions', 'tests/fixtures/versions'));
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('one company with two versions: the timeline links each version and what changed', async ({ page }) => {
  await serveFolder(page, ORIGIN, outDir);
  await page.goto(`${ORIGIN}/companies/acme/`);
  const timeline = page.getByRole('navigation', { name: '2 archived versions' });
  await expect(timeline.getByRole('link', { name: '4 March 2012', exact: true })).toHaveAttribute(
    'href',
    '/companies/acme/2012-03-04/',
  );
  await expect(timeline.getByRole('link', { name: '6 May 2014', exact: true })).toHaveAttribute(
    'href',
    '/companies/acme/2014-05-06/',
  );
  await expect(timeline.getByRole('link', { name: 'what changed since 4 March 2012' })).toHaveAttribute(
    'href',
    '/companies/acme/changes/2012-03-04-to-2014-05-06/',
  );
  // The company page shows the newest version (neither is reviewed), its answers suggested from its
  // own text; the timeline links its answers over time, beside every pair of versions, which mark
  // the moved ones.
  await expect(page.getByRole('main')).toContainText('Acme does not sell');
  const cookies = page.locator('[id="answer-cookies"]');
  await expect(cookies.locator('.stance-badge[data-suggested]')).toContainText(/^≈?\s*Suggested: Yes\b/);
  await expect(cookies.locator('.suggestion-evidence')).toContainText('We use cookies to remember you');
  await timeline.getByRole('link', { name: 'answers over time' }).click();
  await expect(page).toHaveURL(`${ORIGIN}/companies/acme/changes/#atlas-over-time`);
  const overTime = page.getByRole('region', { name: 'Answers over time' });
  await expect(overTime.getByRole('row', { name: /^Cookies/ })).toContainText('changed');
  await expect(overTime.getByRole('row', { name: /^Payment details/ })).not.toContainText('changed');

  // Each version's own page, answers first, with its own #cookies and clause links; unreviewed,
  // its answers are the ones suggested from its own text, marked as such, each with its reason.
  await page.goto(`${ORIGIN}/companies/acme/2012-03-04/#cookies`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('4 March 2012');
  await expect(page.locator('[id="answer-cookies"] [id="cookies"]')).toHaveCount(1);
  await expect(page.getByRole('main')).toContainText('Acme may sell');
  await expect(page.locator('#atlas-cite-text')).toContainText('/companies/acme/2012-03-04/');
  const answers = page.getByRole('region', { name: 'Practices at a glance' });
  await expect(answers.locator('.suggestion')).toHaveCount(23);
  await expect(answers.locator('[id="answer-cookies"] .stance-badge[data-suggested]')).toContainText(
    /^≈?\s*Suggested: Not mentioned\b/,
  );
  await expect(answers.locator('[id="answer-cookies"] .suggestion-reason')).toHaveText(/^(Strong|Weak|No) cue: \S/);

  // The two files are one company on /companies/, at the company's address.
  await page.goto(`${ORIGIN}/companies/`);
  const cards = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(cards).toHaveCount(1);
  await expect(cards.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', '/companies/acme/');
  await expect(page.getByRole('main')).toContainText('1 privacy policy, as the Wayback Machine archived it in 2014.');
});

test('the changes page marks added, removed and edited words, and names the moved answer', async ({ page }) => {
  await serveFolder(page, ORIGIN, outDir);
  await page.goto(CHANGES);
  const text = page.getByRole('region', { name: 'The text, clause by clause' });
  const ins = text.locator('.change-row ins');
  const del = text.locator('.change-row del');
  // An added sentence, inside <ins>; a removed one, inside <del>.
  await expect(ins.filter({ hasText: 'We use cookies to remember you when you come back to the site.' })).toHaveCount(
    1,
  );
  await expect(del.filter({ hasText: 'Our office is closed on Fridays and on public holidays.' })).toHaveCount(1);
  // “may” became “does not”: just those words are marked, in the row of the sentence.
  const edited = text.locator('.change-row', { hasText: 'sell your personal information to advertisers.' });
  await expect(edited.locator('del')).toHaveText(['may']);
  await expect(edited.locator('ins')).toHaveText(['does not']);
  await expect(edited.locator('.change-text')).toHaveText(
    'Acme maydoes not sell your personal information to advertisers.',
  );
  // Text that did not change is in neither.
  const marked = [...(await ins.allTextContents()), ...(await del.allTextContents())].join(' | ');
  expect(marked).not.toContain('We collect your name');
  expect(marked).not.toContain('sell your personal information');
  expect(marked).not.toContain('Thank you for reading');
  // Unchanged clauses are folded, and still in the page.
  await expect(text.locator('details.unchanged')).toHaveCount(1);

  // The summary, first: the counts, and the moved answer with its sentence on the new side.
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('1 clause added');
  await expect(summary).toContainText('1 clause removed');
  await expect(summary).toContainText('1 clause changed');
  const cookies = summary.locator('#moved-cookies');
  // Both versions are unreviewed: both answers are suggestions (≈), named as such.
  await expect(cookies).toContainText(/^Cookies:\s*≈Suggested: Not mentioned\b[^→]*→\s*became ≈Suggested: Yes\b/);
  const evidence = cookies.getByRole('link', { name: /We use cookies to remember you/ });
  const target = (await evidence.getAttribute('href'))!;
  expect(target).toMatch(/^#to-c-[0-9a-f]{8}$/);
  await evidence.click();
  await expect(page.locator(`${target} ins`)).toHaveText(
    'We use cookies to remember you when you come back to the site.',
  );
});

test('each change has its own link, and the pairs page links every pair', async ({ page }) => {
  await serveFolder(page, ORIGIN, outDir);
  await page.goto(CHANGES);
  const rows = page.locator(
    '.change-row[data-kind="changed"], .change-row[data-kind="added"], .change-row[data-kind="removed"]',
  );
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) {
    const id = await row.getAttribute('id');
    await expect(row.locator('a.change-link')).toHaveAttribute('href', `#${id}`);
  }
  await page.goto(`${ORIGIN}/companies/acme/changes/`);
  await expect(page.getByRole('link', { name: /2012 → 2014/ })).toHaveAttribute(
    'href',
    '/companies/acme/changes/2012-03-04-to-2014-05-06/',
  );
});
