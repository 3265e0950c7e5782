import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { policies, realPolicies } from '../support/policies.ts';
import { index, slugs } from '../support/search.ts';

describe('the search index', () => {
  it('holds every clause of every policy once, with its company, section and practices', () => {
    expect(index.companies.map(([slug]) => slug)).toEqual(slugs);
    expect(index.clauses).toHaveLength(policies.reduce((n, p) => n + p.clauses.length, 0));
    const mimecast = realPolicies['mimecast']!;
    const noSale = mimecast.clauses.find((c) => c.text.startsWith('We do not sell'))!;
    const entry = index.clauses.find((c) => c[2] === noSale.id)!;
    expect(index.companies[entry[0]]![0]).toBe('mimecast');
    expect(index.sections[entry[1]]![2]).toBe('Information Sharing and Disclosure');
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
});
