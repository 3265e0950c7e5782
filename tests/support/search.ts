import { buildSearchIndex, type IndexedClause, type SearchIndex } from '../../src/lib/search/buildSearchIndex.ts';
import { createSearcher, type SearchResponse } from '../../src/lib/search/createSearcher.ts';
import { policies, taxonomy } from './policies.ts';

/** The search index of the five real policies, and a searcher over it. */
export const index = buildSearchIndex(policies, taxonomy);
export const searcher = createSearcher(index);
export const slugs = policies.map((p) => p.slug);

/** The clause ids of each company that the curated review cites for a practice. */
export function curatedClauses(practice: string): Set<string> {
  return new Set(policies.flatMap((p) => p.practices[practice]?.quotes.map((q) => q.clauseId) ?? []));
}

/** The matched substrings of a hit's text. */
export const marked = (hit: SearchResponse['hits'][number]): string[] =>
  hit.ranges.map(([a, b]) => hit.text.slice(a, b));

/** A small index written by hand: `[section heading, text, curated practice ids]` per clause, one company. */
export function miniIndex(rows: [string, string, string[]?][]): SearchIndex {
  const sections = [...new Set(rows.map((r) => r[0]))];
  return {
    v: 2,
    companies: [['acme', 'Acme']],
    practices: taxonomy.map((p) => [p.id, p.label]),
    sections: sections.map((s, i) => [0, `s${i}`, s]),
    clauses: rows.map(([section, text, practices = []], i): IndexedClause => [
      0,
      sections.indexOf(section),
      `c-${String(i).padStart(8, '0')}`,
      text,
      [],
      practices.map((id) => taxonomy.findIndex((p) => p.id === id)),
    ]),
  };
}
