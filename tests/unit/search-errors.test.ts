/**
 * Search fails loudly: a corrupt index throws when it is prepared, naming the entry, and a
 * fault while searching reaches the caller instead of reading as "nothing found" — without
 * spoiling the searches after it.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchIndex } from '../../src/lib/search/buildSearchIndex.ts';
import { createSearcher } from '../../src/lib/search/createSearcher.ts';
import { buildFieldIndex, fieldMatchSource } from '../../src/lib/search/fieldIndex.ts';
import { readIndexRecords, SearchIndexError } from '../../src/lib/search/indexRecords.ts';
import { ClauseMatcher, type MatchRequest } from '../../src/lib/search/matchClauses.ts';
import type { Variant } from '../../src/lib/search/vocabulary.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';

const good = buildSearchIndex(Object.values(realPolicies), taxonomy);

/** The real index with one entry of one list replaced (parsed JSON can hold anything). */
function corrupt(list: 'companies' | 'practices' | 'sections' | 'clauses', at: number, entry: unknown): SearchIndex {
  const copy: SearchIndex = structuredClone(good);
  const entries: unknown[] = copy[list];
  entries[at] = entry;
  return copy;
}

describe('a corrupt index', () => {
  it('is read into named records when sound', () => {
    const records = readIndexRecords(good);
    const clause = records.clauses[0]!;
    expect(records.companies[clause.company]!.slug).toBe(good.companies[good.clauses[0]![0]]![0]);
    expect(clause.text).toBe(good.clauses[0]![3]);
    expect(clause.practices).toEqual([...new Set([...good.clauses[0]![5], ...good.clauses[0]![4]])]);
  });

  it.each([
    ['clauses', 3, [0, -1, 'c-00000000', 42, [], []], 'clauses[3].text is not a string'],
    ['clauses', 0, [99, -1, 'c-00000000', 'text', [], []], 'clauses[0].company is not a company number'],
    ['clauses', 1, [0, 10_000, 'c-00000000', 'text', [], []], 'clauses[1].section is not a section number'],
    ['clauses', 2, [0, -1, 'c-00000000', 'text', [500], []], 'clauses[2].detected is not a list of practice numbers'],
    ['clauses', 5, [0, -1, 'c-00000000', 'text'], 'clauses[5] is not a list of 6 fields'],
    ['clauses', 7, null, 'clauses[7] is not a list of 6 fields'],
    ['sections', 0, [0, 'cookies'], 'sections[0] is not a list of 3 fields'],
    ['practices', 4, ['cookies', null], 'practices[4].label is not a string'],
    ['companies', 0, 'corero', 'companies[0] is not a list of 2 fields'],
  ] as const)('throws when %s[%i] is %j', (list, at, entry, message) => {
    const index = corrupt(list, at, entry);
    expect(() => createSearcher(index)).toThrow(SearchIndexError);
    expect(() => createSearcher(index)).toThrow(`The search index is corrupt: ${message}.`);
  });

  it('throws when a list is missing', () => {
    const index: SearchIndex = structuredClone(good);
    Reflect.deleteProperty(index, 'sections');
    expect(() => createSearcher(index)).toThrow('The search index is corrupt: sections is not a list.');
  });
});

describe('a fault while searching', () => {
  it('reaches the caller, not "nothing found"', () => {
    const searcher = createSearcher(good);
    const options = {
      get limit(): number {
        throw new Error('fault in the options');
      },
    };
    expect(() => searcher.search('cookies', options)).toThrow('fault in the options');
  });

  it('leaves the matcher clean for the next search', () => {
    const records = readIndexRecords(good);
    const field = buildFieldIndex(records);
    const variantsOf = (word: string): Variant[] => field.vocabulary.expand(word, false);
    const request: MatchRequest = {
      variants: [variantsOf('cookies'), variantsOf('information')],
      singleWord: false,
      company: null,
      practice: null,
    };
    const source = fieldMatchSource(field, records, null);
    const fresh = new ClauseMatcher(records.clauses.length, records.companies.length);
    const expected = [...fresh.match(source, request).keys].sort();

    // The second word's variants throw when read: the first word has already marked clauses.
    const faulty: Variant[] = [];
    Object.defineProperty(faulty, Symbol.iterator, {
      value: () => {
        throw new Error('fault in the second word');
      },
    });
    const matcher = new ClauseMatcher(records.clauses.length, records.companies.length);
    expect(() => matcher.match(source, { ...request, variants: [variantsOf('cookies'), faulty] })).toThrow(
      'fault in the second word',
    );
    expect([...matcher.match(source, request).keys].sort()).toEqual(expected);
  });
});
