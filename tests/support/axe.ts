import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0–2.2 A and AA, and axe's best practices (as Starlight's own docs test). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * Rules of those levels that axe marks experimental and so leaves off unless asked:
 * label-content-name-mismatch is WCAG 2.5.3 (Label in Name, level A).
 */
const EXPERIMENTAL = ['label-content-name-mismatch'];

/**
 * Axe's violations on the page as it is now (only inside `include`'s selectors when given), one
 * line each with the elements at fault; a clean page gives []. Axe is asked for violations only
 * (`resultTypes`): it then stops collecting every passing node, which on /compare/ (3,000
 * elements) took a third of its time, and reports each violation's nodes in full as before.
 */
export async function axeViolations(page: Page, include: readonly string[] = []): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS).options({
    resultTypes: ['violations'],
    rules: Object.fromEntries(EXPERIMENTAL.map((id) => [id, { enabled: true }])),
  });
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}
