import { describe, expect, it } from 'vitest';
import { createSearcher } from '../../src/lib/search/createSearcher.ts';
import { Tier } from '../../src/lib/search/searchTypes.ts';
import { miniIndex } from '../support/search.ts';

describe('ranking rules', () => {
  it('ranks an exact phrase above all words present, above a fuzzy match, above some words', () => {
    const mini = createSearcher(
      miniIndex([
        ['Other', 'only the data is here'],
        ['Other', 'we might seel the data'],
        ['Other', 'data is something we may sell'],
        ['Other', 'we never sell data'],
      ]),
    );
    const hits = mini.search('sell data').hits;
    expect(hits.map((h) => h.text)).toEqual([
      'we never sell data',
      'data is something we may sell',
      'we might seel the data',
      'only the data is here',
    ]);
    expect(hits.map((h) => h.tier)).toEqual([Tier.phrase, Tier.allWords, Tier.fuzzy, Tier.someWords]);
    expect(hits[0]!.ranges.map(([a, b]) => hits[0]!.text.slice(a, b))).toEqual(['sell data']);
  });

  it('ranks a clause matching in its text above one matching only in its heading, and a practice named first', () => {
    const mini = createSearcher(
      miniIndex([
        ['Other', 'cookies are mentioned here once'],
        ['Cookies', 'we use small files'],
        ['Other', 'nothing to see', ['sells-data']],
        ['Other', 'it sells data'],
      ]),
    );
    expect(mini.search('cookies').hits.map((h) => h.text)).toEqual([
      'cookies are mentioned here once',
      'we use small files',
    ]);
    expect(
      mini
        .search('sells data')
        .hits.map((h) => h.text)
        .slice(0, 2),
    ).toEqual(['nothing to see', 'it sells data']);
  });

  it('breaks ties by document order', () => {
    const mini = createSearcher(
      miniIndex([
        ['Other', 'cookies one'],
        ['Other', 'cookies two'],
        ['Other', 'cookies six'],
      ]),
    );
    expect(mini.search('cookies').hits.map((h) => h.text)).toEqual(['cookies one', 'cookies two', 'cookies six']);
  });

  it('searches stop words when the query has nothing else', () => {
    const mini = createSearcher(
      miniIndex([
        ['Other', 'what we do'],
        ['Other', 'nothing'],
      ]),
    );
    expect(mini.search('we').hits.map((h) => h.text)).toEqual(['what we do']);
  });
});
