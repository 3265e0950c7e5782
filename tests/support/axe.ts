import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0–2.2 A and AA, and axe's best practices (as Starlight's own docs test). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * Rules of those levels that axe marks experimental and so leaves off unless asked:
 * label-content-name-mismatch is WCAG 2.5.3 (Label in Name, level A).
 */
const EXPERIMENTAL = ['label-content-name-mismatch'];
/**
 * The rules whose outcome depends on the colours, and so on the theme: text contrast and links
 * told from the text around them by colour alone. Every other rule (names, roles, landmarks,
 * structure) reads the same markup in either theme.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Axe's violations on the page as it is now (only inside `include`'s selectors when given), one
 * line each with the elements at fault; a clean page gives []. Axe is asked for violations only
 * (`resultTypes`): it then stops collecting every passing node, which on /compare/ (3,000
 * elements) took a third of its time, and reports each violation's nodes in full as before.
 * Legacy mode runs axe in the page in one call. The default runs it in parts and finishes in a
 * second, blank page into which axe is injected again; that is for cross-origin frames, which
 * no page of the site has, and it took two to three times as long (home: 2.4–3.3 s legacy,
 * 5.4–8.6 s otherwise, measured in turns).
 */
async function axeViolations(
  page: Page,
  include: readonly string[] = [],
  rules: 'all' | 'colour' = 'all',
): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  builder = rules === 'colour' ? builder.withRules(COLOUR_RULES) : builder.withTags(TAGS);
  builder = builder
    .options({
      resultTypes: ['violations'],
      ...(rules === 'all' ? { rules: Object.fromEntries(EXPERIMENTAL.map((id) => [id, { enabled: true }])) } : {}),
    })
    .setLegacyMode(true);
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}

/**
 * Axe over the page in both themes, from one load: every rule in the light theme, then the
 * system's scheme switched to dark (the page follows it, as a reader's does) and the colour rules
 * again. The page must be open in the light theme, with no stored choice. Each violation says
 * its theme; a clean page gives [].
 */
export async function axeViolationsInBothThemes(page: Page, include: readonly string[] = []): Promise<string[]> {
  const theme = () => page.evaluate(() => document.documentElement.dataset['theme']);
  if ((await theme()) !== 'light') throw new Error('axeViolationsInBothThemes: open the page in the light theme');
  const light = await axeViolations(page, include);
  await page.emulateMedia({ colorScheme: 'dark' });
  // Restyling a large page in the other theme can hold its main thread for seconds on a busy machine.
  await expect.poll(theme, { message: 'the page follows the system to the dark theme', timeout: 30_000 }).toBe('dark');
  const dark = await axeViolations(page, include, 'colour');
  await page.emulateMedia({ colorScheme: 'light' });
  return [...light.map((v) => `light: ${v}`), ...dark.map((v) => `dark: ${v}`)];
}
