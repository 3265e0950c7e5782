import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  isSearchIndex,
  type IndexedClause,
  type SearchIndex,
} from '../../src/lib/search/buildSearchIndex.ts';
import { createSearcher, Tier, type SearchResponse } from '../../src/lib/search/createSearcher.ts';
import { excerpt } from '../../src/lib/search/excerpt.ts';
import { MAX_QUERY_LENGTH, normalizeTerm, tokenize, words } from '../../src/lib/search/normalize.ts';
import { describeResults, readSearchState, searchStateQuery } from '../../src/lib/search/searchState.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';

const policies = Object.values(realPolicies).sort((a, b) => a.name.localeCompare(b.name));
const index = buildSearchIndex(policies, taxonomy);
const searcher = createSearcher(index);
const slugs = policies.map((p) => p.slug);

/** The clause ids of each company that the curated review cites for a practice. */
function curatedClauses(practice: string): Set<string> {
  return new Set(policies.flatMap((p) => p.practices[practice]?.quotes.map((q) => q.clauseId) ?? []));
}

/** The matched substrings of a hit's text. */
const marked = (hit: SearchResponse['hits'][number]): string[] => hit.ranges.map(([a, b]) => hit.text.slice(a, b));

/** A small index written by hand: `[section heading, text, curated practice ids]` per clause, one company. */
function miniIndex(rows: [string, string, string[]?][]): SearchIndex {
  const sections = [...new Set(rows.map((r) => r[0]))];
  return {
    v: 1,
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

describe('normalisation', () => {
  it('folds case, diacritics, ligatures and full-width letters', () => {
    expect(words('Café NAÏVE ﬁle Ｃｏｏｋｉｅｓ')).toEqual(['cafe', 'naive', 'file', 'cookies']);
  });

  it('treats U+00A0 and punctuation as spaces, and drops apostrophes, straight or curly', () => {
    expect(words("opt\u00a0out, “cookies”; don’t don't user’s")).toEqual([
      'opt',
      'out',
      'cookies',
      'dont',
      'dont',
      'users',
    ]);
  });

  it('splits hyphenated words and also indexes the joined compound over the whole span', () => {
    const text = "to 'opt-out' of e\u2011mail";
    const tokens = tokenize(text);
    expect(tokens.filter((t) => !t.compound).map((t) => t.term)).toEqual(['to', 'opt', 'out', 'of', 'e', 'mail']);
    const compounds = tokens.filter((t) => t.compound);
    expect(compounds.map((t) => [t.term, text.slice(t.start, t.end)])).toEqual([
      ['optout', 'opt-out'],
      ['email', 'e\u2011mail'],
    ]);
  });

  it('keeps offsets into the original text, whatever normalisation did', () => {
    const text = 'Ｃａｆé\u00a0and ﬁles';
    for (const token of tokenize(text)) expect(normalizeTerm(text.slice(token.start, token.end))).toBe(token.term);
  });

  it('ignores soft hyphens inside words and finds no words in symbols or emoji', () => {
    expect(words('un\u00adsubscribe')).toEqual(['unsubscribe']);
    expect(words('<>()[]{}*+?.^$|\\ 😀🎉')).toEqual([]);
  });
});

describe('the search index', () => {
  it('holds every clause of every policy once, with its company, section and practices', () => {
    expect(isSearchIndex(JSON.parse(JSON.stringify(index)))).toBe(true);
    expect(index.companies.map(([slug]) => slug)).toEqual(slugs);
    expect(index.clauses).toHaveLength(policies.reduce((n, p) => n + p.clauses.length, 0));
    const mimecast = realPolicies['mimecast']!;
    const noSale = mimecast.clauses.find((c) => c.text.startsWith('We do not sell'))!;
    const entry = index.clauses.find((c) => c[2] === noSale.id)!;
    expect(index.companies[entry[0]]![0]).toBe('mimecast');
    expect(index.sections[entry[1]]![2]).toBe('Disclosure of information to third parties');
    expect(entry[3]).toBe(noSale.text);
    expect(entry[5].map((p) => index.practices[p]![0])).toContain('sells-data');
  });

  it('holds plain text, no HTML', () => {
    for (const clause of index.clauses) expect(clause[3]).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it('is at most 1.5 times the gzip size of the text it indexes', () => {
    const text = [
      ...index.clauses.map((c) => c[3]),
      ...index.sections.map((s) => s[2]),
      ...index.practices.map((p) => p[1]),
    ].join('\n');
    const indexSize = gzipSync(JSON.stringify(index)).length;
    expect(indexSize).toBeLessThanOrEqual(1.5 * gzipSync(text).length);
  });

  it('refuses JSON of another shape', () => {
    expect(isSearchIndex(null)).toBe(false);
    expect(isSearchIndex({ ...index, v: 0 })).toBe(false);
    expect(isSearchIndex({ v: 1, companies: [] })).toBe(false);
  });
});

describe('searching the five policies', () => {
  it('"cokies" finds the cookie clauses of all five companies, cookie clauses first', () => {
    const result = searcher.search('cokies', { limit: 50 });
    const cookieHits = result.hits.filter((h) => /cookie/i.test(h.text));
    expect(new Set(cookieHits.map((h) => h.company))).toEqual(new Set(slugs));
    // Every clause a review cites for cookies is among the hits.
    const found = new Set(result.hits.map((h) => h.clauseId));
    for (const id of curatedClauses('cookies')) expect(found).toContain(id);
    // The first ten are about cookies, and the word is what is highlighted.
    for (const hit of result.hits.slice(0, 10)) {
      const aboutCookies = /cookie/i.test(hit.text) || /cookie/i.test(hit.section?.text ?? '');
      expect(aboutCookies, hit.text).toBe(true);
    }
    expect(marked(result.hits[0]!).every((m) => /^cookies?$/i.test(m))).toBe(true);
  });

  it('can spread the first hits over the companies, without mixing tiers', () => {
    const spread = searcher.search('cokies', { limit: 5, spread: 1 });
    expect(new Set(spread.hits.map((h) => h.company))).toEqual(new Set(slugs));
    const plain = searcher.search('cokies', { limit: 100 });
    const all = searcher.search('cokies', { limit: 100, spread: 1 });
    expect(new Set(all.hits.map((h) => h.clauseId))).toEqual(new Set(plain.hits.map((h) => h.clauseId)));
    const opt = searcher.search('opt out', { limit: 100, spread: 1 }).hits.map((h) => h.tier);
    expect(opt).toEqual([...opt].sort((a, b) => b - a));
  });

  it('"sell my data" and "sell" put the no-sale clauses first', () => {
    const noSale = curatedClauses('sells-data');
    const sellClauses = new Set(index.clauses.filter((c) => /\bsell\b/i.test(c[3])).map((c) => c[2]));
    expect(sellClauses.size).toBeGreaterThanOrEqual(3);
    for (const query of ['sell my data', 'sell', 'which of them sell data?']) {
      const top = searcher.search(query, { limit: sellClauses.size + noSale.size }).hits.map((h) => h.clauseId);
      for (const id of sellClauses) expect(top, query).toContain(id);
    }
    const top3 = searcher.search('sell my data', { limit: 4 }).hits;
    expect(top3.map((h) => h.company)).toEqual(expect.arrayContaining(['cyberdefender', 'ironport', 'mimecast']));
    expect(top3.filter((h) => marked(h).some((m) => /^sell$/i.test(m)))).toHaveLength(3);
  });

  it('"opt out" matches "opt-out", and highlights the whole compound', () => {
    const result = searcher.search('opt out', { limit: 10 });
    expect(result.hits[0]!.tier).toBe(Tier.phrase);
    const ironport = result.hits.find((h) => h.text.includes("'opt-out'"))!;
    expect(marked(ironport)).toContain('opt-out');
    expect(searcher.search('opt-out', { limit: 10 }).hits.map((h) => h.clauseId)).toEqual(
      result.hits.map((h) => h.clauseId),
    );
    expect(searcher.search('optout', { limit: 3 }).hits[0]!.text).toMatch(/opt-out/);
  });

  it('"unsubscribe" finds every clause that says it', () => {
    const expected = index.clauses.filter((c) => /unsubscribe/i.test(c[3])).map((c) => c[2]);
    const result = searcher.search('unsubscribe');
    expect(result.hits.map((h) => h.clauseId)).toEqual(expect.arrayContaining(expected));
    expect(result.hits.slice(0, expected.length).every((h) => h.tier === Tier.phrase)).toBe(true);
  });

  it('tolerates typos: a swap of letters, a missing or extra letter', () => {
    for (const [typo, word] of [
      ['unsubscirbe', 'unsubscribe'],
      ['thrid', 'third'],
      ['privcy', 'privacy'],
      ['cookkies', 'cookies'],
    ] as const) {
      const hit = searcher.search(typo).hits[0];
      expect(hit && marked(hit).map((m) => m.toLowerCase()), typo).toContain(word);
    }
  });

  it('ignores case, accents, curly quotes and U+00A0 in the query', () => {
    const plain = searcher.search('opt out').hits.map((h) => h.clauseId);
    expect(searcher.search('OPT\u00a0ÓUT').hits.map((h) => h.clauseId)).toEqual(plain);
    expect(searcher.search('“opt out”').hits.map((h) => h.clauseId)).toEqual(plain);
  });

  it('is deterministic', () => {
    for (const query of ['cokies', 'personal information', 'e-mail', 'we']) {
      expect(searcher.search(query, { limit: 100 })).toEqual(searcher.search(query, { limit: 100 }));
    }
  });

  it('filters by company and by practice, counting per company before the company filter', () => {
    const all = searcher.search('cookies', { limit: 100 });
    const mimecast = searcher.search('cookies', { company: 'mimecast', limit: 100 });
    expect(mimecast.hits.every((h) => h.company === 'mimecast')).toBe(true);
    expect(mimecast.total).toBe(all.byCompany['mimecast']);
    expect(mimecast.byCompany).toEqual(all.byCompany);
    const tracking = searcher.search('cookies', { practice: 'tracking-cookies', limit: 100 });
    expect(tracking.total).toBeGreaterThan(0);
    expect(tracking.total).toBeLessThan(all.total);
    expect(tracking.hits.every((h) => h.practices.some((p) => p.id === 'tracking-cookies'))).toBe(true);
    expect(searcher.search('cookies', { company: 'no-such-company' }).total).toBe(0);
    expect(searcher.search('cookies', { practice: 'no-such-practice' }).total).toBe(0);
  });

  it('lists every clause of a filter when the query is empty, and nothing with no filter', () => {
    const sells = searcher.search('', { practice: 'sells-data', limit: 100 });
    const tagged = index.clauses.filter((c) => [...c[4], ...c[5]].some((p) => index.practices[p]![0] === 'sells-data'));
    expect(sells.total).toBe(tagged.length);
    expect(sells.hits.every((h) => h.ranges.length === 0)).toBe(true);
    expect(searcher.search('   ').total).toBe(0);
    expect(searcher.search('', { company: 'corero', limit: 1000 }).total).toBe(realPolicies['corero']!.clauses.length);
  });

  it('marks where practice names and headings matched', () => {
    const hit = searcher
      .search('sells data', { limit: 5 })
      .hits.find((h) => h.practices.some((p) => p.id === 'sells-data'))!;
    const practice = hit.practices.find((p) => p.id === 'sells-data')!;
    expect(practice.ranges.map(([a, b]) => practice.label.slice(a, b))).toEqual(['Sells data']);
    const cookies = searcher
      .search('cookies', { company: 'mimecast' })
      .hits.find((h) => h.section?.text === 'Cookies')!;
    expect(cookies.section!.ranges).toEqual([[0, 7]]);
  });

  it('never throws, and keeps ranges inside the text, whatever the query', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '"><svg onload=alert(1)>',
      '.*+?^${}()|[]\\',
      '(a+)+$',
      '\\',
      '%00%27%22',
      "' OR 1=1 --",
      'x'.repeat(10_000),
      'cookies '.repeat(2_000),
      '😀🎉👩‍👩‍👧',
      'مرحبا بالعالم',
      'שלום עולם',
      '\u202eesrever\u202c',
      '\u0000\u0001\ufffd\ud800',
      '__proto__ constructor prototype',
      'toString hasOwnProperty',
      '',
      ' ',
    ];
    for (const query of hostile) {
      const result = searcher.search(query, { limit: 50 });
      expect(result.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      for (const hit of result.hits) {
        for (const [a, b] of hit.ranges) {
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(hit.text.length);
          expect(a).toBeLessThan(b);
        }
      }
    }
    expect(searcher.search('x'.repeat(10_000)).truncated).toBe(true);
    expect(searcher.search('cookies '.repeat(2_000)).hits.length).toBeGreaterThan(0);
    // Not a string at all (a caller's bug): still an answer.
    // @ts-expect-error -- the wrong type on purpose
    expect(searcher.search(undefined).total).toBe(0);
  });
});

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

  it('weighs section headings and practice names above body text', () => {
    const mini = createSearcher(
      miniIndex([
        ['Other', 'cookies are mentioned here once'],
        ['Cookies', 'we use small files'],
        ['Other', 'nothing to see', ['sells-data']],
        ['Other', 'it sells data'],
      ]),
    );
    expect(mini.search('cookies').hits.map((h) => h.text)).toEqual([
      'we use small files',
      'cookies are mentioned here once',
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

describe('excerpts', () => {
  const text = 'Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau.';

  it('keeps a short text whole and splits it into plain and marked segments', () => {
    expect(excerpt('we sell data', [[3, 7]])).toEqual({
      segments: [
        { text: 'we ', mark: false },
        { text: 'sell', mark: true },
        { text: ' data', mark: false },
      ],
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it('cuts a long text at spaces around the first match', () => {
    const at = text.indexOf('omicron');
    const result = excerpt(text, [[at, at + 7]], 40);
    const shown = result.segments.map((s) => s.text).join('');
    expect(shown).toContain('omicron');
    expect(shown.length).toBeLessThanOrEqual(40);
    expect(result.clippedStart).toBe(true);
    expect(text.includes(shown)).toBe(true);
    expect(shown.startsWith(' ')).toBe(false);
    expect(result.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['omicron']);
  });

  it('never splits an emoji at the edges', () => {
    const emoji = '😀'.repeat(30);
    const result = excerpt(emoji, [], 11);
    expect(result.segments.map((s) => s.text).join('')).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });
});

describe('search state in the URL', () => {
  it('reads q, company and practice, and refuses junk filters', () => {
    expect(readSearchState('?q=sell+my+data&company=mimecast&practice=sells-data')).toEqual({
      q: 'sell my data',
      company: 'mimecast',
      practice: 'sells-data',
    });
    expect(readSearchState('?company=<script>&practice=../../x')).toEqual({ q: '', company: '', practice: '' });
    expect(readSearchState(`?q=${'a'.repeat(500)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('writes only what is set, and reads back what it wrote', () => {
    expect(searchStateQuery({ q: '', company: '', practice: '' })).toBe('');
    const state = { q: 'opt out & <b>', company: 'ironport', practice: '' };
    expect(searchStateQuery(state)).toBe('?q=opt+out+%26+%3Cb%3E&company=ironport');
    expect(readSearchState(searchStateQuery(state))).toEqual(state);
  });

  it('describes the results in one sentence', () => {
    const response = searcher.search('cokies', { limit: 5 });
    expect(describeResults(response, { q: 'cokies', company: '', practice: '' }, 5)).toMatch(
      /^\d+ clauses from 5 companies match “cokies”\. Showing the first 5\.$/,
    );
    expect(describeResults(searcher.search('zzzzqqq'), { q: 'zzzzqqq', company: '', practice: '' }, 0)).toBe(
      'No clauses match “zzzzqqq”.',
    );
  });
});
