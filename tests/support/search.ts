import {
  buildSearchIndex,
  indexableVersions,
  type IndexedClause,
  type SearchIndex,
} from '../../src/lib/search/buildSearchIndex.ts';
import { createSearcher, type SearchResponse } from '../../src/lib/search/createSearcher.ts';
import type { PolicyData } from '../../src/lib/policy/policySchema.ts';
import { policies, realVersions, taxonomy } from './policies.ts';

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

/** Every version of the five companies, indexed as the build does (main versions first), and a searcher over it. */
export const versionedIndex = buildSearchIndex(
  indexableVersions(
    Object.values(
      Object.values(realVersions).reduce<Record<string, { main: PolicyData; versions: PolicyData[] }>>(
        (companies, { main, data }) => {
          const company = (companies[data.slug] ??= { main: data, versions: [] });
          company.versions.push(data);
          if (main) company.main = data;
          return companies;
        },
        {},
      ),
    ),
  ),
  taxonomy,
);
export const versionedSearcher = createSearcher(versionedIndex);
