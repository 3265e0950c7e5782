/** The companies list and a company page: cards, ids, provenance, answers first, contents, the archived text. */
import { expect, test } from '@playwright/test';
import { expectLandedOn } from '../support/anchors.ts';
import { phone, slugs } from '../support/companyPage.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';

test.describe('the companies list', () => {
  test('lists every company with domain, archive date, word count and reading time', async ({ page }) => {
    test.slow();
    await page.goto('/companies/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Companies');
    const cards = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(cards).toHaveCount(slugs.length);
    // Five companies fit on one page: no pager, no paging links, no "showing 1–5 of 5".
    await expect(page.getByRole('navigation', { name: 'Pages of companies' })).toHaveCount(0);
    await expect(page.locator('link[rel="next"], link[rel="prev"]')).toHaveCount(0);
    await expect(page.getByRole('main')).not.toContainText('Showing');
    for (const policy of Object.values(realPolicies)) {
      const card = cards.filter({ has: page.getByRole('link', { name: policy.name, exact: true }) });
      await expect(card).toContainText(policy.domain);
      await expect(card.locator(`time[datetime="${policy.archivedOn}"]`)).toBeVisible();
      await expect(card).toContainText(`${policy.wordCount.toLocaleString('en')} words`);
      await expect(card).toContainText(`about ${policy.readingMinutes} min`);
      await expect(card.locator('.answer-strip > li')).toHaveCount(taxonomy.length);
      await expect(card.locator('[data-count=silent] strong')).toHaveText(
        String(taxonomy.filter((p) => policy.practices[p.id]?.stance === 'not-mentioned').length),
      );
      await expect(card.getByRole('link', { name: policy.name, exact: true })).toHaveAttribute(
        'href',
        `/companies/${policy.slug}/`,
      );
    }
  });
});

