/**
 * Clause search over a whole SearchIndex in memory (tests, benchmarks; the browser searches the
 * same way over shards, shardedSearcher.ts): typo-tolerant, deterministic. The algorithm is
 * searchSteps.ts; this prepares the index for it. Pure: runs in a Web Worker, on the main
 * thread, or in Node.
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
import { buildFieldIndex, fieldMatchSource } from './fieldIndex.ts';
import { readIndexRecords } from './indexRecords.ts';
import { ClauseMatcher, type MatchSource } from './matchClauses.ts';
import { words } from './normalize.ts';
import { wordsHoldPhrase } from './phrase.ts';
import { searchSteps, type ClauseView, type SearchData } from './searchSteps.ts';
import type { Searcher } from './searchTypes.ts';
import { variantCache } from './vocabulary.ts';

export type { Range, SearchHit, SearchOptions, SearchResponse, Searcher } from './searchTypes.ts';

/**
 * Prepares an index for searching: reads it into records, normalises every text and builds
 * the inverted indexes.
 * @throws SearchIndexError when the index is corrupt (see indexRecords.ts).
 */
export function createSearcher(index: SearchIndex): Searcher {
  const records = readIndexRecords(index);
  const field = buildFieldIndex(records);
  const { vocabulary } = field;
  const matcher = new ClauseMatcher(records.clauses.length, records.companies.length);

  // Each company's clauses, `[start, end)`, and where its main version's end.
  const starts = new Uint32Array(records.companies.length).fill(records.clauses.length);
  const ends = new Uint32Array(records.companies.length);
  const mainEnds = new Uint32Array(records.companies.length);
  records.clauses.forEach((clause, doc) => {
    const c = clause.company;
    starts[c] = Math.min(starts[c]!, doc);
    ends[c] = doc + 1;
    if (clause.versions.includes(0)) mainEnds[c] = doc + 1;
  });
  const mainCount = records.clauses.filter((c) => c.versions.includes(0)).length;
  const sources: Record<'main' | 'all', MatchSource> = {
    all: fieldMatchSource(field, records, null),
    main: fieldMatchSource(
      field,
      records,
      mainCount === records.clauses.length
        ? null
        : { has: (doc) => records.clauses[doc]!.versions.includes(0), size: mainCount },
    ),
  };
  const views = records.clauses.map((clause): ClauseView => ({
    ...clause,
    section: records.sections[clause.section] ?? null,
  }));
  const labelWords = records.practices.map((p) => words(p.label));

  const data: SearchData = {
    vocabulary,
    matcher,
    companies: records.companies,
    practices: records.practices,
    source: (versions) => sources[versions],
    companyRange: (c, versions) => [starts[c]!, Math.max(starts[c]!, versions === 'main' ? mainEnds[c]! : ends[c]!)],
    clause: (doc) => views[doc]!,
    holdsPhrase(doc, phrase) {
      const clause = records.clauses[doc]!;
      const ids = phrase.map((set) => new Set([...set].map((w) => vocabulary.get(w) ?? -1)));
      const sequence = field.textSequences.subarray(field.sequenceStart[doc], field.sequenceStart[doc + 1]);
      const inText = sequence.length >= ids.length && containsIds(sequence, ids);
      return (
        inText ||
        containsIds(field.headingSequences[clause.section] ?? [], ids) ||
        clause.practices.some((p) => wordsHoldPhrase(labelWords[p]!, phrase))
      );
    },
  };
  const variantsOf = variantCache((token, typing) => vocabulary.expand(token, typing));

  function search(query: string, options: Parameters<Searcher['search']>[1] = {}): ReturnType<Searcher['search']> {
    const steps = searchSteps(data, query, options, variantsOf);
    // Everything is in memory: every need is met already.
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  return {
    size: records.clauses.length,
    vocabularySize: vocabulary.size,
    // A query that is not a string (a caller's bug) reads as empty; an engine fault is thrown.
    search: (query, options = {}) => search(typeof query === 'string' ? query : '', options),
  };
}

/** Whether a sequence of word ids holds the phrase (sets of ids) somewhere. */
function containsIds(sequence: ArrayLike<number>, phrase: readonly ReadonlySet<number>[]): boolean {
  const n = phrase.length;
  next: for (let p = 0; p + n <= sequence.length; p++) {
    for (let j = 0; j < n; j++) if (!phrase[j]!.has(sequence[p + j]!)) continue next;
    return true;
  }
  return false;
}
