/**
 * A company page's anchors: #<practice> and #answer-<practice> land on what they name (on a
 * phone and with JavaScript off too), the copy-link controls copy them, and a page landed on
 * a target stays accessible.
 */
import { expect, test } from '@playwright/test';
import { axeViolationsInBothThemes } from '../support/axe.ts';
import { expectLandedOn, fold, targetOf } from '../support/anchors.ts';
import { listedAnchors, phone, slugs } from '../support/companyPage.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';

test.describe('#cookies lands on a clause or heading about cookies, highlighted', () => {
  for (const slug of slugs) {
    test(`${slug}, desktop`, async ({ page }) => {
      await page.goto(`/companies/${slug}/#cookies`);
      await expectLandedOn(page, 'cookies');
      await expect(targetOf(page, 'cookies')).toContainText(/cookie/i);
    });
  }
  test.describe('on a phone', () => {
    test.use({ viewport: phone });
    for (const slug of slugs) {
      test(slug, async ({ page }) => {
        await page.goto(`/companies/${slug}/#cookies`);
        await expectLandedOn(page, 'cookies');
      });
    }
  });
  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    for (const slug of slugs) {
      test(slug, async ({ page }) => {
        await page.goto(`/companies/${slug}/#cookies`);
        await expectLandedOn(page, 'cookies');
        await expect(targetOf(page, 'cookies')).toContainText(/cookie/i);
      });
    }
  });
});

test.describe('every practice anchor a page lists', () => {
  for (const slug of slugs) {
    const policy = realPolicies[slug]!;
    const addressed = taxonomy.map((p) => p.id).filter((id) => policy.practices[id]!.anchor);

    test(`${slug}: offers #<id> and #answer-<id> for every practice; a practice the text never addresses has #<id> on its answer row`, async ({
      page,
    }) => {
      await page.goto(`/companies/${slug}/`);
      const listed = await listedAnchors(page);
      const ids = taxonomy.map((p) => p.id);
      // One link control per answer row, each copying the row's own anchor; the line above the
      // rows links to an example of each kind.
      expect(listed.sort()).toEqual(ids.map((id) => `answer-${id}`).sort());
      await expect(page.locator('.answers-anchors a[href="#cookies"]')).toHaveCount(1);
      for (const id of ids) {
        await expect(targetOf(page, id), `#${id} has one target`).toHaveCount(1);
        await expect(targetOf(page, `answer-${id}`), `#answer-${id} has one target`).toHaveCount(1);
        const onRow = await page.locator(`[id="answer-${id}"] [id="${id}"]`).count();
        expect(onRow, `#${id} is on its answer row exactly when the text never addresses it`).toBe(
          policy.practices[id]!.anchor ? 0 : 1,
        );
      }
    });

    test(`${slug}: each practice anchor lands on a clause quoted for it`, async ({ page }) => {
      test.slow(); // one navigation per practice the page addresses, up to 23
      for (const id of addressed) {
        await test.step(`#${id}`, async () => {
          await page.goto(`/companies/${slug}/#${id}`);
          await expectLandedOn(page, id);
          const text = fold(await targetOf(page, id).innerText());
          const quotes = policy.practices[id]!.quotes.map((q) => fold(q.text));
          expect(
            quotes.some((q) => text.includes(q)),
            `#${id} holds one of the quotes of ${id}`,
          ).toBe(true);
        });
      }
    });
  }

  test('a section heading and a clause land below the header on a phone', async ({ page }) => {
    test.slow();
    await page.setViewportSize(phone);
    const ironport = realPolicies['ironport']!;
    const clause = ironport.clauses[10]!.id;
    await page.goto(`/companies/ironport/#${clause}`);
    await expectLandedOn(page, clause);
    await page.goto(`/companies/ironport/#${ironport.sections[4]!.id}`);
    await expectLandedOn(page, ironport.sections[4]!.id);
  });
});

