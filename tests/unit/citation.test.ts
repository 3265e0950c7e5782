import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  bibtexText,
  policyBibtex,
  policyCitation,
  quoteCitation,
  quoteInClause,
  type CitedPolicy,
} from '../../src/lib/cite/citation.ts';
import { realPolicies } from '../support/policies.ts';

const mimecast = realPolicies['mimecast']!;
const cited = (slug: string): CitedPolicy & { slug: string } => {
  const p = realPolicies[slug]!;
  return {
    slug,
    company: p.name,
    title: p.title,
    domain: p.domain,
    archivedOn: p.archivedOn,
    snapshotUrl: p.snapshotUrl,
  };
};

/** Every line between the entry's first and last is one `name = value,` field; braces balance throughout. */
function checkBibtexShape(entry: string): void {
  const lines = entry.split('\n');
  expect(lines[0]).toMatch(/^@misc\{[a-z0-9-]+,$/);
  expect(lines.at(-1)).toBe('}');
  for (const line of lines.slice(1, -1)) expect(line).toMatch(/^ {2}[a-z]+ *= (\{.*\}|[a-z]+),$/);
  let depth = 0;
  for (const ch of entry) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth).toBe(0);
}

describe('absoluteUrl', () => {
  it('keeps the base path of a site path and takes the origin of the site', () => {
    expect(absoluteUrl('/policy-atlas/companies/corero/#c-1a2b3c4d', 'https://example.org')).toBe(
      'https://example.org/policy-atlas/companies/corero/#c-1a2b3c4d',
    );
    expect(absoluteUrl('/companies/corero/', 'https://example.org/policy-atlas/compare/')).toBe(
      'https://example.org/companies/corero/',
    );
  });
});

describe('quoteCitation', () => {
  const clause = mimecast.clauses.find((c) => c.citedBy.includes('cookies'))!;
  const url = `https://example.org/policy-atlas/companies/mimecast/#${clause.id}`;
  const text = quoteCitation(clause.text, cited('mimecast'), url);

  it('names the quote, the company, the title, the archive date and both URLs', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe(`“${clause.text.replace(/\s+/g, ' ').trim()}”`);
    expect(text).toContain(mimecast.name);
    expect(text).toContain(`“${mimecast.title}”`);
    expect(text).toContain('archived 3 December 2016');
    expect(text).toContain(`Policy Atlas: ${url}`);
    expect(text).toContain(`Wayback Machine snapshot: ${mimecast.snapshotUrl}`);
  });

  it('folds non-breaking spaces and line breaks in the quote', () => {
    expect(quoteCitation('We\u00a0 do\nnot  sell', cited('corero'), 'https://x.test/').split('\n')[0]).toBe(
      '“We do not sell”',
    );
  });
});

describe('policyCitation', () => {
  it('gives the policy, its archive date, the page and the snapshot', () => {
    for (const slug of Object.keys(realPolicies)) {
      const p = realPolicies[slug]!;
      const text = policyCitation(cited(slug), `https://example.org/companies/${slug}/`);
      expect(text).toContain(p.name);
      expect(text).toContain(p.domain);
      expect(text).toMatch(/archived \d{1,2} [A-Z][a-z]+ \d{4}\./);
      expect(text).toContain(`https://example.org/companies/${slug}/`);
      expect(text).toContain(p.snapshotUrl);
    }
  });
});

describe('policyBibtex', () => {
  it('writes a @misc entry per policy that a BibTeX parser reads back, a field per line', () => {
    for (const slug of Object.keys(realPolicies)) {
      const p = realPolicies[slug]!;
      const pageUrl = `https://example.org/policy-atlas/companies/${slug}/`;
      const entry = policyBibtex(cited(slug), pageUrl);
      checkBibtexShape(entry);
      const library = parse(entry);
      expect(library.errors).toEqual([]);
      const [parsed] = library.entries;
      expect(parsed?.type).toBe('misc');
      expect(parsed?.key).toBe(`${slug}-${p.archivedOn}`);
      expect(parsed?.fields.author?.[0]?.name).toBe(p.name);
      expect(parsed?.fields['url']).toBe(pageUrl);
      expect(parsed?.fields['year']).toBe(p.archivedOn.slice(0, 4));
      expect(parsed?.fields['date']).toBe(p.archivedOn);
      expect(parsed?.fields['note']).toContain('web.archive.org/web/');
    }
  });

  it('escapes LaTeX specials and keeps braces balanced whatever the names hold', () => {
    const hostile: CitedPolicy & { slug: string } = {
      slug: 'odd',
      company: 'A & B {Inc} 100% #1 $ ~ ^ _ \\',
      title: 'Title } with { stray braces',
      domain: 'odd_domain.example',
      archivedOn: '2008-02-29',
      snapshotUrl: 'https://web.archive.org/web/20080229000000/http%3A//odd.example/a{b}#x',
    };
    const entry = policyBibtex(hostile, 'https://example.org/companies/odd/?a=1&b={2}');
    checkBibtexShape(entry);
    const library = parse(entry);
    expect(library.errors).toEqual([]);
    expect(library.entries[0]?.fields.author?.[0]?.name).toBe('A & B {Inc} 100% #1 $ ~ ^ _ \\');
  });

  it('escapes each LaTeX special character', () => {
    expect(bibtexText('50% & $5 #1 a_b')).toBe('50\\% \\& \\$5 \\#1 a\\_b');
    expect(bibtexText('{x}')).toBe('\\textbraceleft{}x\\textbraceright{}');
  });
});

describe('quoteInClause', () => {
  const clause = 'We collect  your name,\nyour e-mail address and\u00a0your phone number when you register.';
  it('takes the quote’s length from its opening words, whitespace folded', () => {
    expect(quoteInClause(clause, 'your e-mail', 'your e-mail address and your phone number'.length)).toBe(
      'your e-mail address and your phone number',
    );
  });
  it('is the whole clause, folded, when the opening words are not in it', () => {
    expect(quoteInClause(clause, 'cookies', 10)).toBe(
      'We collect your name, your e-mail address and your phone number when you register.',
    );
  });
});
