/**
 * One search, step by step, over whatever holds the index: the whole index in memory
 * (createSearcher.ts) or the shards a query loads (shardedSearcher.ts). The steps are a
 * generator: before each step that reads a part of the index, it yields what it needs (the
 * vocabulary around some words, the postings of some words, some practices' clause lists, some
 * clauses), and the driver makes sure that part is at hand before resuming it: the in-memory
 * driver at once, the sharded one by fetching shards. Both run this one algorithm, so both
 * answer alike. Pure: no DOM.
 */
import { highlightOf, highlightRanges, NO_HIGHLIGHT, type Highlight } from './highlight.ts';
import type { CompanyRecord, PracticeRecord } from './indexRecords.ts';
import type { ClauseMatcher, MatchSource } from './matchClauses.ts';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, STOP_WORDS, tokenize, words } from './normalize.ts';
import { phraseOf, type Phrase } from './phrase.ts';
import { phraseCandidates, spreadOut, topRanked } from './ranking.ts';
import {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  Tier,
  type SearchHit,
  type SearchOptions,
  type SearchResponse,
} from './searchTypes.ts';
import { MatchKind, type Variant, type Vocabulary } from './vocabulary.ts';

/** What a step is about to read; the driver has it at hand before the step runs. */
export type Need =
  /** The vocabulary around these words: each exactly, what it begins, what is near it. `typing`: the last word. */
  | { kind: 'words'; words: readonly string[]; typing: string | null }
  /** The postings of these vocabulary words. */
  | { kind: 'postings'; words: readonly number[] }
  /** The clause lists of these practices. */
  | { kind: 'practices'; practices: readonly number[] }
  /** These clauses' texts. */
  | { kind: 'clauses'; docs: readonly number[] };

/** A clause as a hit shows it. */
export interface ClauseView {
  id: string;
  text: string;
  section: { id: string; text: string } | null;
  curated: readonly number[];
  /** Curated, then detected, each once. */
  practices: readonly number[];
  /** Indexes into the company's versions. */
  versions: readonly number[];
}

/** What the steps read; each part only after yielding the need for it. */
export interface SearchData {
  vocabulary: Vocabulary;
  matcher: ClauseMatcher;
  companies: readonly CompanyRecord[];
  practices: readonly PracticeRecord[];
  /** The postings, searching the given versions. */
  source(versions: 'main' | 'all'): MatchSource;
  /** The clauses of a company, `[start, end)`: the main version's first, so `main` ends sooner. */
  companyRange(company: number, versions: 'main' | 'all'): readonly [number, number];
  clause(doc: number): ClauseView;
  /** Whether a clause holds the phrase in its text, its heading or one of its practices' labels. */
  holdsPhrase(doc: number, phrase: readonly ReadonlySet<string>[]): boolean;
}

