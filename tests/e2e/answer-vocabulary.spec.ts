import { expect, test, type Locator } from '@playwright/test';
import { answerLook, TONES } from '../../src/lib/answers/vocabulary.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';

/** What a rendered answer shows: its symbol, its word, and its tone (the colour role). */
async function shown(answer: Locator): Promise<{ symbol: string; word: string; tone: string | null }> {
  const tone = await answer.getAttribute('data-tone');
  // What is seen: the text without what only screen readers get.
  const seen = await answer.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
  const [symbol = '', ...rest] = [...seen.replace(/^(\S)(?=\S)/u, '$1 ').split(' ')];
  return { symbol, word: rest.join(' '), tone };
}

// Two answers whose word and meaning disagree in opposite ways: "Yes" that is bad, "No" that is good.
const CASES = [
  { company: 'mimecast', practice: 'cookies' },
  { company: 'ironport', practice: 'sells-data' },
  { company: 'corero', practice: 'deletion' },
];

for (const { company, practice } of CASES) {
  test(`${company} on ${practice}: the same word, symbol and tone on every surface`, async ({ page }) => {
    const stance = realPolicies[company]!.practices[practice]!.stance;
    const look = answerLook(stance, taxonomy.find((p) => p.id === practice)!.friendly);
    const expected = { symbol: look.symbol, word: look.word, tone: look.tone };
    expect(TONES[look.tone].symbol).toBe(look.symbol);
    const name = Object.values(realPolicies).find((p) => p.slug === company)!.name;

    await page.goto('/');
    const preview = page.getByRole('table').locator(`[data-tone]`, { hasText: `: ${name}, ` });
    const label = taxonomy.find((p) => p.id === practice)!.label;
    expect(await shown(preview.filter({ hasText: `${name}, ${label}` }).first()), 'home preview').toEqual(expected);
    const legend = page.locator(`[data-legend] [data-tone-key="${look.tone}"]`);
    await expect(legend, 'home legend').toContainText(TONES[look.tone].label);
    await expect(legend.locator('[data-tone]')).toHaveText(look.symbol);
    const square = page.locator(`[data-strip="${company}"] > li`).nth(taxonomy.findIndex((p) => p.id === practice));
    await expect(square, 'home strip').toHaveAttribute('data-tone', look.tone);
    // The square's symbol is drawn by CSS (decoration, no tiny text node): check what it draws.
    expect(await square.evaluate((li) => getComputedStyle(li, '::before').content)).toContain(look.symbol);

    await page.goto('/compare/');
    const cell = page.locator(`tr[data-practice="${practice}"] td[data-company="${company}"] .stance-badge`).first();
    expect(await shown(cell), '/compare/').toEqual(expected);

    await page.goto(`/companies/${company}/`);
    const row = page.locator(`[id="answer-${practice}"] .stance-badge`);
    expect(await shown(row), 'company page').toEqual(expected);

    await page.goto(`/practices/${practice}/`);
    const answer = page.locator(`article[data-company="${company}"] .stance-badge`);
    expect(await shown(answer), 'practice page').toEqual(expected);
  });
}
