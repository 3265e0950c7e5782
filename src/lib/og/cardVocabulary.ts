/**
 * The answer vocabulary as the cards draw it: each cell's word, symbol and light-theme
 * colours come from src/lib/answers/vocabulary.ts, the one definition every surface uses.
 * Pure: no Astro.
 */
import { cellLook, TONE_ORDER, TONES } from '../answers/vocabulary.ts';
import { glyphOf } from './cardModel.ts';
import type { CardVocabulary } from './cardsFromMatrix.ts';

export const CARD_VOCABULARY: CardVocabulary = {
  answerOf: (cell) => {
    const look = cellLook(cell);
    const tone = TONES[look.tone];
    return {
      word: look.word,
      meaning: tone.label,
      glyph: glyphOf(look.symbol),
      ...tone.colours.light,
      outline: tone.outline,
    };
  },
  meaningOrder: TONE_ORDER.map((t) => TONES[t].label),
};
