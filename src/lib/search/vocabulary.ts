/**
 * The vocabulary of the index: every distinct normalised word, and the three ways a query word
 * reaches it — exactly, as a prefix (`cooki` → `cookies`), or fuzzily (`cokies` → `cookies`).
 *
 * Fuzzy lookup never scans the clauses: a bigram index narrows the (small) vocabulary to the
 * words a few typos away, and fuse.js scores only those. Pure: no DOM, no Astro.
 */
import Fuse from 'fuse.js/basic';

/** How a query word reached a vocabulary word. */
export const MatchKind = { fuzzy: 1, prefix: 2, exact: 4 } as const;
export type MatchKind = (typeof MatchKind)[keyof typeof MatchKind];

/** A vocabulary word a query word matches, and how well (1 = exactly). */
export interface Variant {
  id: number;
  quality: number;
  kind: MatchKind;
}

/** Prefix matches score between these, closer to the top the more of the word was typed. */
const PREFIX_QUALITY = { min: 0.7, span: 0.2 };
/** The best a fuzzy match scores, before fuse.js's distance is applied. */
const FUZZY_QUALITY = 0.55;
/** Most vocabulary words a prefix of 2, 3, 4+ letters expands to: a short prefix is a weak signal. */
const MAX_PREFIX_VARIANTS = [0, 0, 8, 24, 48] as const;
const MAX_FUZZY_VARIANTS = 16;
/** A word found in this many places or fewer may be a typo itself: look for near words too. */
const RARE = 2;
/** Longest ending a finished (not last) query word may take as a prefix: `sell` → `sells`, `selling`. */
const MAX_ENDING = 3;
/** Fuzzy matching applies to words of this many letters, no fewer (and no digits). */
const FUZZY_MIN_LENGTH = 4;
const FUZZY_MAX_LENGTH = 24;

/** Typos tolerated in a word of this length. */
function maxTypos(length: number): number {
  if (length < FUZZY_MIN_LENGTH) return 0;
  if (length < 6) return 1;
  if (length < 10) return 2;
  return 3;
}

/** Words shorter than this are left out of the bigram index (and of fuzzy candidates). */
export const GRAM_MIN_LENGTH = FUZZY_MIN_LENGTH - 1;

/** Whether a word may have near words: long enough for a typo, not too long, no digits. */
export function mayHaveNearWords(token: string): boolean {
  return maxTypos(token.length) > 0 && token.length <= FUZZY_MAX_LENGTH && !/\d/.test(token);
}

/** The token with two neighbouring (different) letters swapped, each way it can be. */
export function swapsOf(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < token.length; i++) {
    if (token[i] === token[i + 1]) continue;
    out.push(token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2));
  }
  return out;
}

export function bigrams(term: string): string[] {
  const grams = new Set<string>();
  for (let i = 0; i + 2 <= term.length; i++) grams.add(term.slice(i, i + 2));
  return [...grams];
}

export class Vocabulary {
  /** Words by id. */
  readonly terms: string[] = [];
  /** How many clauses (or headings, or practices) hold each word: the tie-breaker for prefixes. */
  readonly weight: number[] = [];
  /** Order of first appearance in the whole index: the last tie-breaker (a shard's words keep the whole index's). */
  readonly rank: number[] = [];
  private readonly ids = new Map<string, number>();
  private sorted: number[] | null = null;
  private grams: Map<string, number[]> | null = null;

