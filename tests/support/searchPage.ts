import { expect as baseExpect, type Page } from '@playwright/test';

/*
 * Search loads its code and the index on first use (and, in a large build, a worker); on a
 * busy machine that can take longer than the default five seconds. These are waits, not speed
 * assertions (speed is the benchmark's). The search specs also set a 120 s test timeout.
 */
export const expect = baseExpect.configure({ timeout: 20_000 });

/** The five companies as the site names them. */
export const COMPANIES = ['Corero Systems', 'CyberDefender', 'IronPort Systems', 'Mimecast', 'Threatpost'];

/** The results listed on /search/. */
export const results = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('list')
    .filter({ has: page.locator('a[href*="/companies/"]') })
    .getByRole('listitem');
/** The /search/ page's live status line. */
export const status = (page: Page) => page.getByRole('main').getByRole('status');
/** The search box in the site header. */
export const headerBox = (page: Page) => page.getByRole('banner').getByRole('combobox', { name: 'Search clauses' });

/** Fails the test on any uncaught error, console error or dialog (an injected alert()). */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}
