/**
 * Clause search over a SearchIndex: typo-tolerant, deterministic, and fast enough for tens of
 * thousands of clauses. Pure: runs in a Web Worker, on the main thread, or in Node.
 *
 * How a query runs
 * 1. The query is normalised into words (see normalize.ts); stop words are set aside unless
 *    the query has nothing else.
 * 2. Each word expands over the vocabulary to exact, prefix and fuzzy variants (vocabulary.ts).
 * 3. Inverted indexes from word to clauses, to headings and to practice labels give each clause,
 *    per query word, its best match in each field, weighted: heading and practice names weigh
 *    more than body text.
 * 4. Clauses rank by tier, then score, then document order:
 *      3 phrase     the whole query as a phrase (one word: that exact word), in text, heading or practice name
 *      2 all words  every word present, exactly or as a prefix
 *      1 fuzzy      every word present, some only fuzzily
 *      0 some words not every word present
 *    score = Σ over query words of idf × field-weighted match quality.
 */
import type { IndexedClause, SearchIndex } from './buildSearchIndex.ts';
import {
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  STOP_WORDS,
  forEachWord,
  normalizeTerm,
  tokenize,
  type Token,
} from './normalize.ts';
import { MatchKind, Vocabulary, type Variant } from './vocabulary.ts';

/** How a hit matched; higher is better. */
export const Tier = { someWords: 0, fuzzy: 1, allWords: 2, phrase: 3 } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

/** Weight of a match in each field. */
const FIELD_WEIGHT = { text: 1, heading: 2, curatedPractice: 2, detectedPractice: 1.5 } as const;

/** Default and largest number of hits returned. */
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 1000;

/** `[start, end)` in UTF-16 code units of the string it belongs to. */
export type Range = [start: number, end: number];

export interface SearchOptions {
  /** Only clauses of this company (slug). */
  company?: string | null | undefined;
  /** Only clauses tagged with this practice (id), detected or curated. */
  practice?: string | null | undefined;
  /** How many hits to return (the total is counted regardless). */
  limit?: number | undefined;
  /**
   * Spread the hits over companies: within each tier, at most this many hits per company come
   * before the rest of that tier (1: the best hit of every company first). Unset: by score only.
   */
  spread?: number | undefined;
}

export interface HitPractice {
  id: string;
  label: string;
  /** Cited by the curated review, not only detected. */
  curated: boolean;
  /** Where the query matched the label; empty when it did not. */
  ranges: Range[];
}

export interface SearchHit {
  company: string;
  companyName: string;
  clauseId: string;
  /** The clause's section heading, null before the first heading. */
  section: { id: string; text: string; ranges: Range[] } | null;
  text: string;
  /** Where the query matched the text, sorted, not overlapping. */
  ranges: Range[];
  practices: HitPractice[];
  tier: Tier;
  score: number;
}

export interface SearchResponse {
  /** The text that was searched: the query, cut to MAX_QUERY_LENGTH. */
  query: string;
  /** The query was longer than MAX_QUERY_LENGTH (or had more than MAX_QUERY_WORDS words). */
  truncated: boolean;
  /** The normalised words searched. Empty when the query had none (only symbols, emoji…). */
  words: string[];
  /** Clauses found, with both filters applied. */
  total: number;
  /** The best `limit` of them, best first. */
  hits: SearchHit[];
  /** Clauses found per company slug, with the practice filter applied but not the company filter. */
  byCompany: Record<string, number>;
}

export interface Searcher {
  search(query: string, options?: SearchOptions): SearchResponse;
  /** Number of clauses indexed. */
  readonly size: number;
  /** Distinct words indexed. */
  readonly vocabularySize: number;
}

/** A list of ids per key, grown while building, frozen into typed arrays after. */
function freeze(lists: number[][]): Uint32Array[] {
  return lists.map((l) => Uint32Array.from(l));
}

function pushTo(lists: number[][], key: number, value: number): void {
  (lists[key] ??= []).push(value);
}

function containsPhrase(
  sequence: ArrayLike<number>,
  from: number,
  to: number,
  positions: readonly Set<number>[],
): boolean {
  const n = positions.length;
  next: for (let p = from; p + n <= to; p++) {
    for (let j = 0; j < n; j++) if (!positions[j]!.has(sequence[p + j]!)) continue next;
    return true;
  }
  return false;
}

