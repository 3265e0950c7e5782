/**
 * Text helpers of the matrix pages: a cell text's opening words, and a practice's `meaning`
 * split into its answers. How answers themselves are shown is src/lib/answers/vocabulary.ts.
 * Pure: no Astro.
 */

/** The start of a long text, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

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
      const answer = match[1]!
        .split('/')
        .map((a) => a.trim().replace(/^./, (c) => c.toUpperCase()))
        .join(' or ');
      return { answer, text: match[2]! };
    });
}