test.describe('copy link', () => {
  test('copies the absolute URL of a clause from the keyboard and announces it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const clause = realPolicies['threatpost']!.clauses[3]!;
    await page.goto('/companies/threatpost/');
    const control = page.locator(`[id="${clause.id}"] copy-link a`).first();
    await expect(control).toHaveAttribute('role', 'button');
    await expect(control).toHaveAccessibleName(/^Copy link to the clause “/);
    // Reach it by keyboard: focus the link before it, then Tab.
    await control.evaluate((el) => {
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary')];
      all[all.indexOf(el as HTMLElement) - 1]?.focus();
    });
    await page.keyboard.press('Tab');
    await expect(control).toBeFocused();
    await expect(control).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    const url = `${baseURL}/companies/threatpost/#${clause.id}`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await expect(page.getByRole('status').filter({ hasText: /^Link copied/ })).toHaveText(`Link copied: ${url}`);
    await expect(page.locator(`[id="${clause.id}"] .copy-link-done`)).toBeVisible();
    await expect(page).toHaveURL(/\/companies\/threatpost\/$/);
  });

  test('copies an answer’s link, #answer-cookies, with Space too', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/companies/corero/');
    const control = page.locator('[id="answer-cookies"] copy-link a[href="#answer-cookies"]');
    // It says what it does, and its name starts with what it shows (WCAG 2.5.3, label in name).
    // What it shows: its rendered text (the markup holds “Link” too, shown where the page cannot copy;
    // the control is a flex box, so its rendered words are on lines of their own).
    await expect(control).toHaveText(/^Copy link\s+to this answer/, { useInnerText: true });
    await expect(control).toHaveAccessibleName(/^Copy link to this answer\s*: Corero Systems on cookies$/);
    await expect(control).toHaveAttribute('role', 'button');
    await control.focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${baseURL}/companies/corero/#answer-cookies`);
  });

  test('is a plain link to the anchor without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const heading = realPolicies['ironport']!.sections[2]!;
    await page.goto('/companies/ironport/');
    const control = page
      .locator('.heading-row')
      .filter({ has: page.locator(`[id="${heading.id}"]`) })
      .getByRole('link');
    await expect(control).toHaveAccessibleName(`Link to the section “${heading.text}”`);
    const practice = page.locator('[id="answer-cookies"] copy-link a[href="#answer-cookies"]');
    await expect(practice).toHaveAccessibleName(/^Link to this answer\s*: IronPort Systems on cookies$/);
    await expect(practice).not.toHaveAttribute('role', 'button');
    await control.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${heading.id}$`));
    await expectLandedOn(page, heading.id);
    await context.close();
  });
});

test.describe('where the page cannot copy, its controls are plain links and it offers no copy buttons', () => {
  const cases = {
    'without JavaScript': { javaScriptEnabled: false },
    'without the Clipboard API': {},
  } as const;
  for (const [name, options] of Object.entries(cases)) {
    test(name, async ({ browser }) => {
      const context = await browser.newContext(options);
      // Without the Clipboard API (an insecure context, an old browser); with JavaScript off the
      // script does not run, and it need not.
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
      );
      const page = await context.newPage();
      await page.goto('/companies/ironport/');
      const practice = page.locator('[id="answer-cookies"] copy-link a[href="#answer-cookies"]');
      await expect(practice).toHaveText(/^Link\s+to this answer/, { useInnerText: true });
      await expect(practice).toHaveAccessibleName(/^Link to this answer\s*: IronPort Systems on cookies$/);
      await expect(practice).not.toHaveAttribute('role', 'button');
      await expect(page.getByRole('button', { name: /Cite|Copy/ })).toHaveCount(0);
      // The quotes and clauses are there to read and follow.
      await expect(page.locator('[id="answer-cookies"] .answer-quotes a').first()).toBeVisible();
      await context.close();
    });
  }
});

test.describe('accessibility', () => {
  // The index and a company page as loaded are in a11y.spec's page types; this is a page landed on a target.
  test('/companies/corero/#cookies has no axe violations in its content, light and dark', async ({ page }) => {
    test.slow();
    await page.goto('/companies/corero/#cookies');
    expect(await axeViolationsInBothThemes(page, ['main'])).toEqual([]);
  });
});