/** Merges overlapping ranges, and ranges only a hyphen apart (`opt`-`out`). */
function mergeRanges(ranges: Range[], text: string): Range[] {
  const sorted = ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && (range[0] <= last[1] || (range[0] === last[1] + 1 && /[-\u2010\u2011]/.test(text[last[1]]!)))) {
      last[1] = Math.max(last[1], range[1]);
    } else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** What the highlighter needs to know about a query: the words to mark, and the phrase. */
interface Highlight {
  terms: Set<string>;
  phrase: Set<string>[] | null;
}

/** Ranges of `text` the query matched: the phrase wherever it occurs, and every matched word. */
function highlightRanges(text: string, highlight: Highlight): Range[] {
  const tokens = tokenize(text);
  const words: Token[] = tokens.filter((t) => !t.compound);
  const ranges: Range[] = [];
  const phrase = highlight.phrase;
  if (phrase) {
    next: for (let p = 0; p + phrase.length <= words.length; p++) {
      for (let j = 0; j < phrase.length; j++) if (!phrase[j]!.has(words[p + j]!.term)) continue next;
      ranges.push([words[p]!.start, words[p + phrase.length - 1]!.end]);
    }
  }
  for (const token of tokens) if (highlight.terms.has(token.term)) ranges.push([token.start, token.end]);
  return mergeRanges(ranges, text);
}

/*
 * Ranking keys: tier, score (to 1/1000) and document order packed into one float64, so that a
 * native numeric sort of a typed array ranks tens of thousands of clauses in a few milliseconds.
 * Bits: tier 2 | score 23 | 2^25 − 1 − document 25 (50 bits, exact in a double).
 */
