import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatrix, cellOf } from '../../src/lib/matrix/buildMatrix.ts';
import { buildToc, citationChips, eraNote } from '../../src/lib/views/companyPage.ts';
import { foldWhitespace, tidyInlineHtml } from '../../src/lib/base/text.ts';
import { parsePolicy } from '../../src/lib/corpus/parsePolicy.ts';
import { practiceSummary } from '../../src/lib/views/practiceSummary.ts';
import { cellLook } from '../../src/lib/answers/vocabulary.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';

const url = (slug: string, clauseId: string) => `/companies/${slug}/#${clauseId}`;
const policies = Object.values(realPolicies);
const matrix = buildMatrix(policies, taxonomy, url);
const summaryOf = (slug: string) => {
  const policy = realPolicies[slug]!;
  return practiceSummary(matrix, slug, policy.practices);
};

describe('eraNote', () => {
  it('places each of the five before the GDPR, counting the years', () => {
    expect(eraNote('2006-10-30')).toMatch(
      /^Archived in 2006, twelve years before the EU's General Data Protection Regulation/,
    );
    expect(eraNote('2011-05-29')).toMatch(/^Archived in 2011, seven years before/);
    expect(eraNote('2017-03-01')).toMatch(/a year before/);
  });
  it('says "after" for a policy archived once the GDPR applied', () => {
    expect(eraNote('2019-01-01')).toMatch(/^Archived in 2019, after the EU's General Data Protection Regulation/);
    expect(eraNote('2018-04-01')).toMatch(/shortly before/);
  });
});

describe('buildToc', () => {
  it('nests sections by level, and a skipped level nests one step', () => {
    const toc = buildToc([
      { id: 'a', text: 'A', level: 1 },
      { id: 'b', text: 'B', level: 3 },
      { id: 'c', text: 'C', level: 2 },
      { id: 'd', text: 'D', level: 1 },
    ]);
    expect(toc.map((e) => e.id)).toEqual(['a', 'd']);
    expect(toc[0]!.children.map((e) => e.id)).toEqual(['b', 'c']);
    expect(toc[1]!.children).toEqual([]);
  });
  it('keeps every section of a real policy exactly once, in order', () => {
    const corero = realPolicies['corero']!;
    const flat = (entries: ReturnType<typeof buildToc>): string[] =>
      entries.flatMap((e) => [e.id, ...flat(e.children)]);
    expect(flat(buildToc(corero.sections))).toEqual(corero.sections.map((s) => s.id));
  });
});

describe('citationChips', () => {
  it('names the practices citing each clause, in taxonomy order, and skips uncited clauses', () => {
    const chips = citationChips(
      [
        { id: 'c-1', citedBy: ['tracking-cookies', 'cookies'] },
        { id: 'c-2', citedBy: [] },
      ],
      taxonomy,
    );
    expect(chips).toEqual({
      'c-1': [
        { id: 'cookies', label: 'Cookies' },
        { id: 'tracking-cookies', label: expect.any(String) },
      ],
    });
  });
  it('gives Mimecast’s targeted-advertising clause the chips of both practices that quote it', () => {
    const mimecast = realPolicies['mimecast']!;
    const anchor = mimecast.practices['tracking-cookies']!.quotes.find((q) =>
      q.text.startsWith('We may also use automatically collected information to target advertising'),
    )!.clauseId;
    const chips = citationChips(mimecast.clauses, taxonomy);
    expect(chips[anchor]!.map((c) => c.id)).toEqual(expect.arrayContaining(['tracking-cookies', 'marketing']));
  });
});

describe('tidyInlineHtml', () => {
  it('turns U+00A0 and the spaces around it into one space, in text only', () => {
    expect(tidyInlineHtml('website.\u00a0 Such')).toBe('website. Such');
    expect(tidyInlineHtml('Mimecast\u00a0 may <a href="https://x.test/a\u00a0b">use\u00a0\u00a0 cookies</a>')).toBe(
      'Mimecast may <a href="https://x.test/a\u00a0b">use cookies</a>',
    );
  });
  it('is applied once, by the loader: a real clause’s HTML holds no U+00A0', () => {
    for (const policy of policies) {
      for (const block of policy.blocks) {
        if (block.type !== 'clause') continue;
        expect(block.html).not.toContain('\u00a0');
        expect(tidyInlineHtml(block.html)).toBe(block.html);
      }
    }
  });
});

describe('practiceSummary', () => {
  it('shows every practice once, in matrix groups, with the matrix’s own stance', () => {
    for (const policy of policies) {
      const summary = summaryOf(policy.slug);
      const rows = summary.groups.flatMap((g) => g.rows);
      expect(rows.map((r) => r.id)).toEqual(taxonomy.map((p) => p.id));
      for (const row of rows) expect(row.stance).toBe(cellOf(matrix, policy.slug, row.id)!.stance);
    }
  });
  it('links Mimecast’s cookie stance to the quoted clause, and its anchor is #cookies', () => {
    const cookies = summaryOf('mimecast')
      .groups.flatMap((g) => g.rows)
      .find((r) => r.id === 'cookies')!;
    expect(cookies).toMatchObject({ stance: 'yes', anchor: 'cookies', automatic: false });
    expect(cookies.links[0]).toEqual({
      url: `/companies/mimecast/#${realPolicies['mimecast']!.practices['cookies']!.quotes[0]!.clauseId}`,
      text: 'We (or our vendors) may collect non-personal information using cookies…',
      quoteLength: 142,
    });
  });
  it('cuts long quotes and folds their spaces', () => {
    const rows = summaryOf('mimecast').groups.flatMap((g) => g.rows);
    for (const link of rows.flatMap((r) => r.links)) {
      expect(link.text.length).toBeLessThanOrEqual(90);
      expect(link.text).not.toMatch(/\u00a0| {2}/);
    }
  });
  it('a cut quote is found again in its clause: its opening words, then its length', () => {
    let cut = 0;
    for (const policy of policies) {
      const clauses = new Map(policy.clauses.map((c) => [c.id, foldWhitespace(c.text)]));
      const quotes = Object.values(policy.practices).flatMap((p) => p.quotes.map((q) => foldWhitespace(q.text)));
      const links = summaryOf(policy.slug).groups.flatMap((g) => g.rows.flatMap((r) => r.links));
      const cited = links.map((link) => {
        if (link.quoteLength === null) return link.text;
        cut++;
        const clause = clauses.get(link.url.split('#')[1]!)!;
        const from = clause.indexOf(link.text.replace(/…$/, ''));
        return clause.slice(from, from + link.quoteLength);
      });
      expect(cited.sort()).toEqual(quotes.sort());
    }
    expect(cut).toBeGreaterThan(10);
  });
  it('gives a practice the policy never addresses no anchor and no links', () => {
    const payment = summaryOf('mimecast')
      .groups.flatMap((g) => g.rows)
      .find((r) => r.id === 'payment-data')!;
    expect(payment).toMatchObject({ stance: 'not-mentioned', anchor: null, links: [] });
  });
  it('for an unreviewed policy: "not reviewed", a suggestion with its evidence, other clauses listed once', () => {
    const raw = readFileSync('tests/fixtures/raw/examplecorp.md', 'utf8');
    const example = parsePolicy(raw, 'content/policies/examplecorp.md', taxonomy);
    const m = buildMatrix([...policies, example], taxonomy, url);
    const summary = practiceSummary(m, 'examplecorp', example.practices);
    expect(summary.reviewed).toBe(false);
    const cookies = summary.groups.flatMap((g) => g.rows).find((r) => r.id === 'cookies')!;
    expect(cookies).toMatchObject({ stance: 'not-reviewed', anchor: 'cookies', automatic: true, tone: 'unreviewed' });
    // The cookie clause is the suggestion's evidence, so it is not listed again as "also found in".
    expect(cookies.suggestion!.quotes.map((q) => q.text).join(' ')).toContain(
      'Like most web sites, we place small text',
    );
    // Every clause found is shown exactly once, as the suggestion's evidence: no second list beside it.
    for (const row of summary.groups.flatMap((g) => g.rows)) {
      const evidence = row.suggestion?.quotes.map((q) => q.url) ?? [];
      expect(row.links).toEqual([]);
      const found = example.practices[row.id]!.detectedIn.map((id) => url('examplecorp', id));
      expect(new Set(evidence)).toEqual(new Set(found));
    }
    expect(cellLook(cookies)).toMatchObject({ tone: 'unreviewed', symbol: '?', word: 'Not reviewed' });
  });
});

describe('tidyInlineHtml on long runs of blanks', () => {
  it('keeps a run without U+00A0 as it is and folds one with it, in time linear in the run', () => {
    const spaces = ' '.repeat(200_000);
    expect(tidyInlineHtml(`a${spaces}b`)).toBe(`a${spaces}b`);
    expect(tidyInlineHtml(`a${spaces}\u00a0${spaces}b`)).toBe('a b');
  });
});