/** The query's words, at most MAX_QUERY_WORDS of them, compounds left out. */
function queryWords(rawQuery: string): { query: string; tokens: string[]; truncated: boolean } {
  const query = rawQuery.slice(0, MAX_QUERY_LENGTH);
  const tokens = tokenize(query)
    .filter((t) => !t.compound)
    .map((t) => t.term);
  const truncated = rawQuery.length > MAX_QUERY_LENGTH || tokens.length > MAX_QUERY_WORDS;
  return { query, tokens: tokens.slice(0, MAX_QUERY_WORDS), truncated };
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** The phrase in words, as the highlighter and the phrase check read it. */
const phraseWords = (vocabulary: Vocabulary, phrase: Phrase): ReadonlySet<string>[] =>
  phrase.map((ids) => new Set([...ids].map((id) => vocabulary.terms[id]!)));

function toHit(
  data: SearchData,
  { doc, tier, text, score }: { doc: number; tier: Tier; text: boolean; score: number },
  highlight: Highlight,
): SearchHit {
  const clause = data.clause(doc);
  const company = data.companies[data.source('all').companyOf[doc]!]!;
  const { section } = clause;
  return {
    company: company.slug,
    companyName: company.name,
    clauseId: clause.id,
    section: section ? { id: section.id, text: section.text, ranges: highlightRanges(section.text, highlight) } : null,
    text: clause.text,
    ranges: highlightRanges(clause.text, highlight),
    practices: clause.practices.map((p) => {
      const { id, label } = data.practices[p]!;
      return { id, label, curated: clause.curated.includes(p), ranges: highlightRanges(label, highlight) };
    }),
    versions: clause.versions
      .map((v) => company.versions[v] ?? '')
      .filter(Boolean)
      .sort(),
    inMain: clause.versions.includes(0),
    companyVersions: Math.max(1, company.versions.length),
    tier,
    inText: text,
    score,
  };
}

/** Label words too general to name a practice: "data" is in four labels; "personal information", "privacy" and "policy" in most clauses. */
const GENERAL = new Set(['data', 'details', 'personal', 'information', 'privacy', 'policy']);

/**
 * The practices a query names: those whose label's telling words it reaches, at least half of
 * them ("data retention" names Retention, "opt out" Marketing opt-out, "sell" Sells data).
 */
function namedPractices(data: SearchData, reached: readonly number[]): number[] {
  const terms = new Set(reached.map((id) => data.vocabulary.terms[id]!));
  const named: number[] = [];
  data.practices.forEach(({ label }, p) => {
    const telling = words(label).filter((w) => !STOP_WORDS.has(w) && !GENERAL.has(w));
    const found = telling.filter((w) => terms.has(w)).length;
    if (telling.length > 0 && found / telling.length >= 0.5) named.push(p);
  });
  return named;
}

function countsBySlug(data: SearchData, counts: Uint32Array): Record<string, number> {
  const out: Record<string, number> = {};
  counts.forEach((n, c) => {
    if (n > 0) out[data.companies[c]!.slug] = n;
  });
  return out;
}

/**
 * Searches `data` for the query: the search of createSearcher.ts, yielding what it reads.
 * `variantsOf` expands a word over the vocabulary (cached by the caller).
 */
export function* searchSteps(
  data: SearchData,
  rawQuery: string,
  options: SearchOptions,
  variantsOf: (token: string, typing: boolean) => Variant[],
): Generator<Need, SearchResponse, void> {
  const { query, tokens, truncated } = queryWords(rawQuery);
  const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT)));
  const company = options.company ? data.companies.findIndex((c) => c.slug === options.company) : null;
  const practice = options.practice ? data.practices.findIndex((p) => p.id === options.practice) : null;
  const versions = options.versions === 'all' ? 'all' : 'main';
  const source = data.source(versions);
  const nothing = { query, truncated, words: [], total: 0, hits: [], byCompany: {}, about: [] };
  // An unknown company or practice: nothing is found.
  if (company === -1 || practice === -1) return { ...nothing, words: unique(tokens) };

  if (tokens.length === 0) {
    if (company === null && practice === null) return nothing;
    // Every clause of the filters, in document order.
    const byCompany = new Uint32Array(data.companies.length);
    const found: number[] = [];
    const keep = (doc: number, owner: number): void => {
      byCompany[owner]!++;
      if (company === null || owner === company) found.push(doc);
    };
    if (practice !== null) {
      yield { kind: 'practices', practices: [practice] };
      const { docs } = source.practiceDocs(practice);
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        if (!source.searched || source.searched.has(doc)) keep(doc, source.companyOf[doc]!);
      }
    } else {
      data.companies.forEach((_, c) => {
        const [start, end] = data.companyRange(c, versions);
        byCompany[c] = end - start;
      });
      const [start, end] = data.companyRange(company!, versions);
      for (let doc = start; doc < end; doc++) found.push(doc);
    }
    const shown = found.slice(0, limit);
    yield { kind: 'clauses', docs: shown };
    const hits = shown.map((doc) => toHit(data, { doc, tier: Tier.someWords, text: false, score: 0 }, NO_HIGHLIGHT));
    return { ...nothing, total: found.length, hits, byCompany: countsBySlug(data, byCompany) };
  }

  const content = unique(tokens.filter((t) => !STOP_WORDS.has(t)));
  const searched = content.length > 0 ? content : unique(tokens);
  const lastToken = tokens.at(-1)!;
  yield { kind: 'words', words: unique(tokens), typing: lastToken };
  const variants = searched.map((t) => variantsOf(t, t === lastToken));
  const reached = unique(variants.flat().map((v) => v.id));
  yield { kind: 'postings', words: reached };
  const practices = new Set<number>();
  for (const id of reached) {
    const labelled = source.labelPractices(id);
    for (let i = 0; labelled && i < labelled.length; i++) practices.add(labelled[i]!);
  }
  if (practice !== null) practices.add(practice);
  if (practices.size > 0) yield { kind: 'practices', practices: [...practices] };

  // Named as typed: a typo's corrections name nothing ("police" is not "policy").
  const named = namedPractices(
    data,
    unique(variants.flat().flatMap((v) => (v.kind === MatchKind.fuzzy ? [] : [v.id]))),
  );
  const { keys, byCompany } = data.matcher.match(source, {
    variants,
    singleWord: tokens.length === 1,
    company,
    practice,
    named,
  });
  const phrase = tokens.length > 1 ? phraseOf(tokens, data.vocabulary, variantsOf) : null;
  const phraseText = phrase && phraseWords(data.vocabulary, phrase);
  if (phraseText) yield { kind: 'clauses', docs: phraseCandidates(keys) };
  const spread = options.spread && options.spread > 0 ? Math.floor(options.spread) : 0;
  const wanted = spread ? Math.min(MAX_LIMIT, limit * 4) : limit;
  const holdsPhrase = phraseText && ((doc: number) => data.holdsPhrase(doc, phraseText));
  const top = topRanked(keys, wanted, Math.max(2 * limit, 64), holdsPhrase);
  const order = spread ? spreadOut(top, source.companyOf, spread) : top.map((_, rank) => rank);
  const shown = order.slice(0, limit).map((rank) => top[rank]!);
  const total = keys.length;
  yield { kind: 'clauses', docs: shown.map((r) => r.doc) };

  const highlight: Highlight = highlightOf(data.vocabulary, reached, phrase);
  const hits = shown.map((ranked) => toHit(data, ranked, highlight));
  return {
    query,
    truncated,
    words: searched,
    total,
    hits,
    byCompany: countsBySlug(data, byCompany),
    about: named.map((p) => data.practices[p]!.id),
  };
}
