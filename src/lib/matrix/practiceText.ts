/**
 * A practice's `meaning` split into its answers, for the matrix pages. How answers themselves are shown is src/lib/answers/vocabulary.ts.
 * Pure: no Astro.
 */
import { at } from '../base/at.ts';

/**
 * A practice's `meaning` split into its answers:
 * `"yes: named types; partial: only …"` → `[{ answer: 'Yes', text: 'named types' }, { answer: 'Partial', text: 'only …' }]`.
 * A part without `answer:` keeps an empty answer.
 */
export function meaningParts(meaning: string | undefined): { answer: string; text: string }[] {
  if (!meaning) return [];
  return meaning
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^([a-z/ -]+):\s*(.+)$/i.exec(part);
      if (!match) return { answer: '', text: part };
      const answer = at(match, 1)
        .split('/')
        .map((a) => a.trim().replace(/^./, (c) => c.toUpperCase()))
        .join(' or ');
      return { answer, text: at(match, 2) };
    });
}
