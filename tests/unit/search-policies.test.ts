import { describe, expect, it } from 'vitest';
import { Tier } from '../../src/lib/search/searchTypes.ts';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/normalize.ts';
import { realPolicies } from '../support/policies.ts';
import { curatedClauses, index, marked, searcher, slugs } from '../support/search.ts';

/** The companies whose text speaks of cookies (all but Corero, whose 2014 policy never does). */
const cookieCompanies = new Set(slugs.filter((s) => realPolicies[s]!.clauses.some((c) => /cookie/i.test(c.text))));

describe('searching the five policies', () => {
  it('"cokies" finds the cookie clauses of every company that speaks of cookies, cookie clauses first', () => {
    expect(cookieCompanies.size).toBe(4);
    const result = searcher.search('cokies', { limit: 50 });
    const cookieHits = result.hits.filter((h) => /cookie/i.test(h.text));
    expect(new Set(cookieHits.map((h) => h.company))).toEqual(cookieCompanies);
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
    const spread = searcher.search('cokies', { limit: 4, spread: 1 });
    expect(new Set(spread.hits.map((h) => h.company))).toEqual(cookieCompanies);
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
    expect(top3.map((h) => h.company)).toEqual(expect.arrayContaining(['corero', 'cyberdefender', 'mimecast']));
    expect(top3.filter((h) => marked(h).some((m) => /^sell$/i.test(m)))).toHaveLength(3);
  });

  it('"opt out" matches "opt-out", and highlights the whole compound', () => {
    const result = searcher.search('opt out', { limit: 10 });
    expect(result.hits[0]!.tier).toBe(Tier.phrase);
    const ironport = result.hits.find((h) => h.text.includes('To opt-out of Cisco sharing'))!;
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
      .search('cookies', { company: 'threatpost' })
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

describe('ranking what a reader meant', () => {
  it('"thrid party" corrects to the whole word "third" and marks "third party", never "part"', () => {
    const { hits } = searcher.search('thrid party', { limit: 10 });
    expect(marked(hits[0]!).map((m) => m.toLowerCase())).toContain('third party');
    for (const hit of hits) expect(marked(hit).map((m) => m.toLowerCase())).not.toContain('part');
  });

  it.each([
    ['data retention', 'retention'],
    ['opt out', 'marketing-opt-out'],
    ['sell', 'sells-data'],
  ])('"%s" names %s: the clauses tagged with it come first', (query, practice) => {
    const result = searcher.search(query, { limit: 50 });
    expect(result.about).toContain(practice);
    const tagged = result.hits.map((h) => h.practices.some((p) => p.id === practice));
    expect(tagged[0]).toBe(true);
    // Tagged first, then the rest: no tagged hit after an untagged one.
    expect(tagged.indexOf(false) === -1 || !tagged.slice(tagged.indexOf(false)).includes(true)).toBe(true);
  });

  it('a clause whose text matches ranks above those matching only in their heading', () => {
    const { hits } = searcher.search('data retention', { limit: 10 });
    // The clauses tagged with the practice the query names come first; within each part, text beats heading.
    const tagged = (h: (typeof hits)[number]) => h.practices.some((p) => p.id === 'retention');
    for (const part of [hits.filter(tagged), hits.filter((h) => !tagged(h))]) {
      const headingOnly = part.findIndex((h) => !h.inText);
      if (headingOnly >= 0)
        expect(part.slice(headingOnly).every((h) => !h.inText || h.tier < part[headingOnly]!.tier)).toBe(true);
    }
    expect(hits.slice(1, 3).every((h) => h.ranges.length > 0 || tagged(h))).toBe(true);
  });
});
