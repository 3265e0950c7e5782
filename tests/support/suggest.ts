import { describe, expect, it } from 'vitest';
import { suggestAnswers } from '../../src/lib/suggest/suggest.ts';

/** Suggestions for a policy made of these paragraphs, under an optional heading. */
export function suggest(paragraphs: string[], heading = '') {
  const sections = heading ? [{ id: 's', text: heading }] : [];
  const clauses = paragraphs.map((text, i) => ({
    id: `c-${String(i).padStart(8, '0')}`,
    sectionId: heading ? 's' : null,
    text,
  }));
  return (practice: string) => suggestAnswers({ clauses, sections }, [practice])[practice]!;
}

/** One case of a suggestion rule: the practice, the policy's paragraphs, and the answer and rule it must give. */
export type SuggestCase = [practice: string, text: string[], stance: string, rule: string | null, heading?: string];

/**
 * One test per case: the answer and rule it must give, and evidence quoted verbatim from the
 * text (none for `not-mentioned`).
 */
export function testSuggestionCases(cases: SuggestCase[]): void {
  describe('suggestion rules, case by case', () => {
    for (const [practice, text, stance, rule, heading] of cases) {
      it(`${practice}: ${stance} — ${text[0]!.slice(0, 70)}`, () => {
        const s = suggest(text, heading)(practice);
        expect(s.stance).toBe(stance);
        expect(s.rule).toBe(rule);
        if (stance === 'not-mentioned') expect(s.quotes).toEqual([]);
        else {
          expect(s.quotes.length).toBeGreaterThan(0);
          for (const q of s.quotes) expect(text.join(' ')).toContain(q.text);
          expect(s.reason).toContain(rule!);
        }
      });
    }
  });
}
