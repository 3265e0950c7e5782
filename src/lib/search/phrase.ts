/**
 * Phrases: a query of several words ranks first the clauses that hold it as written — every
 * word in order, each exactly, the last also as a prefix (it may still be being typed) — in
 * the clause's text, its section heading or the label of one of its practices. Pure: no DOM.
 */
import type { FieldIndex } from './fieldIndex.ts';
import type { ClauseRecord } from './indexRecords.ts';
import { MatchKind, type Variant } from './vocabulary.ts';

/** For each query word in order, the vocabulary ids that may stand in its place. */
export type Phrase = readonly ReadonlySet<number>[];

/**
 * The phrase of a query's words (stop words included), or null when one of them is in no text
 * at all (then no clause holds it).
 * `lastVariants`: the last word's variants, of which the prefixes count.
 */
export function phraseOf(
  tokens: readonly string[],
  field: FieldIndex,
  lastVariants: readonly Variant[],
): Phrase | null {
  const phrase = tokens.map((token, i) => {
    const ids = new Set<number>();
    const exact = field.vocabulary.get(token);
    if (exact !== undefined) ids.add(exact);
    if (i === tokens.length - 1) for (const v of lastVariants) if (v.kind === MatchKind.prefix) ids.add(v.id);
    return ids;
  });
  return phrase.every((ids) => ids.size > 0) ? phrase : null;
}

/** Whether `sequence[from, to)` holds the phrase somewhere. */
function containsPhrase(sequence: ArrayLike<number>, from: number, to: number, phrase: Phrase): boolean {
  const n = phrase.length;
  next: for (let p = from; p + n <= to; p++) {
    for (let j = 0; j < n; j++) if (!phrase[j]!.has(sequence[p + j]!)) continue next;
    return true;
  }
  return false;
}

const holds = (sequence: readonly number[] | undefined, phrase: Phrase): boolean =>
  sequence !== undefined && containsPhrase(sequence, 0, sequence.length, phrase);

/** Whether clause `doc` holds the phrase in its text, its heading or one of its practices' labels. */
export function clauseHoldsPhrase(field: FieldIndex, doc: number, clause: ClauseRecord, phrase: Phrase): boolean {
  return (
    containsPhrase(field.textSequences, field.sequenceStart[doc]!, field.sequenceStart[doc + 1]!, phrase) ||
    holds(field.headingSequences[clause.section], phrase) ||
    clause.practices.some((p) => holds(field.labelSequences[p], phrase))
  );
}