const DOC_SPAN = 2 ** 25;
const SCORE_SPAN = 2 ** 23;
function sortKey(tier: Tier, score: number, doc: number): number {
  const scaled = Math.min(SCORE_SPAN - 1, Math.round(score * 1000));
  return (tier * SCORE_SPAN + scaled) * DOC_SPAN + (DOC_SPAN - 1 - doc);
}
const docOfKey = (key: number): number => DOC_SPAN - 1 - (key % DOC_SPAN);
const tierOfKey = (key: number): Tier => Math.floor(key / (SCORE_SPAN * DOC_SPAN)) as Tier;
const scoreOfKey = (key: number): number => (Math.floor(key / DOC_SPAN) % SCORE_SPAN) / 1000;

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

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/**
 * The keys from largest to smallest, one per call (NaN when none are left), sorting only as far
 * as the caller reads: a chunk is selected off the top and sorted, the next one only if needed.
 * A search shows 20 or 50 hits of thousands found; sorting them all would be most of its time.
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

const EMPTY_SEARCH = (query: string, truncated: boolean): SearchResponse => ({
  query,
  truncated,
  words: [],
  total: 0,
  hits: [],
  byCompany: {},
});

/** Prepares an index for searching: normalises every text and builds the inverted indexes. */
export function createSearcher(index: SearchIndex): Searcher {
  const vocabulary = new Vocabulary();
  const clauses: readonly IndexedClause[] = index.clauses;
  const docCount = clauses.length;

  // Each distinct spelling is normalised once.
  const spelled = new Map<string, string>();
  const normalizeCached = (word: string): string => {
    let term = spelled.get(word);
    if (term === undefined) {
      term = normalizeTerm(word);
      spelled.set(word, term);
    }
    return term;
  };
  /** The vocabulary ids of a text: its word sequence (compounds left out) into `sequence`, each distinct id once returned. */
  let stamp = 0;
  const seenAt: number[] = [];
  const termIds = (text: string, sequence: number[]): number[] => {
    stamp++;
    const distinct: number[] = [];
    forEachWord(
      text,
      (term, _start, _end, compound) => {
        const id = vocabulary.add(term);
        if (seenAt[id] !== stamp) {
          seenAt[id] = stamp;
          distinct.push(id);
        }
        if (!compound) sequence.push(id);
      },
      normalizeCached,
    );
    return distinct;
  };

  // Clause text: word → clauses, and each clause's word sequence (for phrases).
  const textLists: number[][] = [];
  const sequenceStart = new Uint32Array(docCount + 1);
  const allSequences: number[] = [];
  clauses.forEach((clause, doc) => {
    sequenceStart[doc] = allSequences.length;
    for (const id of termIds(clause[3], allSequences)) {
      pushTo(textLists, id, doc);
      vocabulary.weight[id]!++;
    }
  });
  sequenceStart[docCount] = allSequences.length;
  const sequences = Uint32Array.from(allSequences);
  allSequences.length = 0;

  // Headings: word → sections; section → clauses.
  const sectionLists: number[][] = [];
  const sectionSequences: number[][] = [];
  index.sections.forEach((section, s) => {
    const sequence: number[] = [];
    sectionSequences.push(sequence);
    for (const id of termIds(section[2], sequence)) {
      pushTo(sectionLists, id, s);
      vocabulary.weight[id]!++;
    }
  });
  const sectionClauses: number[][] = index.sections.map(() => []);
  clauses.forEach((clause, doc) => {
    if (clause[1] >= 0) sectionClauses[clause[1]]?.push(doc);
  });

  // Practice labels: word → practices; practice → clauses (curated ones flagged).
  const practiceLists: number[][] = [];
  const practiceSequences: number[][] = [];
  index.practices.forEach((practice, p) => {
    const sequence: number[] = [];
    practiceSequences.push(sequence);
    for (const id of termIds(practice[1], sequence)) {
      pushTo(practiceLists, id, p);
      vocabulary.weight[id]!++;
    }
  });
  const practiceClauses: number[][] = index.practices.map(() => []);
  const practiceCurated: boolean[][] = index.practices.map(() => []);
  clauses.forEach((clause, doc) => {
    for (const p of new Set([...clause[4], ...clause[5]])) {
      practiceClauses[p]?.push(doc);
      practiceCurated[p]?.push(clause[5].includes(p));
    }
  });

  const textPostings = freeze(textLists);
  const sectionPostings = freeze(sectionLists);
  const sectionDocs = freeze(sectionClauses);
  const practicePostings = freeze(practiceLists);
  const practiceDocs = freeze(practiceClauses);
  // The hot loop reads each clause's company from here, not from the clause (one object per clause, scattered in memory).
  const companyOf = Uint32Array.from(clauses, (clause) => clause[0]);
  const companyIndex = new Map(index.companies.map(([slug], i) => [slug, i]));
  const practiceIndex = new Map(index.practices.map(([id], i) => [id, i]));

  // Scratch space reused by every query (a query touches only the entries it resets).
  const width = MAX_QUERY_WORDS;
  const quality = new Float32Array(docCount * width);
  const kinds = new Uint8Array(docCount * width);
  const touchedMark = new Uint8Array(docCount);
  const fieldBest = new Float32Array(docCount);
  const fieldKind = new Uint8Array(docCount);
  /** The clauses a query touched, and those a field touched for the current word (each listed once). */
  const touched = new Uint32Array(docCount);
  const fieldTouched = new Uint32Array(docCount);
  const keyScratch = new Float64Array(docCount);
  const variantCache = new Map<string, Variant[]>();

  function variantsOf(token: string, isLast: boolean): Variant[] {
    const key = `${isLast ? 1 : 0}${token}`;
    let variants = variantCache.get(key);
    if (!variants) {
      variants = vocabulary.expand(token, isLast);
      if (variantCache.size > 500) variantCache.clear();
      variantCache.set(key, variants);
    }
    return variants;
  }

  function run(rawQuery: string, options: SearchOptions): SearchResponse {
    const query = rawQuery.slice(0, MAX_QUERY_LENGTH);
    let truncated = rawQuery.length > MAX_QUERY_LENGTH;
    let tokens = tokenize(query)
      .filter((t) => !t.compound)
      .map((t) => t.term);
    if (tokens.length > MAX_QUERY_WORDS) {
      tokens = tokens.slice(0, MAX_QUERY_WORDS);
      truncated = true;
    }
    const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT)));
    const company = options.company ? companyIndex.get(options.company) : null;
    const practice = options.practice ? practiceIndex.get(options.practice) : null;
    if (company === undefined || practice === undefined)
      return { ...EMPTY_SEARCH(query, truncated), words: unique(tokens) };
    if (tokens.length === 0)
      return company === null && practice === null
        ? EMPTY_SEARCH(query, truncated)
        : listAll(query, truncated, company, practice, limit);

    const content = unique(tokens.filter((t) => !STOP_WORDS.has(t)));
    const searched = content.length > 0 ? content : unique(tokens);
    const lastToken = tokens.at(-1);
    const variants = searched.map((t) => variantsOf(t, t === lastToken));

    let touchedCount = 0;
    let fieldCount = 0;
    const docFrequency = searched.map(() => 0);

    const note = (doc: number, value: number, kind: number): void => {
      if (fieldKind[doc] === 0) fieldTouched[fieldCount++] = doc;
      if (value > fieldBest[doc]!) fieldBest[doc] = value;
      fieldKind[doc]! |= kind;
    };
    const flush = (word: number): void => {
      for (let f = 0; f < fieldCount; f++) {
        const doc = fieldTouched[f]!;
        const k = doc * width + word;
        if (quality[k] === 0) docFrequency[word]!++;
        quality[k]! += fieldBest[doc]!;
        kinds[k]! |= fieldKind[doc]!;
        fieldBest[doc] = 0;
        fieldKind[doc] = 0;
        if (touchedMark[doc] === 0) {
          touchedMark[doc] = 1;
          touched[touchedCount++] = doc;
        }
      }
      fieldCount = 0;
    };

    variants.forEach((wordVariants, word) => {
      for (const v of wordVariants) {
        const docs = textPostings[v.id];
        if (docs) for (const doc of docs) note(doc, v.quality * FIELD_WEIGHT.text, v.kind);
      }
      flush(word);
      for (const v of wordVariants) {
        for (const s of sectionPostings[v.id] ?? []) {
          for (const doc of sectionDocs[s]!) note(doc, v.quality * FIELD_WEIGHT.heading, v.kind);
        }
      }
      flush(word);
      for (const v of wordVariants) {
        for (const p of practicePostings[v.id] ?? []) {
          const docs = practiceDocs[p]!;
          const curated = practiceCurated[p]!;
          for (let i = 0; i < docs.length; i++) {
            note(
              docs[i]!,
              v.quality * (curated[i] ? FIELD_WEIGHT.curatedPractice : FIELD_WEIGHT.detectedPractice),
              v.kind,
            );
          }
        }
      }
      flush(word);
    });

    // Phrase: every query word in order (stop words too), each exactly, the last also as a prefix.
    const phrase =
      tokens.length > 1
        ? tokens.map((t, i) => {
            const set = new Set<number>();
            const exact = vocabulary.get(t);
            if (exact !== undefined) set.add(exact);
            if (i === tokens.length - 1)
              for (const v of variantsOf(t, true)) if (v.kind === MatchKind.prefix) set.add(v.id);
            return set;
          })
        : null;
    const phrasePossible = phrase?.every((s) => s.size > 0) ?? false;
    const idf = docFrequency.map((df) => Math.log(1 + docCount / (1 + df)));

    const byCompany = new Uint32Array(index.companies.length);
    const keys = keyScratch;
    let found = 0;
    for (let t = 0; t < touchedCount; t++) {
      const doc = touched[t]!;
      touchedMark[doc] = 0;
      let matched = 0;
      let allWords = true;
      let allExact = true;
      let score = 0;
      for (let word = 0; word < searched.length; word++) {
        const k = doc * width + word;
        const kind = kinds[k]!;
        if (kind !== 0) matched++;
        if ((kind & (MatchKind.exact | MatchKind.prefix)) === 0) allWords = false;
        if ((kind & MatchKind.exact) === 0) allExact = false;
        score += idf[word]! * quality[k]!;
        quality[k] = 0;
        kinds[k] = 0;
      }
      if (practice !== null && !clauses[doc]![4].includes(practice) && !clauses[doc]![5].includes(practice)) continue;
      const owner = companyOf[doc]!;
      byCompany[owner]!++;
      if (company !== null && owner !== company) continue;
      let tier: Tier = Tier.someWords;
      if (matched === searched.length) {
        tier = allWords ? Tier.allWords : Tier.fuzzy;
        // One word: "the exact phrase" is that exact word. Longer phrases are checked below.
        if (allWords && phrase === null && allExact) tier = Tier.phrase;
      }
      keys[found++] = sortKey(tier, score, doc);
    }
    const next = descending(keys.subarray(0, found), Math.max(2 * limit, 64));

    // Best first. Among the "all words" clauses, the ones holding the phrase move up; checking
    // stops once `limit` phrase hits are in hand, since they fill the page.
    const spread = options.spread && options.spread > 0 ? Math.floor(options.spread) : 0;
    const wanted = spread ? Math.min(MAX_LIMIT, limit * 4) : limit;
    const top: number[] = [];
    const topTiers: Tier[] = [];
    let key = next();
    if (phrase !== null && phrasePossible) {
      const withPhrase: number[] = [];
      const without: number[] = [];
      for (; !Number.isNaN(key) && tierOfKey(key) === Tier.allWords && withPhrase.length < wanted; key = next()) {
        const doc = docOfKey(key);
        (hasPhrase(doc, clauses[doc]!, phrase) ? withPhrase : without).push(key);
      }
      for (const k of withPhrase) {
        top.push(k);
        topTiers.push(Tier.phrase);
      }
      for (const k of without) {
        top.push(k);
        topTiers.push(Tier.allWords);
      }
    }
    for (; !Number.isNaN(key) && top.length < wanted; key = next()) {
      top.push(key);
      topTiers.push(tierOfKey(key));
    }
    const order = spread ? spreadOut(top, topTiers, spread) : top.map((_, rank) => rank);

    const highlight: Highlight = {
      terms: new Set(variants.flat().map((v) => vocabulary.terms[v.id]!)),
      phrase: phrase && phrasePossible ? phrase.map((s) => new Set([...s].map((id) => vocabulary.terms[id]!))) : null,
    };
    const hits = order
      .slice(0, limit)
      .map((rank) => toHit(docOfKey(top[rank]!), topTiers[rank]!, scoreOfKey(top[rank]!), highlight));
    return { query, truncated, words: searched, total: found, hits, byCompany: countsBySlug(byCompany) };
  }

  /** Ranks (indexes into `keys`) reordered so that, tier by tier, each company's first `perCompany` hits come first. */
  function spreadOut(keys: readonly number[], tiers: readonly Tier[], perCompany: number): number[] {
    const order: number[] = [];
    for (let start = 0; start < keys.length;) {
      let end = start;
      while (end < keys.length && tiers[end] === tiers[start]) end++;
      const seen = new Map<number, number>();
      const later: number[] = [];
      for (let rank = start; rank < end; rank++) {
        const company = clauses[docOfKey(keys[rank]!)]![0];
        const count = seen.get(company) ?? 0;
        seen.set(company, count + 1);
        (count < perCompany ? order : later).push(rank);
      }
      order.push(...later);
      start = end;
    }
    return order;
  }

  function hasPhrase(doc: number, clause: IndexedClause, phrase: Set<number>[]): boolean {
    if (containsPhrase(sequences, sequenceStart[doc]!, sequenceStart[doc + 1]!, phrase)) return true;
    const section = sectionSequences[clause[1]];
    if (section && containsPhrase(section, 0, section.length, phrase)) return true;
    for (const p of new Set([...clause[4], ...clause[5]])) {
      const label = practiceSequences[p];
      if (label && containsPhrase(label, 0, label.length, phrase)) return true;
    }
    return false;
  }

  function listAll(
    query: string,
    truncated: boolean,
    company: number | null,
    practice: number | null,
    limit: number,
  ): SearchResponse {
    const byCompany = new Uint32Array(index.companies.length);
    const found: number[] = [];
    clauses.forEach((clause, doc) => {
      if (practice !== null && !clause[4].includes(practice) && !clause[5].includes(practice)) return;
      byCompany[clause[0]]!++;
      if (company === null || clause[0] === company) found.push(doc);
    });
    const none: Highlight = { terms: new Set(), phrase: null };
    const hits = found.slice(0, limit).map((doc) => toHit(doc, Tier.someWords, 0, none));
    return { query, truncated, words: [], total: found.length, hits, byCompany: countsBySlug(byCompany) };
  }

  function countsBySlug(counts: Uint32Array): Record<string, number> {
    const out: Record<string, number> = {};
    counts.forEach((n, c) => {
      if (n > 0) out[index.companies[c]![0]] = n;
    });
    return out;
  }

  function toHit(doc: number, tier: Tier, score: number, highlight: Highlight): SearchHit {
    const [c, s, clauseId, text, detected, curated] = clauses[doc]!;
    const [slug, name] = index.companies[c]!;
    const section = index.sections[s];
    const practiceIds = [...new Set([...curated, ...detected])];
    return {
      company: slug,
      companyName: name,
      clauseId,
      section: section ? { id: section[1], text: section[2], ranges: highlightRanges(section[2], highlight) } : null,
      text,
      ranges: highlightRanges(text, highlight),
      practices: practiceIds.map((p) => {
        const [id, label] = index.practices[p]!;
        return { id, label, curated: curated.includes(p), ranges: highlightRanges(label, highlight) };
      }),
      tier,
      score,
    };
  }

  return {
    size: docCount,
    vocabularySize: vocabulary.size,
    search(query, options = {}) {
      const text = typeof query === 'string' ? query : '';
      try {
        return run(text, options);
      } catch {
        // A query must never break the page: whatever went wrong, answer "nothing found".
        quality.fill(0);
        kinds.fill(0);
        touchedMark.fill(0);
        fieldBest.fill(0);
        fieldKind.fill(0);
        return EMPTY_SEARCH(text.slice(0, MAX_QUERY_LENGTH), text.length > MAX_QUERY_LENGTH);
      }
    },
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
