import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectLandedOn, fold, targetOf } from '../support/anchors.ts';

/**
 * A raw corpus file dropped into the policies folder, with no frontmatter, gets a full
 * company page: "not reviewed", and `#cookies` exactly when its text speaks of cookies.
 * One real `astro build` with POLICIES_DIR = the five policies + two raw fixtures, into
 * its own OUT_DIR; the built pages are then served to Chromium from that folder.
 */
test.describe.configure({ mode: 'serial' });

const ORIGIN = 'http://dropin.test';
let work = '';
let outDir = '';

/** The project's pinned Node 24 (the `node` dev dependency); Astro refuses the machine's older one. */
const pinnedNode = existsSync('node_modules/.bin/node') ? path.resolve('node_modules/.bin/node') : process.execPath;

test.beforeAll(({}, testInfo) => {
  testInfo.setTimeout(300_000);
  // Inside the project (POLICIES_DIR is relative to its root), in a git-ignored `dist-*` folder.
  work = path.resolve(mkdtempSync('dist-dropin-'));
  const policiesDir = path.join(work, 'policies');
  outDir = path.join(work, 'dist');
  spawnSync('mkdir', ['-p', policiesDir]);
  for (const name of readdirSync('content/policies').filter((n) => n.endsWith('.md'))) {
    copyFileSync(path.join('content/policies', name), path.join(policiesDir, name));
  }
  for (const name of ['examplecorp.md', 'quietcorp.md'])
    copyFileSync(path.join('tests/fixtures/raw', name), path.join(policiesDir, name));
  const result = spawnSync(pinnedNode, ['node_modules/.bin/astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      POLICIES_DIR: path.relative(process.cwd(), policiesDir),
      OUT_DIR: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  expect(result.status, `astro build failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Serves the drop-in build at ORIGIN from its folder, as a static host would. */
async function serveBuild(page: Page): Promise<void> {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    let file = path.join(outDir, decodeURIComponent(pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(outDir) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ path: file });
  });
}

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
  await serveBuild(page);
  await page.goto(`${ORIGIN}/companies/examplecorp/#cookies`);
  await expectLandedOn(page, 'cookies');
  expect(fold(await targetOf(page, 'cookies').innerText())).toContain(
    'we place small text files on your computer when you visit, called "cookies"',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Examplecorp');
  const summary = page.getByRole('region', { name: 'Practices at a glance' });
  await expect(summary).toContainText('This policy has not been reviewed yet');
  const cookies = summary.locator('[data-practice="cookies"]');
  await expect(cookies.locator('[data-stance]')).toHaveText('?Not reviewed');
  await expect(cookies).toContainText('Found automatically in:');
  await expect(cookies.getByRole('link', { name: /^Like most web sites/ })).toHaveAttribute(
    'href',
    /^\/companies\/examplecorp\/#c-[0-9a-f]{8}$/,
  );
  await expect(page.getByRole('region', { name: 'About this archived copy' })).toContainText('Not reviewed yet');
});

test('QuietCorp, silent on cookies: #cookies lands on its answer row, which says "not reviewed"', async ({ page }) => {
  await serveBuild(page);
  await page.goto(`${ORIGIN}/companies/quietcorp/#cookies`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quietcorp');
  await expectLandedOn(page, 'cookies');
  await expect(page.locator('[id="answer-cookies"] [id="cookies"]')).toContainText('Not reviewed');
  const summary = page.getByRole('region', { name: 'Practices at a glance' });
  await expect(summary.locator('[data-practice="cookies"] [data-stance]')).toHaveText('?Not reviewed');
  await expect(summary.locator('[data-practice="cookies"]')).toContainText('Not found by automatic detection.');
  const copy = summary.locator('[data-practice="sells-data"] copy-link a[href="#answer-sells-data"]');
  await expect(copy).toHaveAccessibleName(/^(Copy link|Link) to this answer\s*: Quietcorp on sells data$/);
  await page.goto(`${ORIGIN}/companies/quietcorp/#sells-data`);
  await expectLandedOn(page, 'sells-data');
});

test('the companies list shows the dropped-in companies too', async ({ page }) => {
  await serveBuild(page);
  await page.goto(`${ORIGIN}/companies/`);
  const cards = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(cards).toHaveCount(7);
  await expect(page.getByRole('link', { name: 'Examplecorp', exact: true })).toHaveAttribute(
    'href',
    '/companies/examplecorp/',
  );
  const quietcorp = cards.filter({ hasText: 'Quietcorp' });
  await expect(quietcorp).toContainText('not reviewed');
  // An unreviewed policy's strip says so on every square, and there is nothing to count.
  await expect(quietcorp.locator('.answer-strip > li[data-tone=unreviewed]')).toHaveCount(23);
  await expect(quietcorp).toContainText('Not reviewed yet: no answers to count.');
});
