/**
 * Ranking: clauses rank by tier, then score, then document order. Each clause found gets one
 * sort key holding all three, and the best keys are taken off the top without sorting every
 * clause found (a search shows 8 or 20 hits of thousands). Pure: no DOM.
 */
import { Tier } from './searchTypes.ts';

/*
 * What ranks a clause, most telling first:
 * 1. it is tagged with a practice the query names ("data retention", "opt out", "sell");
 * 2. its tier (phrase, all words, all words some fuzzily, some words);
 * 3. a query word matched its text, not only its heading or a practice's label;
 * 4. its score; 5. document order.
 * All five are packed into one float64, so that a native numeric sort of a typed array ranks
 * tens of thousands of clauses in a few milliseconds.
 * Bits: about 1 | tier 2 | text 1 | score (to 1/1000) 23 | 2^25 − 1 − document 25 (52 bits, exact in a double).
 */
const DOC_SPAN = 2 ** 25;
const SCORE_SPAN = 2 ** 23;
const RANK_UNIT = SCORE_SPAN * DOC_SPAN;

/** How a clause stands before its score. */
export interface Standing {
  /** Tagged with a practice the query names. */
  about: boolean;
  tier: Tier;
  /** A query word matched its text. */
  text: boolean;
}

/** The sort key of a clause: a larger key ranks first. */
export function sortKey({ about, tier, text }: Standing, score: number, doc: number): number {
  const scaled = Math.min(SCORE_SPAN - 1, Math.round(score * 1000));
  const rank = ((about ? 4 : 0) + tier) * 2 + (text ? 1 : 0);
  return (rank * SCORE_SPAN + scaled) * DOC_SPAN + (DOC_SPAN - 1 - doc);
}

/** What a sort key holds. */
const docOfKey = (key: number): number => DOC_SPAN - 1 - (key % DOC_SPAN);
const rankOfKey = (key: number): number => Math.floor(key / RANK_UNIT);
const tierOfKey = (key: number): Tier => (Math.floor(rankOfKey(key) / 2) % 4) as Tier;
/** The group of keys the phrase check promotes within: about a named practice or not. */
const aboutOfKey = (key: number): number => Math.floor(rankOfKey(key) / 8);
const textOfKey = (key: number): boolean => rankOfKey(key) % 2 === 1;
const scoreOfKey = (key: number): number => (Math.floor(key / DOC_SPAN) % SCORE_SPAN) / 1000;

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/**
 * Rearranges `a[lo, hi)` so that `a[k]` holds the value a sort would put there, smaller values
 * before it and larger after (quickselect, median-of-three pivots). Values must be distinct.
 */
function selectNth(a: Float64Array, k: number, lo: number, hi: number): void {
  let left = lo;
  let right = hi - 1;
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three as the pivot, moved to `right`.
    if (a[mid]! < a[left]!) swap(a, mid, left);
    if (a[right]! < a[left]!) swap(a, right, left);
    if (a[mid]! < a[right]!) swap(a, mid, right);
    const pivot = a[right]!;
    let store = left;
    for (let i = left; i < right; i++) if (a[i]! < pivot) swap(a, i, store++);
    swap(a, store, right);
    if (store === k) return;
    if (store < k) left = store + 1;
    else right = store - 1;
  }
}

/**
 * The keys from largest to smallest, one per call (NaN when none are left), sorting only as far
 * as the caller reads: a chunk of `firstChunk` keys is selected off the top and sorted, the next
 * (four times larger) only if needed. Reorders `keys` in place.
 */
function descending(keys: Float64Array, firstChunk: number): () => number {
  let end = keys.length;
  let chunk = firstChunk;
  let sorted = keys.subarray(0, 0);
  let i = -1;
  return () => {
    if (i < 0) {
      if (end === 0) return Number.NaN;
      const start = Math.max(0, end - chunk);
      if (start > 0) selectNth(keys, start, 0, end);
      sorted = keys.subarray(start, end).sort();
      i = sorted.length - 1;
      end = start;
      chunk *= 4;
    }
    return sorted[i--]!;
  };
}

/**
 * The phrase check reads this many "all words" clauses at most, the best first: it reads each
 * one's text, which a sharded index fetches. (The five policies hold 116 clauses: all of them.)
 */
const PHRASE_CANDIDATES = 100;

/** The clauses the phrase check may read: the best "all words" ones, at most PHRASE_CANDIDATES. */
export function phraseCandidates(keys: Float64Array): number[] {
  const allWords = keys.filter((key) => tierOfKey(key) === Tier.allWords).sort();
  return [...allWords.subarray(Math.max(0, allWords.length - PHRASE_CANDIDATES))].reverse().map(docOfKey);
}

/** A clause taken off the top of the ranking. */
export interface Ranked {
  doc: number;
  tier: Tier;
  /** A query word matched its text about as well as any text (see matchClauses.ts). */
  text: boolean;
  score: number;
}

/**
 * The best `wanted` of the clauses whose sort keys are `keys` (reordered in place), best first.
 * When `holdsPhrase` is given (a query of several words), the "all words" clauses that hold the
 * whole phrase move up into the phrase tier; checking stops once `wanted` of them are in hand,
 * since they fill the page. `firstChunk`: how many keys to sort first (see descending).
 */
export function topRanked(
  keys: Float64Array,
  wanted: number,
  firstChunk: number,
  holdsPhrase: ((doc: number) => boolean) | null,
): Ranked[] {
  const next = descending(keys, firstChunk);
  const top: Ranked[] = [];
  const take = (key: number, tier: Tier): number =>
    top.push({ doc: docOfKey(key), tier, text: textOfKey(key), score: scoreOfKey(key) });
  let key = next();
  let checked = 0;
  while (!Number.isNaN(key) && top.length < wanted) {
    if (!holdsPhrase || tierOfKey(key) !== Tier.allWords || checked >= PHRASE_CANDIDATES) {
      take(key, tierOfKey(key));
      key = next();
      continue;
    }
    // A run of "all words" clauses of one group (about a named practice or not): those that
    // hold the phrase move up into the phrase tier.
    const group = aboutOfKey(key);
    const withPhrase: number[] = [];
    const without: number[] = [];
    for (
      ;
      !Number.isNaN(key) &&
      tierOfKey(key) === Tier.allWords &&
      aboutOfKey(key) === group &&
      top.length + withPhrase.length < wanted &&
      checked < PHRASE_CANDIDATES;
      key = next(), checked++
    )
      (holdsPhrase(docOfKey(key)) ? withPhrase : without).push(key);
    for (const k of withPhrase) take(k, Tier.phrase);
    for (const k of without) take(k, Tier.allWords);
  }
  return top;
}

/**
 * Ranks (indexes into `ranked`, best first) reordered so that, tier by tier, each company's
 * first `perCompany` hits come before the rest of their tier.
 */
export function spreadOut(ranked: readonly Ranked[], companyOf: ArrayLike<number>, perCompany: number): number[] {
  const order: number[] = [];
  for (let start = 0; start < ranked.length;) {
    let end = start;
    while (end < ranked.length && ranked[end]!.tier === ranked[start]!.tier) end++;
    const seen = new Map<number, number>();
    const later: number[] = [];
    for (let rank = start; rank < end; rank++) {
      const company = companyOf[ranked[rank]!.doc]!;
      const count = seen.get(company) ?? 0;
      seen.set(company, count + 1);
      (count < perCompany ? order : later).push(rank);
    }
    order.push(...later);
    start = end;
  }
  return order;
}
