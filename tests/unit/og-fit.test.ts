/**
 * Link cards with text that does not fit: a 2,000-character name, scripts the card's font lacks
 * (Arabic, Hebrew, CJK, emoji), 300 combining marks. What the card draws is cut with an
 * ellipsis, bounded, and holds only characters the font draws; the card still renders.
 */
import { readFileSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/lib/matrix/buildMatrix.ts';
import type { CompanyCard } from '../../src/lib/og/cardModel.ts';
import { CARD_VOCABULARY } from '../../src/lib/og/cardVocabulary.ts';
import { cardsFor } from '../../src/lib/og/cardsFromMatrix.ts';
import { coverageOf, fitCard, fitText } from '../../src/lib/og/fitCard.ts';
import { renderCard } from '../../src/lib/og/renderCard.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';

const require = createRequire(import.meta.url);
const css = readFileSync(require.resolve('@fontsource/inter/700.css'), 'utf8');
const covered = coverageOf([...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((m) => m[1]!));
const graphemes = (s: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].length;

describe('fitting text to a card', () => {
  it('cuts a long name with an ellipsis', () => {
    const fitted = fitText('Verisign '.repeat(250), 60, covered);
    expect(graphemes(fitted)).toBeLessThanOrEqual(60);
    expect(fitted.endsWith('…')).toBe(true);
  });

  it('keeps at most two combining marks on a character', () => {
    const fitted = fitText(`Z${'\u0301'.repeat(300)}algo`, 60, covered);
    expect([...fitted.normalize('NFD')].filter((c) => /\p{M}/u.test(c)).length).toBeLessThanOrEqual(2);
    expect(fitted.normalize('NFD').replace(/\p{M}/gu, '')).toBe('Zalgo');
  });

  it('leaves out what the font cannot draw, and keeps what it can (Łódź, Ελλάδα, Москва)', () => {
    expect(fitText('شركة Acme 株式会社 😀', 60, covered)).toBe('Acme');
    expect(fitText('Łódź Ελλάδα Москва', 60, covered)).toBe('Łódź Ελλάδα Москва');
  });
});

describe('a company card whose name does not fit', () => {
  const policies = Object.values(realPolicies).sort((a, b) => a.name.localeCompare(b.name));
  const withName = (name: string) => {
    const renamed = policies.map((p) => (p.slug === 'mimecast' ? { ...p, name } : p));
    const matrix = buildMatrix(renamed, taxonomy, (slug, id) => `/companies/${slug}/#${id}`);
    return cardsFor(matrix, CARD_VOCABULARY).company('mimecast');
  };

  it.each([
    ['2,000 characters', 'M'.repeat(2_000)],
    ['Arabic', 'شركة ميمكاست للأمن'],
    ['Hebrew', 'מימקאסט בע״מ'],
    ['CJK and emoji', '迈卡斯特 🔒🛡️'],
    ['300 combining marks', `Mime${'\u0336'.repeat(300)}cast`],
  ])('%s: a bounded name the font draws, the domain and every answer kept', async (_what, name) => {
    const card = fitCard(withName(name), covered) as CompanyCard;
    expect(graphemes(card.name)).toBeLessThanOrEqual(60);
    expect([...card.name].every((c) => covered(c.codePointAt(0)!))).toBe(true);
    expect(card.name).not.toBe('');
    expect(card.domain).toBe('mimecast.com');
    expect(card.answers).toHaveLength(taxonomy.length);
    const png = await renderCard(withName(name));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    if (process.env['OG_FIT_SHOTS']) writeFileSync(`${process.env['OG_FIT_SHOTS']}/${_what}.png`, png);
  });

  it('shows the domain in place of a name written wholly in a script the font lacks', () => {
    expect((fitCard(withName('شركة ميمكاست'), covered) as CompanyCard).name).toBe('mimecast.com');
  });
});
