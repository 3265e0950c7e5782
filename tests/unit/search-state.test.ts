import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/normalize.ts';
import { describeResults, readSearchState, searchStateQuery } from '../../src/lib/search/searchState.ts';
import { searcher } from '../support/search.ts';

describe('search state in the URL', () => {
  it('reads q, company, practice and versions, and refuses junk filters', () => {
    expect(readSearchState('?q=sell+my+data&company=mimecast&practice=sells-data&versions=all')).toEqual({
      q: 'sell my data',
      company: 'mimecast',
      practice: 'sells-data',
      allVersions: true,
    });
    expect(readSearchState('?company=<script>&practice=../../x&versions=some')).toEqual({
      q: '',
      company: '',
      practice: '',
      allVersions: false,
    });
    expect(readSearchState(`?q=${'a'.repeat(500)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('writes only what is set, and reads back what it wrote', () => {
    expect(searchStateQuery({ q: '', company: '', practice: '', allVersions: false })).toBe('');
    const state = { q: 'opt out & <b>', company: 'ironport', practice: '', allVersions: false };
    expect(searchStateQuery(state)).toBe('?q=opt+out+%26+%3Cb%3E&company=ironport');
    expect(readSearchState(searchStateQuery(state))).toEqual(state);
    const every = { ...state, allVersions: true };
    expect(searchStateQuery(every)).toBe('?q=opt+out+%26+%3Cb%3E&company=ironport&versions=all');
    expect(readSearchState(searchStateQuery(every))).toEqual(every);
  });

  it('describes the results in one sentence', () => {
    const response = searcher.search('cokies', { limit: 5 });
    expect(describeResults(response, { company: '' }, 5)).toMatch(
      /^\d+ clauses from 4 companies match “cokies”\. Showing the first 5\.$/,
    );
    expect(describeResults(searcher.search('zzzzqqq'), { company: '' }, 0)).toBe('No clauses match “zzzzqqq”.');
  });
});
