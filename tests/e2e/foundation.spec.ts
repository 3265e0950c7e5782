import { expect, test } from '@playwright/test';

test('home lists the five companies with domain and archive date', async ({ page }) => {
  await page.goto('/');
  const cards = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading') });
  // Each company's newest version, the one its page shows.
  await expect(cards.filter({ hasText: 'corero.com' })).toContainText('1 December 2014');
  await expect(cards.filter({ hasText: 'senderbase.org' })).toContainText('17 December 2018');
  await expect(cards.filter({ hasText: 'threatpost.com' })).toContainText('10 June 2019');
  await expect(cards.filter({ hasText: 'cyberdefender.com' })).toContainText('27 May 2007');
  await expect(cards.filter({ hasText: 'mimecast.com' })).toContainText('3 December 2016');
});

test('a company page shows the title and the whole policy', async ({ page }) => {
  await page.goto('/companies/mimecast/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mimecast');
  // The policy text is the page's article; the practice summary above it quotes some of the same words.
  const text = page.getByRole('article');
  await expect(text.getByText('Privacy Statement | Mimecast')).toBeVisible();
  await expect(text.getByText('We do not sell or rent Personal Information to third parties.')).toBeVisible();
  await expect(
    text.getByText(
      'The controller of your information is Mimecast Limited or the subsidiary of Mimecast Limited that collected your information.',
    ),
  ).toBeVisible();
  await expect(text.getByRole('heading', { name: 'Information collected automatically' })).toBeVisible();
});
