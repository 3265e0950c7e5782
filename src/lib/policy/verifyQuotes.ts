import { ContentError } from '../base/errors.ts';
import { foldWhitespace } from '../base/text.ts';

/** Folds a quote or clause for comparison: whitespace and U+00A0 folded, Markdown emphasis markers dropped. */
function foldForQuote(text: string): string {
  return foldWhitespace(text.replace(/\*\*|__/g, ''));
}

/**
 * Finds the clause that holds `quote` verbatim (after folding).
 * @returns the id of the first such clause in document order.
 * @throws ContentError naming the file, the practice and the quote when no clause holds it.
 */
export function locateQuote(
  quote: string,
  clauses: readonly { id: string; text: string }[],
  where: { file: string; practice: string; index: number },
): string {
  const needle = foldForQuote(quote);
  const hit = clauses.find((c) => foldForQuote(c.text).includes(needle));
  if (!hit) {
    const shown = needle.length > 120 ? needle.slice(0, 117) + '…' : needle;
    throw new ContentError(
      where.file,
      `review.practices.${where.practice}.quotes.${where.index}: the quote "${shown}" is not in the archived text ` +
        '(compared after folding whitespace and U+00A0; a quote must lie within one paragraph or list item). Copy it exactly from the policy.',
    );
  }
  return hit.id;
}
