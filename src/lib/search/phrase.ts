/**
 * Phrases: a query of several words ranks first the clauses that hold it as written — every
 * word in order, each exactly, the last also as a prefix (it may still be being typed) — in
 * the clause's text, its section heading or the label of one of its practices (the engines
 * check those, with wordsHoldPhrase or its equivalent over word ids). Pure: no DOM.
 */
import { MatchKind, type Variant, type Vocabulary } from './vocabulary.ts';

/** For each query word in order, the vocabulary ids that may stand in its place. */
export type Phrase = readonly ReadonlySet<number>[];

/**
 * The phrase of a query's words (stop words included), or null when one of them is in no text
 * at all (then no clause holds it). A word the vocabulary lacks stands for its best corrections
 * ("thrid party" is the phrase "third party"); the last word also for the words it begins.
 * `variantsOf`: a word's variants (see Vocabulary.expand), `typing` for the last word.
 */
export function phraseOf(
  tokens: readonly string[],
  vocabulary: Vocabulary,
  variantsOf: (token: string, typing: boolean) => readonly Variant[],
): Phrase | null {
  const phrase = tokens.map((token, i) => {
    const ids = new Set<number>();
    const last = i === tokens.length - 1;
    const exact = vocabulary.get(token);
    const variants = exact === undefined || last ? variantsOf(token, last) : [];
    if (exact !== undefined) ids.add(exact);
    else {
      const fuzzy = variants.filter((v) => v.kind === MatchKind.fuzzy);
      const best = Math.max(...fuzzy.map((v) => v.quality));
      for (const v of fuzzy) if (v.quality >= best - 1e-9) ids.add(v.id);
    }
    if (last) for (const v of variants) if (v.kind === MatchKind.prefix) ids.add(v.id);
    return ids;
  });
  return phrase.every((ids) => ids.size > 0) ? phrase : null;
}

/** Whether a sequence of words holds the phrase (in words) somewhere. */
export function wordsHoldPhrase(words: readonly string[], phrase: readonly ReadonlySet<string>[]): boolean {
  const n = phrase.length;
  next: for (let p = 0; p + n <= words.length; p++) {
    for (let j = 0; j < n; j++) if (!phrase[j]!.has(words[p + j]!)) continue next;
    return true;
  }
  return false;
}
