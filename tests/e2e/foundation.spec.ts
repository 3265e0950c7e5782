import { expect, test } from '@playwright/test';

test('home lists the five companies with domain and archive date', async ({ page }) => {
  await page.goto('/');
  const cards = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading') });
  await expect(cards.filter({ hasText: 'corero.com' })).toContainText('21 June 2009');
  await expect(cards.filter({ hasText: 'senderbase.org' })).toContainText('20 August 2006');
  await expect(cards.filter({ hasText: 'threatpost.com' })).toContainText('29 May 2011');
  await expect(cards.filter({ hasText: 'cyberdefender.com' })).toContainText('30 October 2006');
  await expect(cards.filter({ hasText: 'mimecast.com' })).toContainText('13 August 2010');
});

test('a company page shows the title and the whole policy', async ({ page }) => {
  await page.goto('/companies/mimecast/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mimecast');
  // The policy text is the page's article; the practice summary above it quotes some of the same words.
  const text = page.getByRole('article');
  await expect(text.getByText('Privacy - Mimecast')).toBeVisible();
  await expect(
    text.getByText('We do not sell, rent or loan personal information collected to third parties.'),
  ).toBeVisible();
  await expect(text.getByText('Details such as IP addresses are collected for analytical purposes.')).toBeVisible();
  await expect(text.getByRole('heading', { name: 'Cookies' })).toBeVisible();
});
