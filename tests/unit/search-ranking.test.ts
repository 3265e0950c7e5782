/**
 * The searcher ranks only as far as it must (it selects the best hits instead of sorting every
 * clause found). These tests check that the shortcut changes nothing a reader sees: on an index
 * of many copies of the real policies, the first hits at any limit are the first hits of the full
 * ranking, in order.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchIndex } from '../../src/lib/search/buildSearchIndex.ts';
import { createSearcher, type SearchHit } from '../../src/lib/search/createSearcher.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';

/** The five real policies, copied `copies` times under new slugs: thousands of clauses, many ties broken by order. */
function scaledIndex(copies: number): SearchIndex {
  const policies = Object.values(realPolicies).sort((a, b) => a.slug.localeCompare(b.slug));
  const many = Array.from({ length: copies }, (_, i) =>
    policies.map((p) => ({ ...p, slug: `${p.slug}-${i}`, name: `${p.name} ${i}` })),
  ).flat();
  return buildSearchIndex(many, taxonomy);
}

const index = scaledIndex(20);
const searcher = createSearcher(index);
const rank = (hit: SearchHit): string => `${hit.company}#${hit.clauseId}`;
const queries = [
  'information',
  'cookies',
  'personal information',
  'we do not sell',
  'cokies',
  'opt out',
  'the',
  'inf',
  'third party service',
];

describe('ranking many hits', () => {
  it('has thousands of clauses to rank', () => {
    expect(index.clauses.length).toBeGreaterThan(2000);
  });

  it.each(queries)('gives the same first hits at every limit for “%s”', (query) => {
    const full = searcher.search(query, { limit: 1000 });
    expect(full.total).toBeGreaterThan(0);
    for (const limit of [1, 8, 20, 50, 300]) {
      const part = searcher.search(query, { limit });
      expect(part.total).toBe(full.total);
      expect(part.hits.map(rank)).toEqual(full.hits.slice(0, limit).map(rank));
    }
  });

  it.each(queries)(
    'orders hits by practice named, tier, text matched, score, then document order for “%s”',
    (query) => {
      const { hits, about } = searcher.search(query, { limit: 1000 });
      const order = new Map(index.clauses.map((c, i) => [`${index.companies[c[0]]![0]}#${c[2]}`, i]));
      const standing = (h: SearchHit): number[] => [
        h.practices.some((p) => about.includes(p.id)) ? 1 : 0,
        h.tier,
        h.inText ? 1 : 0,
        h.score,
        -order.get(rank(h))!,
      ];
      for (let i = 1; i < hits.length; i++) {
        const [a, b] = [standing(hits[i - 1]!), standing(hits[i]!)];
        const first = a.findIndex((x, j) => x !== b[j]);
        expect(a[first]! > b[first]!, `${rank(hits[i - 1]!)} before ${rank(hits[i]!)}`).toBe(true);
      }
    },
  );
});