  /** The id of a word, adding it if new. */
  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.weight.push(0);
      this.rank.push(id);
      this.sorted = null;
      this.grams = null;
    }
    return id;
  }

  get(term: string): number | undefined {
    return this.ids.get(term);
  }

  get size(): number {
    return this.terms.length;
  }

  /**
   * The vocabulary words a query word matches: itself; the words it begins (the most frequent
   * first) — any of them for the word being typed (`typing`, from two letters), otherwise only
   * the word with a short ending (`sell` → `sells`, `selling`; not `not` → `notices`); and, when
   * it is not a word of the vocabulary or a rare one (maybe a typo in the text itself), the words
   * within a few typos of it, scored by fuse.js.
   */
  expand(token: string, typing: boolean): Variant[] {
    const variants: Variant[] = [];
    const exact = this.ids.get(token);
    if (exact !== undefined) variants.push({ id: exact, quality: 1, kind: MatchKind.exact });
    if (typing && token.length >= 2) variants.push(...this.prefixed(token, Infinity));
    else if (!typing && token.length >= 3) variants.push(...this.prefixed(token, MAX_ENDING));
    if (this.looksNear(token)) {
      const seen = new Set(variants.map((v) => v.id));
      variants.push(...this.nearWords(token).filter((v) => !seen.has(v.id)));
    }
    return variants;
  }

  /** Words that begin with the token (not the token itself) and go on for at most `ending` letters. */
  private prefixed(token: string, ending: number): Variant[] {
    const sorted = this.sortedIds();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[sorted[mid]!]! < token) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < sorted.length; i++) {
      const id = sorted[i]!;
      const term = this.terms[id]!;
      if (!term.startsWith(token)) break;
      if (term !== token && term.length - token.length <= ending) found.push(id);
    }
    found.sort(
      (a, b) =>
        this.weight[b]! - this.weight[a]! ||
        this.terms[a]!.length - this.terms[b]!.length ||
        this.rank[a]! - this.rank[b]!,
    );
    return found.slice(0, MAX_PREFIX_VARIANTS[Math.min(token.length, 4)]).map((id) => ({
      id,
      quality: PREFIX_QUALITY.min + (PREFIX_QUALITY.span * token.length) / this.terms[id]!.length,
      kind: MatchKind.prefix,
    }));
  }

  /**
   * Words within maxTypos(token) of the token (itself left out): candidates by shared bigrams and
   * length, scored by fuse.js; and the token with two neighbouring letters swapped, if a word.
   */
  nearWords(token: string): Variant[] {
    const typos = maxTypos(token.length);
    if (!mayHaveNearWords(token)) return [];
    const grams = this.gramIndex();
    const shared = new Map<number, number>();
    for (const gram of bigrams(token)) {
      for (const id of grams.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    // Each typo destroys at most two bigrams (the q-gram lemma), so a near word keeps the rest.
    const needed = Math.max(1, token.length - 1 - 2 * typos);
    let candidates: string[] = [];
    for (const [id, count] of shared) {
      const term = this.terms[id]!;
      if (count >= needed && Math.abs(term.length - token.length) <= typos && term !== token) candidates.push(term);
    }
    // Bitap counts a swap of two letters as two typos; a swap is one slip of the fingers.
    const swapped: Variant[] = [];
    for (const swap of swapsOf(token)) {
      const id = this.ids.get(swap);
      if (id !== undefined)
        swapped.push({ id, quality: FUZZY_QUALITY * (1 - 1 / token.length), kind: MatchKind.fuzzy });
    }
    // A word of the vocabulary is not a typo of a shorter word it begins with ("party" is not
    // "part"), unless it is that word's plural ("visits", "visit").
    if (this.ids.has(token))
      candidates = candidates.filter((term) => !token.startsWith(term) || /^e?s$/.test(token.slice(term.length)));
    if (candidates.length === 0) return swapped;
    candidates.sort();
    const fuse = new Fuse(candidates, {
      includeScore: true,
      isCaseSensitive: true,
      shouldSort: true,
      threshold: typos / token.length + 0.01,
      location: 0,
      distance: 4 * token.length,
    });
    const swappedIds = new Set(swapped.map((v) => v.id));
    const scored = fuse
      .search(token)
      .filter((r) => !swappedIds.has(this.ids.get(r.item)!))
      .map((r) => ({
        id: this.ids.get(r.item)!,
        quality: Math.max(0.2, FUZZY_QUALITY * (1 - (r.score ?? 1)) - 0.02 * Math.abs(r.item.length - token.length)),
        kind: MatchKind.fuzzy,
      }));
    return [...swapped, ...scored]
      .sort((a, b) => b.quality - a.quality || (this.terms[a.id]! < this.terms[b.id]! ? -1 : 1))
      .slice(0, MAX_FUZZY_VARIANTS);
  }

  /** Whether expand() looks for words near the token (it is not a word of the vocabulary, or a rare one). */
  looksNear(token: string): boolean {
    const exact = this.ids.get(token);
    return exact === undefined || this.weight[exact]! <= RARE;
  }

  private sortedIds(): number[] {
    this.sorted ??= this.terms.map((_, i) => i).sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : 1));
    return this.sorted;
  }

  private gramIndex(): Map<string, number[]> {
    if (!this.grams) {
      const grams = new Map<string, number[]>();
      this.terms.forEach((term, id) => {
        if (term.length < GRAM_MIN_LENGTH) return;
        for (const gram of bigrams(term)) {
          const list = grams.get(gram);
          if (list) list.push(id);
          else grams.set(gram, [id]);
        }
      });
      this.grams = grams;
    }
    return this.grams;
  }
}

/** Expands query words (see Vocabulary.expand), remembering the last few hundred. */
export function variantCache(expand: (token: string, typing: boolean) => Variant[]) {
  const cache = new Map<string, Variant[]>();
  return (token: string, typing: boolean): Variant[] => {
    const key = `${typing ? 1 : 0}${token}`;
    let variants = cache.get(key);
    if (!variants) {
      variants = expand(token, typing);
      if (cache.size > 500) cache.clear();
      cache.set(key, variants);
    }
    return variants;
  };
}
