import { describe, expect, it } from 'vitest';
import { buildMatrix, type CellStance, type Favour } from '../../src/lib/matrix/buildMatrix.ts';
import { cardAlt, glyphOf, type CardAnswer } from '../../src/lib/og/cardModel.ts';
import { cardsFor } from '../../src/lib/og/cardsFromMatrix.ts';
import { cardHash, cachedCard, renderCard } from '../../src/lib/og/renderCard.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const policies = Object.values(realPolicies).sort((a, b) => a.name.localeCompare(b.name));
const matrix = buildMatrix(policies, taxonomy, (slug, id) => `/companies/${slug}/#${id}`);

/** A stand-in vocabulary: a distinct look per stance and favour, so the tests see which cell went where. */
const WORDS: Record<CellStance, string> = {
  yes: 'Yes',
  partial: 'Partial',
  no: 'No',
  'not-mentioned': 'Not mentioned',
  'not-reviewed': 'Not reviewed',
};
const answerOf = ({ stance, favour }: { stance: CellStance; favour: Favour }): CardAnswer => ({
  word: WORDS[stance],
  glyph: stance === 'yes' ? 'check' : stance === 'no' ? 'cross' : stance === 'partial' ? 'half' : 'dash',
  bg: favour === 'favourable' ? '#d8f0df' : favour === 'unfavourable' ? '#fbe0dc' : '#ffffff',
  fg: '#1b1f24',
  border: '#6b7480',
  outline: stance === 'not-mentioned' ? 'dashed' : 'solid',
});
const cards = cardsFor(matrix, { answerOf, wordOrder: Object.values(WORDS) });

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
    expect(card.archived).toBe('13 August 2010');
    expect(card.answers.map((a) => a.answer.word)).toEqual(
      taxonomy.map((p) => WORDS[realPolicies['mimecast']!.practices[p.id]!.stance as CellStance]),
    );
    expect(card.counts.reduce((n, c) => n + c.count, 0)).toBe(taxonomy.length);
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
    expect(alt).toContain('archived 21 June 2009');
    for (const c of cards.company('corero').counts) expect(alt).toContain(`${c.count} ${c.answer.word}`);
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
