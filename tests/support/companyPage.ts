import type { Page } from '@playwright/test';
import { realPolicies } from './policies.ts';

/** The company pages' end-to-end tests share these. */
export const slugs = Object.keys(realPolicies).sort();
export const phone = { width: 375, height: 800 };

/** The practice ids whose `#id` the page's practice summary offers. */
export async function listedAnchors(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('region', { name: 'Practices at a glance' })
    .locator('copy-link a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => h.replace(/^#/, ''));
}
