import { describe, expect, it } from 'vitest';
import {
  answerLook,
  STANCE_ORDER,
  SUGGESTED_SYMBOL,
  suggestedLook,
  TONES,
  TONE_ORDER,
} from '../../src/lib/answers/vocabulary.ts';

const FRIENDLY = ['yes', 'no', 'none'] as const;
const SUGGESTABLE = ['yes', 'partial', 'no', 'not-mentioned'] as const;

describe('suggestedLook: a suggestion never looks like a reviewed answer', () => {
  for (const friendly of FRIENDLY) {
    for (const stance of SUGGESTABLE) {
      it(`${stance} (friendly ${friendly})`, () => {
        const look = suggestedLook(stance, friendly);
        const reviewed = answerLook(stance, friendly);
        expect(look.word).toBe(`Suggested: ${reviewed.word}`);
        expect(look.suggested).toBe(stance);
        // Not a reviewed stance, no tone of a finding, a symbol no tone uses.
        expect(look.stance).toBe('not-reviewed');
        expect(look.tone).toBe('unreviewed');
        expect(TONE_ORDER.map((t) => TONES[t].symbol)).not.toContain(look.symbol);
        expect(look.symbol).toBe(SUGGESTED_SYMBOL);
        // The name starts with the visible word and says it is a suggestion, not a review.
        expect(look.name.startsWith(look.word)).toBe(true);
        expect(look.name).toContain('suggested from the policy’s text, not reviewed');
        expect(look.word).not.toBe(reviewed.word);
        expect(look.name).not.toBe(reviewed.name);
        expect(reviewed.suggested).toBeUndefined();
      });
    }
  }

  it('says what a suggested answer would mean only where the answer has a meaning', () => {
    expect(suggestedLook('no', 'no').name).toContain('“No” would be good for your privacy');
    expect(suggestedLook('yes', 'no').name).toContain('“Yes” would be bad for your privacy');
    expect(suggestedLook('partial', 'yes').name).toContain('mixed for your privacy');
    expect(suggestedLook('yes', 'none').name).not.toContain('would be');
    expect(suggestedLook('not-mentioned', 'yes').name).not.toContain('would be');
  });

  it('covers every stance a policy can be given', () => {
    expect(STANCE_ORDER.filter((s) => s !== 'not-reviewed')).toEqual([...SUGGESTABLE]);
  });
});
