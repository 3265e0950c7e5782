import { describe, expect, it } from 'vitest';
import { answerWord, cellLook, TONES } from '../../src/lib/answers/vocabulary.ts';
import { buildMatrix, cellOf } from '../../src/lib/matrix/buildMatrix.ts';
import { cardAlt, glyphOf } from '../../src/lib/og/cardModel.ts';
import { CARD_VOCABULARY } from '../../src/lib/og/cardVocabulary.ts';
import { cardsFor } from '../../src/lib/og/cardsFromMatrix.ts';
import { cardHash, cachedCard, renderCard } from '../../src/lib/og/renderCard.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const policies = Object.values(realPolicies).sort((a, b) => a.name.localeCompare(b.name));
const matrix = buildMatrix(policies, taxonomy, (slug, id) => `/companies/${slug}/#${id}`);

const cards = cardsFor(matrix, CARD_VOCABULARY);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('card models', () => {
  it('give a company its row of answers in matrix order, with counts that add up', () => {
    const card = cards.company('mimecast');
    expect(card.name).toBe(realPolicies['mimecast']!.name);
    expect(card.archived).toBe('3 December 2016');
    taxonomy.forEach((p, i) => {
      const cell = cellOf(matrix, 'mimecast', p.id)!;
      const { answer } = card.answers[i]!;
      expect(answer.word).toBe(answerWord(cell.stance));
      // The site's answer colours, light theme, and the tone's meaning: one definition for pages and cards.
      const tone = TONES[cellLook(cell).tone];
      expect(answer).toMatchObject({ ...tone.colours.light, meaning: tone.label, outline: tone.outline });
    });
    expect(card.counts.reduce((n, c) => n + c.count, 0)).toBe(taxonomy.length);
    expect(new Set(card.counts.map((c) => c.answer.meaning)).size).toBe(card.counts.length);
  });

  it('give a practice its question and each company’s answer', () => {
    const card = cards.practice('cookies');
    expect(card.question).toBe(taxonomy.find((p) => p.id === 'cookies')!.question);
    expect(card.rows.map((r) => r.company)).toEqual(policies.map((p) => p.name));
    expect(card.more).toBe(0);
  });

  it('describe the picture in words for og:image:alt', () => {
    const alt = cardAlt(cards.company('corero'));
    expect(alt).toContain('Corero');
    expect(alt).toContain('archived 1 December 2014');
    for (const c of cards.company('corero').counts) expect(alt).toContain(`${c.count} ${c.answer.meaning}`);
    expect(cardAlt(cards.miniature('compare'))).toContain(
      `${taxonomy.length} practices (rows) by ${policies.length} companies`,
    );
    expect(cardAlt(cards.practice('sells-data'))).toContain(taxonomy.find((p) => p.id === 'sells-data')!.question);
  });

  it('draw an unknown symbol as a dot', () => {
    expect(glyphOf('✓')).toBe('check');
    expect(glyphOf('§')).toBe('dot');
  });
});

describe('renderCard', () => {
  it('draws every kind of card as a 1200 × 630 PNG of at most 60 KB', async () => {
    for (const card of [cards.company('ironport'), cards.practice('third-party-sharing'), cards.miniature('home')]) {
      const png = await renderCard(card);
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.length).toBeLessThanOrEqual(60 * 1024);
    }
  }, 60_000);

  it('caches a card by what it shows: the same content is read back, other content drawn anew', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    const card = cards.company('threatpost');
    const first = await cachedCard(card, dir);
    expect(readdirSync(dir)).toEqual([`${cardHash(card)}.png`]);
    expect(await cachedCard(card, dir)).toEqual(first);
    expect(cardHash(cards.company('corero'))).not.toBe(cardHash(card));
  }, 60_000);
});

describe('the /compare/ card', () => {
  it('names the compared companies in columns and has a legend of the answers it shows', () => {
    const card = cards.miniature('compare');
    expect(card.shortNames).toEqual(['Corero', 'CyberDefender', 'IronPort', 'Mimecast', 'Threatpost']);
    expect(card.legend.map((a) => a.meaning)).toEqual([
      'Good for you',
      'Mixed',
      'Bad for you',
      'Neither good nor bad',
      'Not mentioned',
    ]);
    expect(cardAlt(card)).toContain('with a legend (Good for you, Mixed, Bad for you');
  });
});
