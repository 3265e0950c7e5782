import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { expectLandedOn, fold, targetOf } from '../support/anchors.ts';
import { buildFixtureSite, serveFolder } from '../support/fixtureSite.ts';

/**
 * A raw corpus file dropped into the policies folder, with no frontmatter, gets a full
 * company page: "not reviewed", and `#cookies` exactly when its text speaks of cookies.
 * One real `astro build` with POLICIES_DIR = the five policies + two raw fixtures, into
 * its own OUT_DIR (with BlankCorp, a policy with no cues, for its suggestions); the built
 * pages are then served to Chromium from that folder.
 */
test.describe.configure({ mode: 'serial' });

const ORIGIN = 'http://dropin.test';
let work = '';
let outDir = '';

test.beforeAll(({}, testInfo) => {
  testInfo.setTimeout(300_000);
  ({ work, outDir } = buildFixtureSite('dropin', (folder) => {
    const policiesDir = path.join(folder, 'policies');
    mkdirSync(policiesDir);
    // The five companies' main files (not their dated versions: a smaller, cheaper build).
    for (const name of readdirSync('content/policies').filter((n) => /^[a-z]+\.md$/.test(n))) {
      copyFileSync(path.join('content/policies', name), path.join(policiesDir, name));
    }
    for (const name of ['examplecorp.md', 'quietcorp.md'])
      copyFileSync(path.join('tests/fixtures/raw', name), path.join(policiesDir, name));
    // A policy with no cues at all (its own folder: the raw fixtures' folder is checked as a whole elsewhere).
    copyFileSync('tests/fixtures/no-cues/blankcorp.md', path.join(policiesDir, 'blankcorp.md'));
    return policiesDir;
  }));
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the built HTML: #cookies on ExampleCorp’s cookie paragraph, on QuietCorp’s answer row', () => {
  const example = readFileSync(path.join(outDir, 'companies/examplecorp/index.html'), 'utf8');
  const quiet = readFileSync(path.join(outDir, 'companies/quietcorp/index.html'), 'utf8');
  expect(example).toMatch(
    // (the paragraph also holds #tracking-cookies: its suggestion, "recognise you", rests on it)
    /<p id="c-[0-9a-f]{8}" class="clause"><span id="cookies" class="anchor-target block">(?:<span id="[a-z-]+" class="anchor-target block">)*Like most web sites/,
  );
  expect(example.match(/id="cookies"/g)).toHaveLength(1);
  // QuietCorp's text never speaks of cookies: #cookies is its answer row, inside #answer-cookies.
  expect(quiet.match(/id="cookies"/g)).toHaveLength(1);
  expect(quiet).toMatch(/<li id="answer-cookies"[^>]*><div id="cookies"/);
});

