import { ContentError } from '../base/errors.ts';
import { countWords, excerpt, foldWhitespace } from '../base/text.ts';

/** The fewest words a quote may hold unless it is a whole sentence. */
const MIN_QUOTE_WORDS = 3;

/**
 * Whether a short quote is a whole sentence of its clause: the whole clause, or a capitalised
 * run ending in . ! or ? that starts the clause or follows the end of a sentence.
 */
function wholeSentence(needle: string, clause: string): boolean {
  const trim = (t: string): string => t.replace(/^[\s"“”'‘’(•*-]+|[\s"“”'‘’)]+$/gu, '');
  if (trim(needle) === trim(clause)) return true;
  if (!/^\p{Lu}/u.test(needle) || !/[.!?]["”’)]*$/u.test(needle)) return false;
  const at = clause.indexOf(needle);
  return at === 0 || /[.!?]["”’)]*\s+$/u.test(clause.slice(0, at));
}

/** Folds a quote or clause for comparison: whitespace and U+00A0 folded, Markdown emphasis markers dropped. */
function foldForQuote(text: string): string {
  return foldWhitespace(text.replace(/\*\*|__/g, ''));
}

/**
 * Finds the clause that holds `quote` verbatim (after folding).
 * @returns the id of the first such clause in document order.
 * @throws ContentError naming the file, the practice and the quote when no clause holds it, or
 * when it is under {@link MIN_QUOTE_WORDS} words and not a whole sentence.
 */
export function locateQuote(
  quote: string,
  clauses: readonly { id: string; text: string }[],
  where: { file: string; practice: string; index: number },
): string {
  const needle = foldForQuote(quote);
  const hit = clauses.find((c) => foldForQuote(c.text).includes(needle));
  if (!hit) {
    throw new ContentError(
      where.file,
      `review.practices.${where.practice}.quotes.${where.index}: the quote "${excerpt(needle, { chars: 120 })}" is not in the archived text ` +
        '(compared after folding whitespace and U+00A0; a quote must lie within one paragraph or list item). Copy it exactly from the policy.',
    );
  }
  if (countWords(needle) < MIN_QUOTE_WORDS && !wholeSentence(needle, foldForQuote(hit.text))) {
    throw new ContentError(
      where.file,
      `review.practices.${where.practice}.quotes.${where.index}: the quote "${needle}" is under ${MIN_QUOTE_WORDS} words and not a ` +
        'whole sentence, too little to show what the policy says; quote the sentence it comes from.',
    );
  }
  return hit.id;
}