test.describe('a company page', () => {
  for (const slug of slugs) {
    test(`${slug}: every heading has its slug id, every clause its stable id`, async ({ page }) => {
      const policy = realPolicies[slug]!;
      await page.goto(`/companies/${slug}/`);
      const article = page.getByRole('article');
      const clauseIds = await article.locator('.clause').evaluateAll((els) => els.map((e) => e.id));
      expect(clauseIds).toEqual(policy.clauses.map((c) => c.id));
      const headingIds = await article.locator('.section-heading').evaluateAll((els) => els.map((e) => e.id));
      expect(headingIds).toEqual(policy.sections.map((s) => s.id));
      const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
      expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
      const text = await article.innerText();
      expect(text, 'no non-breaking space').not.toContain('\u00a0');
      expect(text, 'no stray bold markers').not.toContain('**');
      expect(text, 'no stray table pipe').not.toMatch(/^\s*\|\s*$/m);
      expect(text, 'no mojibake').not.toContain('Â');
    });
  }

  test('shows provenance: domain, date, snapshot, original URL, SHA-256, era and corrections', async ({ page }) => {
    test.slow();
    const corero = realPolicies['corero']!;
    await page.goto('/companies/corero/');
    const panel = page.getByRole('region', { name: 'About this archived copy' });
    // Folded behind a one-line summary: the SHA-256 and the corrections are one click away.
    await expect(panel.getByText(corero.sha256)).toBeHidden();
    await panel.locator('summary').click();
    await expect(panel.getByText(corero.sha256)).toBeVisible();
    await expect(panel).toContainText('corero.com');
    await expect(panel.locator('time[datetime="2014-12-01"]')).toHaveText('1 December 2014');
    const snapshot = panel.getByRole('link', { name: /snapshot/ });
    await expect(snapshot).toHaveAttribute('href', corero.snapshotUrl);
    await expect(snapshot).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(panel.locator(`a[href="${corero.originalUrl}"]`)).toBeVisible();
    await expect(panel).toContainText(corero.sha256);
    await expect(panel).toContainText(
      /Archived in 2014, four years before the EU's General Data Protection Regulation/,
    );

    // The corrections are those of the text shown: Corero's 2009 text had a garbled character.
    await page.goto('/companies/corero/2009-06-21/');
    const coreroPanel = page.getByRole('region', { name: 'About this archived copy' });
    await coreroPanel.locator('summary').click();
    await expect(coreroPanel.locator('time[datetime="2009-06-21"]')).toHaveText('21 June 2009');
    await expect(coreroPanel).toContainText(
      /Archived in 2009, nine years before the EU's General Data Protection Regulation/,
    );
    await expect(coreroPanel.getByRole('listitem').filter({ hasText: 'garbled character' })).toContainText('Â©');

    await page.goto('/companies/ironport/2006-08-20/');
    const ironportPanel = page.getByRole('region', { name: 'About this archived copy' });
    await ironportPanel.locator('summary').click();
    await expect(ironportPanel.getByRole('listitem').filter({ hasText: 'stray table pipe' })).toContainText('2 times');

    // Cisco's 2018 statement, after the GDPR, on IronPort's page.
    await page.goto('/companies/ironport/');
    await expect(page.getByRole('region', { name: 'About this archived copy' })).toContainText(
      "Archived in 2018, after the EU's General Data Protection Regulation (GDPR) began to apply in May 2018.",
    );

    await page.goto('/companies/mimecast/');
    await expect(page.getByRole('region', { name: 'About this archived copy' })).toContainText(
      'None: the words below are exactly as archived.',
    );
  });

  test('leads with its answers: strip and counts in the head, the first answer on the first screen at 1280 px', async ({
    page,
  }) => {
    test.slow(); // every company's page, the newest texts the longest
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const slug of slugs) {
      const policy = realPolicies[slug]!;
      await page.goto(`/companies/${slug}/`);
      const head = page.getByRole('main').locator('header');
      const squares = head.locator('.answer-strip > li');
      await expect(squares).toHaveCount(taxonomy.length);
      expect(await squares.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-stance')))).toEqual(
        taxonomy.map((p) => policy.practices[p.id]?.stance ?? 'not-reviewed'),
      );
      await expect(head.locator('[data-count=silent] strong')).toHaveText(
        String(taxonomy.filter((p) => policy.practices[p.id]?.stance === 'not-mentioned').length),
      );
      const first = page.locator('li.answer-row').first();
      await expect(first).toBeInViewport();
      const sha = page.getByText(policy.sha256);
      await expect(sha, `${slug}: the SHA-256 is folded away`).toBeHidden();
      await page.getByRole('region', { name: 'About this archived copy' }).locator('summary').click();
      await expect(sha).toBeVisible();
      expect((await first.boundingBox())!.y, `${slug}: first answer above the SHA-256 line`).toBeLessThan(
        (await sha.boundingBox())!.y,
      );
    }
  });

  test('summarises the practices with the matrix stance in words and symbols, linked to the quotes', async ({
    page,
  }) => {
    const mimecast = realPolicies['mimecast']!;
    await page.goto('/companies/mimecast/');
    const summary = page.getByRole('region', { name: 'Practices at a glance' });
    const rows = summary.locator('li.answer-row');
    await expect(rows).toHaveCount(taxonomy.length);
    for (const practice of taxonomy) {
      const stance = mimecast.practices[practice.id]!.stance;
      await expect(rows.and(page.locator(`[id="answer-${practice.id}"]`)).locator('[data-stance]')).toHaveAttribute(
        'data-stance',
        stance,
      );
    }
    const cookies = rows.and(page.locator('[id="answer-cookies"]'));
    // The word is the literal answer; symbol and tone say it is bad for the reader's privacy.
    await expect(cookies.locator('[data-stance]')).toHaveText('✗Yes, bad for your privacy');
    await expect(cookies.locator('[data-stance]')).toHaveAttribute('data-tone', 'bad');
    await expect(cookies.getByRole('link', { name: 'Cookies', exact: true })).toHaveAttribute(
      'href',
      '/practices/cookies/',
    );
    const quoted = mimecast.practices['cookies']!.quotes[0]!;
    await expect(
      cookies
        .locator('ul.quotes > li', { hasText: 'may collect non-personal information using cookies' })
        .getByRole('link', { name: 'In the policy', exact: true }),
    ).toHaveAttribute('href', `/companies/mimecast/#${quoted.clauseId}`);
    await expect(rows.and(page.locator('[id="answer-payment-data"]')).locator('[data-stance]')).toHaveText(
      '–Not mentioned, the policy does not say',
    );
    const sells = rows.and(page.locator('[id="answer-sells-data"]')).locator('[data-stance]');
    await expect(sells).toHaveText('✓No, good for your privacy');
    await expect(sells).toHaveAttribute('data-tone', 'good');
  });

  test('offers a table of contents: sticky beside the text on wide screens', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/companies/ironport/');
    const toc = page.getByRole('navigation', { name: 'Contents' });
    await expect(toc).toHaveCount(1);
    const cookies = toc.getByRole('link', { name: 'Use of Cookies and other Web Technologies' });
    await expect(cookies).toBeVisible();
    await expect(cookies).toHaveAttribute('href', '#use-of-cookies-and-other-web-technologies');
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
    await expect(toc).toBeInViewport();
    const updates = toc.getByRole('link', { name: 'Updates to this Cisco Privacy Statement' });
    await updates.click();
    await expect(page).toHaveURL(/#updates-to-this-cisco-privacy-statement$/);
    await expectLandedOn(page, 'updates-to-this-cisco-privacy-statement');
    await expect(updates, 'marks the section being read').toHaveAttribute('aria-current', 'location');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
  });

  test('offers a table of contents: collapsed on a phone, with JavaScript off too', async ({ browser }) => {
    test.slow();
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/companies/threatpost/');
    const toc = page.getByRole('navigation', { name: 'Contents' });
    await expect(toc.getByRole('link', { name: 'Cookies' })).toBeHidden();
    await toc.locator('summary').click();
    await expect(toc.getByRole('link', { name: 'Cookies' })).toBeVisible();
    await toc.getByRole('link', { name: 'Cookies' }).click();
    await expectLandedOn(page, 'cookies-section');
    await context.close();
  });

  test('renders the archived text faithfully: lists, external links, e-mail, phone', async ({ page }) => {
    test.slow();
    await page.goto('/companies/mimecast/');
    await expect(page.getByRole('article').getByRole('listitem')).toHaveCount(22);
    await page.goto('/companies/ironport/');
    let article = page.getByRole('article');
    const external = article.locator('a[href^="http"]');
    expect(await external.count()).toBeGreaterThan(0);
    for (const link of await external.all()) {
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveClass(/external/);
    }
    await expect(article.getByRole('link', { name: 'email our privacy team' })).toHaveAttribute(
      'href',
      'mailto:privacy@cisco.com',
    );
    // IronPort's own 2006 text, on its version's page, gives an address and a phone number.
    await page.goto('/companies/ironport/2006-08-20/');
    article = page.getByRole('article');
    await expect(article.getByRole('link', { name: 'support@ironport.com' })).toHaveAttribute(
      'href',
      'mailto:support@ironport.com',
    );
    await expect(article.getByRole('link', { name: '650-989-6500' })).toHaveAttribute('href', 'tel:6509896500');
  });

  test('shows back-link chips on cited clauses only, linking to the practice pages', async ({ page }) => {
    const mimecast = realPolicies['mimecast']!;
    await page.goto('/companies/mimecast/');
    const cited = mimecast.practices['cookies']!.quotes[0]!.clauseId;
    const chips = page.locator(`[id="${cited}"] .cited-by`);
    await expect(chips.getByRole('link', { name: 'Cookies', exact: true })).toHaveAttribute(
      'href',
      '/practices/cookies/',
    );
    await expect(chips.getByRole('link')).toHaveCount(mimecast.clauses.find((c) => c.id === cited)!.citedBy.length);
    const uncited = mimecast.clauses.find((c) => c.citedBy.length === 0)!;
    await expect(page.locator(`[id="${uncited.id}"] .cited-by`)).toHaveCount(0);
  });
});