test('ExampleCorp: /companies/examplecorp/#cookies lands on its cookie paragraph, highlighted; not reviewed', async ({
  page,
}) => {
  await serveFolder(page, ORIGIN, outDir);
  await page.goto(`${ORIGIN}/companies/examplecorp/#cookies`);
  await expectLandedOn(page, 'cookies');
  expect(fold(await targetOf(page, 'cookies').innerText())).toContain(
    'we place small text files on your computer when you visit, called "cookies"',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Examplecorp');
  const summary = page.getByRole('region', { name: 'Practices at a glance' });
  await expect(summary).toContainText('This policy has not been reviewed yet');
  const cookies = summary.locator('[id="answer-cookies"]');
  // (the row's own badge; its suggestion's badge, tested below, is marked data-suggested)
  await expect(cookies.locator('[data-stance]:not([data-suggested])')).toHaveText('?Not reviewed');
  // The cookie paragraph is the suggestion's evidence, linked once (not again as "found automatically").
  const evidence = cookies.getByRole('link', { name: /^Evidence: .*Like most web sites/ });
  await expect(evidence).toHaveAttribute('href', /^\/companies\/examplecorp\/#c-[0-9a-f]{8}$/);
  const href = (await evidence.getAttribute('href'))!;
  await expect(cookies.locator(`a[href="${href}"]`)).toHaveCount(1);
  await expect(cookies).not.toContainText('Found automatically in:');
  await expect(page.getByRole('region', { name: 'About this archived copy' })).toContainText('Not reviewed yet');
});

test('QuietCorp, silent on cookies: #cookies lands on its answer row, which says "not reviewed"', async ({ page }) => {
  await serveFolder(page, ORIGIN, outDir);
  await page.goto(`${ORIGIN}/companies/quietcorp/#cookies`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quietcorp');
  await expectLandedOn(page, 'cookies');
  await expect(page.locator('[id="answer-cookies"] [id="cookies"]')).toContainText('Not reviewed');
  const summary = page.getByRole('region', { name: 'Practices at a glance' });
  await expect(summary.locator('[id="answer-cookies"] [data-stance]:not([data-suggested])')).toHaveText(
    '?Not reviewed',
  );
  await expect(summary.locator('[id="answer-cookies"]')).toContainText('Not found by automatic detection.');
  const copy = summary.locator('[id="answer-sells-data"] copy-link a[href="#answer-sells-data"]');
  await expect(copy).toHaveAccessibleName(/^(Copy link|Link) to this answer\s*: Quietcorp on sells data$/);
  await page.goto(`${ORIGIN}/companies/quietcorp/#sells-data`);
  await expectLandedOn(page, 'sells-data');
});

test('the companies list shows the dropped-in companies too', async ({ page }) => {
  await serveFolder(page, ORIGIN, outDir);
  await page.goto(`${ORIGIN}/companies/`);
  const cards = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(cards).toHaveCount(8);
  await expect(page.getByRole('link', { name: 'Examplecorp', exact: true })).toHaveAttribute(
    'href',
    '/companies/examplecorp/',
  );
  const quietcorp = cards.filter({ hasText: 'Quietcorp' });
  await expect(quietcorp).toContainText('not reviewed');
  // An unreviewed policy's strip says so on every square, and there is nothing to count.
  await expect(quietcorp.locator('.answer-strip > li[data-tone=unreviewed]')).toHaveCount(23);
  await expect(quietcorp).toContainText('Not reviewed yet: no answers to count.');
  // Its suggestions are counted apart, in words, never among the answers.
  await expect(quietcorp.locator('[data-count="suggested"]')).toContainText(
    /^23 suggestions from the text, not counted: /,
  );
});

/** Every suggested badge in `scope`: its marker, tone, words and outline, none of a reviewed answer's. */
async function expectSuggestedBadges(scope: Locator, count: number): Promise<void> {
  const badges = scope.locator('.stance-badge[data-suggested]');
  await expect(badges).toHaveCount(count);
  for (const badge of await badges.all()) {
    await expect(badge).toHaveAttribute('data-tone', 'unreviewed');
    await expect(badge).toHaveAttribute('data-stance', 'not-reviewed');
    expect(fold((await badge.textContent()) ?? '')).toMatch(
      /^≈Suggested: (Yes|No|Partial|Not mentioned) — suggested from the policy’s text, not reviewed/,
    );
    expect(await badge.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('double');
  }
}

/** A reviewed answer's badge, to hold suggestions against: none of its marks. */
async function expectReviewedBadge(badge: Locator): Promise<void> {
  await expect(badge).not.toHaveAttribute('data-suggested');
  await expect(badge).not.toHaveAttribute('data-tone', 'unreviewed');
  expect(await badge.textContent()).not.toContain('Suggested');
  expect(await badge.evaluate((el) => getComputedStyle(el).borderTopStyle)).not.toBe('double');
}

/** Every evidence link in `scope` leads to an element of its page that exists. */
async function expectEvidenceResolves(scope: Locator): Promise<number> {
  const hrefs = await scope.locator('a.suggestion-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of new Set(hrefs)) {
    const [pathname, id] = href.split('#');
    expect(id, href).toMatch(/^c-[0-9a-f]{8}$/);
    const html = readFileSync(path.join(outDir, pathname!, 'index.html'), 'utf8');
    expect(html, `${href} resolves`).toContain(`id="${id}"`);
  }
  return hrefs.length;
}

test('ExampleCorp’s page shows every practice’s suggestion as a suggestion, with its reason and evidence', async ({
  page,
}) => {
  await serveFolder(page, ORIGIN, outDir);
  await page.goto(`${ORIGIN}/companies/examplecorp/`);
  const summary = page.getByRole('region', { name: 'Practices at a glance' });
  await expectSuggestedBadges(summary, 23);
  await expect(summary.locator('.suggestion-reason')).toHaveCount(23);
  const cookies = summary.locator('[id="answer-cookies"]');
  await expect(cookies.locator('.suggestion-reason')).toContainText(
    /^(Strong|Weak|No) cue: Suggested (yes|no|partial|not mentioned)\b.+ \S/i,
  );
  expect(await expectEvidenceResolves(cookies)).toBeGreaterThan(0);
  expect(await expectEvidenceResolves(summary)).toBeGreaterThan(0);
  // The counts leave the suggestions out, and say so.
  await expect(page.locator('[data-counts="examplecorp"]')).toContainText('Not reviewed yet: no answers to count.');
  await expect(page.locator('[data-counts="examplecorp"] [data-count="suggested"]')).toContainText(/^23 suggestions/);
  // A reviewed company's answers carry none of the suggestion's marks.
  await page.goto(`${ORIGIN}/companies/mimecast/`);
  const reviewed = page.getByRole('region', { name: 'Practices at a glance' });
  await expect(reviewed.locator('[data-suggested], .suggestion')).toHaveCount(0);
  await expectReviewedBadge(reviewed.locator('[id="answer-cookies"] .stance-badge'));
});

test('BlankCorp, with no cues: “not mentioned” suggestions everywhere, not guesses', async ({ page }) => {
  await serveFolder(page, ORIGIN, outDir);
  await page.goto(`${ORIGIN}/companies/blankcorp/`);
  const summary = page.getByRole('region', { name: 'Practices at a glance' });
  await expectSuggestedBadges(summary, 23);
  await expect(summary.locator('[data-suggestion="not-mentioned"]')).toHaveCount(23);
  await expect(summary.locator('.stance-badge[data-suggested]').first()).toContainText('Suggested: Not mentioned');
});

test('/compare/: the dropped-in column shows suggestions, never a reviewed answer’s look', async ({ page }) => {
  await serveFolder(page, ORIGIN, outDir);
  // Not reviewed, it is not in the default set: `?c=` adds it from its prerendered fragment.
  await page.goto(`${ORIGIN}/compare/`);
  await expect(page.locator('td.mx-cell[data-company="examplecorp"]')).toHaveCount(0);
  await page.goto(`${ORIGIN}/compare/?c=mimecast,examplecorp`);
  const column = page.locator('td.mx-cell[data-company="examplecorp"]');
  await expect(column).toHaveCount(23);
  await expectSuggestedBadges(column, 23);
  // Each cell's link is named by its suggestion first.
  await expect(column.first().locator('a.mx-ans')).toHaveAccessibleName(/^Suggested: /);
  expect(await expectEvidenceResolves(column)).toBeGreaterThan(0);
  const reviewedCell = page.locator('td.mx-cell[data-company="mimecast"]').first();
  await expectReviewedBadge(reviewedCell.locator('.stance-badge'));
  await expect(reviewedCell.locator('a.mx-ans')).not.toHaveAccessibleName(/Suggested/);

  // Any three, in the order asked, the quotes view too: two of them come as fragments.
  await page.goto(`${ORIGIN}/compare/?c=quietcorp,mimecast,examplecorp&view=quotes`);
  const heads = page.locator('#matrix thead th[data-column]:visible');
  await expect(heads).toHaveCount(3);
  expect(await heads.evaluateAll((ths) => ths.map((th) => th.getAttribute('data-column')))).toEqual([
    'quietcorp',
    'mimecast',
    'examplecorp',
  ]);
  const cookies = page.locator('tr[data-practice="cookies"] > td:visible');
  await expect(cookies).toHaveCount(3);
  await expect(cookies.nth(1).locator('ul.quotes q').first()).toBeVisible();
  await expect(cookies.nth(2).locator('.stance-badge[data-suggested]')).toBeVisible();
});

test('a practice page shows the dropped-in policy’s suggestion with its evidence', async ({ page }) => {
  await serveFolder(page, ORIGIN, outDir);
  await page.goto(`${ORIGIN}/practices/cookies/`);
  const answer = page.locator('article.practice-answer[data-company="examplecorp"]');
  await expectSuggestedBadges(answer, 1);
  await expect(answer.locator('.suggestion-reason')).toContainText(/^(Strong|Weak|No) cue: Suggested \S/);
  expect(await expectEvidenceResolves(answer)).toBeGreaterThan(0);
  // Each clause behind the suggestion is linked once, as its evidence, not again in a second list.
  const hrefs = await answer.locator('a.suggestion-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) await expect(answer.locator(`a[href="${href}"]`)).toHaveCount(1);
  await expectReviewedBadge(page.locator('article.practice-answer[data-company="mimecast"] .stance-badge'));
});
