/**
 * Clause search over a SearchIndex: typo-tolerant, deterministic, and fast enough for tens of
 * thousands of clauses. Pure: runs in a Web Worker, on the main thread, or in Node.
 *
 * How a query runs
 * 1. The query is normalised into words (normalize.ts); stop words are set aside unless the
 *    query has nothing else.
 * 2. Each word expands over the vocabulary to exact, prefix and fuzzy variants (vocabulary.ts).
 * 3. Inverted indexes from word to clauses, to headings and to practice labels (fieldIndex.ts)
 *    give each clause, per query word, its best match in each field, weighted: heading and
 *    practice names weigh more than body text (matchClauses.ts).
 * 4. Clauses rank by tier, then score, then document order (ranking.ts, phrase.ts):
 *      3 phrase     the whole query as a phrase (one word: that exact word), in text, heading or practice name
 *      2 all words  every word present, exactly or as a prefix
 *      1 fuzzy      every word present, some only fuzzily
 *      0 some words not every word present
 *    score = Σ over query words of idf × field-weighted match quality.
 * 5. The hits say where the query matched (highlight.ts).
 */
import type { SearchIndex } from './buildSearchIndex.ts';
import { buildFieldIndex } from './fieldIndex.ts';
import { highlightOf, highlightRanges, NO_HIGHLIGHT, type Highlight } from './highlight.ts';
import { readIndexRecords, type IndexRecords } from './indexRecords.ts';
import { ClauseMatcher } from './matchClauses.ts';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, STOP_WORDS, tokenize } from './normalize.ts';
import { clauseHoldsPhrase, phraseOf } from './phrase.ts';
import { spreadOut, topRanked } from './ranking.ts';
import {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  Tier,
  type SearchHit,
  type SearchOptions,
  type SearchResponse,
  type Searcher,
} from './searchTypes.ts';
import type { Variant } from './vocabulary.ts';

export { Tier };
export type { Range, SearchHit, SearchOptions, SearchResponse, Searcher } from './searchTypes.ts';

/** The query's words, at most MAX_QUERY_WORDS of them, compounds left out. */
function queryWords(rawQuery: string): { query: string; tokens: string[]; truncated: boolean } {
  const query = rawQuery.slice(0, MAX_QUERY_LENGTH);
  const tokens = tokenize(query)
    .filter((t) => !t.compound)
    .map((t) => t.term);
  const truncated = rawQuery.length > MAX_QUERY_LENGTH || tokens.length > MAX_QUERY_WORDS;
  return { query, tokens: tokens.slice(0, MAX_QUERY_WORDS), truncated };
}

const unique = (items: readonly string[]): string[] => [...new Set(items)];

/** The hit a reader sees for clause `doc`. */
function toHit(records: IndexRecords, doc: number, tier: Tier, score: number, highlight: Highlight): SearchHit {
  const clause = records.clauses[doc]!;
  const company = records.companies[clause.company]!;
  const section = records.sections[clause.section];
  return {
    company: company.slug,
    companyName: company.name,
    clauseId: clause.id,
    section: section ? { id: section.id, text: section.text, ranges: highlightRanges(section.text, highlight) } : null,
    text: clause.text,
    ranges: highlightRanges(clause.text, highlight),
    practices: clause.practices.map((p) => {
      const { id, label } = records.practices[p]!;
      return { id, label, curated: clause.curated.includes(p), ranges: highlightRanges(label, highlight) };
    }),
    tier,
    score,
  };
}

/**
 * Prepares an index for searching: reads it into records, normalises every text and builds
 * the inverted indexes.
 * @throws SearchIndexError when the index is corrupt (see indexRecords.ts).
 */
export function createSearcher(index: SearchIndex): Searcher {
  const records = readIndexRecords(index);
  const field = buildFieldIndex(records);
  const { vocabulary } = field;
  const matcher = new ClauseMatcher(field, records.clauses, records.companies.length);
  const companyIndex = new Map(records.companies.map(({ slug }, i) => [slug, i]));
  const practiceIndex = new Map(records.practices.map(({ id }, i) => [id, i]));

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

  function countsBySlug(counts: Uint32Array): Record<string, number> {
    const out: Record<string, number> = {};
    counts.forEach((n, c) => {
      if (n > 0) out[records.companies[c]!.slug] = n;
    });
    return out;
  }

  /** Every clause of the filters, in document order (a search with no words). */
  function listAll(
    base: Omit<SearchResponse, 'total' | 'hits' | 'byCompany'>,
    company: number | null,
    practice: number | null,
    limit: number,
  ): SearchResponse {
    const byCompany = new Uint32Array(records.companies.length);
    const found: number[] = [];
    records.clauses.forEach((clause, doc) => {
      if (practice !== null && !clause.practices.includes(practice)) return;
      byCompany[clause.company]!++;
      if (company === null || clause.company === company) found.push(doc);
    });
    const hits = found.slice(0, limit).map((doc) => toHit(records, doc, Tier.someWords, 0, NO_HIGHLIGHT));
    return { ...base, total: found.length, hits, byCompany: countsBySlug(byCompany) };
  }

  function search(rawQuery: string, options: SearchOptions): SearchResponse {
    const { query, tokens, truncated } = queryWords(rawQuery);
    const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT)));
    const company = options.company ? companyIndex.get(options.company) : null;
    const practice = options.practice ? practiceIndex.get(options.practice) : null;
    const nothing = { query, truncated, words: [], total: 0, hits: [], byCompany: {} };
    // An unknown company or practice: nothing is found.
    if (company === undefined || practice === undefined) return { ...nothing, words: unique(tokens) };
    if (tokens.length === 0)
      return company === null && practice === null ? nothing : listAll(nothing, company, practice, limit);

    const content = unique(tokens.filter((t) => !STOP_WORDS.has(t)));
    const searched = content.length > 0 ? content : unique(tokens);
    const lastToken = tokens.at(-1);
    const variants = searched.map((t) => variantsOf(t, t === lastToken));
    const { keys, byCompany } = matcher.match({ variants, singleWord: tokens.length === 1, company, practice });

    const phrase = tokens.length > 1 ? phraseOf(tokens, field, variantsOf(tokens.at(-1)!, true)) : null;
    const spread = options.spread && options.spread > 0 ? Math.floor(options.spread) : 0;
    const wanted = spread ? Math.min(MAX_LIMIT, limit * 4) : limit;
    const holdsPhrase = phrase && ((doc: number) => clauseHoldsPhrase(field, doc, records.clauses[doc]!, phrase));
    const top = topRanked(keys, wanted, Math.max(2 * limit, 64), holdsPhrase);
    const order = spread ? spreadOut(top, field.companyOf, spread) : top.map((_, rank) => rank);

    const highlight = highlightOf(
      vocabulary,
      variants.flat().map((v) => v.id),
      phrase,
    );
    const hits = order.slice(0, limit).map((rank) => {
      const { doc, tier, score } = top[rank]!;
      return toHit(records, doc, tier, score, highlight);
    });
    return { query, truncated, words: searched, total: keys.length, hits, byCompany: countsBySlug(byCompany) };
  }

  return {
    size: records.clauses.length,
    vocabularySize: vocabulary.size,
    // A query that is not a string (a caller's bug) reads as empty; an engine fault is thrown.
    search: (query, options = {}) => search(typeof query === 'string' ? query : '', options),
  };
}
