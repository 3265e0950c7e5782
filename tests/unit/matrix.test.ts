import { describe, expect, it } from 'vitest';
import { buildMatrix, cellOf, rowOf, type Matrix } from '../../src/lib/matrix/buildMatrix.ts';
import { answersDiffer } from '../../src/lib/matrix/compareSelection.ts';
import { meaningParts } from '../../src/lib/matrix/practiceText.ts';
import { groupPractices } from '../../src/lib/taxonomy/groups.ts';
import { GROUPS } from '../../src/lib/taxonomy/schema.ts';
import { loadPolicy, realPolicies, taxonomy } from '../support/policies.ts';

const url = (slug: string, clauseId: string) => `/companies/${slug}/#${clauseId}`;
const policies = Object.values(realPolicies).sort((a, b) => a.name.localeCompare(b.name));
const matrix: Matrix = buildMatrix(policies, taxonomy, url);

describe('buildMatrix on the five real policies', () => {
  it('has one cell per practice and company, in taxonomy order', () => {
    expect(matrix.cells).toHaveLength(23 * 5);
    expect(matrix.practices.map((p) => p.id)).toEqual(taxonomy.map((p) => p.id));
    expect(rowOf(matrix, 'sells-data').map((c) => c.company)).toEqual(matrix.companies.map((c) => c.slug));
  });

  it('carries the curated stance, summary and quotes with links to their clauses', () => {
    const cell = cellOf(matrix, 'mimecast', 'sells-data')!;
    expect(cell.stance).toBe('no');
    expect(cell.tone).toBe('good');
    expect(cell.summary).toMatch(/does not sell or rent/);
    expect(cell.quotes).toEqual([
      {
        text: 'We do not sell or rent Personal Information to third parties.',
        url: expect.stringMatching(/^\/companies\/mimecast\/#c-[0-9a-f]{8}$/),
      },
    ]);
    const clauseId = cell.quotes[0]!.url.split('#')[1];
    expect(realPolicies['mimecast']!.clauses.find((c) => c.id === clauseId)?.text).toContain(
      'We do not sell or rent Personal Information',
    );
  });

  it('every reviewed cell but not-mentioned has a quote', () => {
    for (const cell of matrix.cells) {
      expect(cell.stance).not.toBe('not-reviewed');
      if (cell.stance !== 'not-mentioned')
        expect(cell.quotes.length, `${cell.company}/${cell.practice}`).toBeGreaterThan(0);
    }
  });

  it('groups rows by OPP-115 group, in GROUPS order, each practice once', () => {
    const groups = groupPractices(matrix.practices);
    expect(groups.map((g) => g.group)).toEqual(GROUPS.filter((g) => taxonomy.some((p) => p.group === g)));
    expect(groups.flatMap((g) => g.practices.map((p) => p.id))).toEqual(matrix.practices.map((p) => p.id));
    expect(groups[0]!.practices.map((p) => p.id)).toEqual([
      'personal-data',
      'payment-data',
      'automatic-data',
      'cookies',
      'tracking-cookies',
      'marketing',
    ]);
  });
});

describe('an unreviewed policy', () => {
  const raw = loadPolicy('tests/fixtures/raw/examplecorp.md');
  const m = buildMatrix([raw], taxonomy, url);

  it('gives not-reviewed cells the unreviewed tone, with no summary or quotes', () => {
    expect(m.companies[0]).toMatchObject({ slug: 'examplecorp', reviewed: false });
    for (const cell of m.cells) {
      expect(cell).toMatchObject({ stance: 'not-reviewed', tone: 'unreviewed', summary: '', quotes: [] });
    }
  });

  it('links each cell to the clauses automatic detection found, as its suggestion’s evidence', () => {
    const cookies = cellOf(m, 'examplecorp', 'cookies')!;
    expect(cookies.suggestion!.quotes).toHaveLength(1);
    expect(cookies.suggestion!.quotes[0]!.url).toMatch(/^\/companies\/examplecorp\/#c-[0-9a-f]{8}$/);
    expect(cookies.suggestion!.quotes[0]!.text).toContain('called "cookies", so that we can recognise you');
    expect(cellOf(m, 'examplecorp', 'do-not-track')!.suggestion!.quotes).toEqual([]);
  });
});

describe('rows that differ (?differ=1; the parsing is in compare-selection.test.ts)', () => {
  it('on the real matrix, four rows are answered alike by all five', () => {
    const alike = matrix.practices
      .filter((p) => !answersDiffer(rowOf(matrix, p.id).map((c) => c.stance)))
      .map((p) => p.id);
    expect(alike).toEqual(['automatic-data', 'marketing', 'legal-disclosure', 'privacy-contact']);
  });
});

describe('meaningParts', () => {
  it('splits a practice’s meaning into its answers', () => {
    expect(
      meaningParts(
        'yes: personal notice (e.g. e-mail); partial: posted on the site only; no: may change without notice',
      ),
    ).toEqual([
      { answer: 'Yes', text: 'personal notice (e.g. e-mail)' },
      { answer: 'Partial', text: 'posted on the site only' },
      { answer: 'No', text: 'may change without notice' },
    ]);
    expect(meaningParts('partial/no: refusing is mentioned only as a reason the service will not work')).toEqual([
      { answer: 'Partial or No', text: 'refusing is mentioned only as a reason the service will not work' },
    ]);
    expect(meaningParts(undefined)).toEqual([]);
    expect(meaningParts('just prose')).toEqual([{ answer: '', text: 'just prose' }]);
  });

  it('every meaning in the taxonomy parses into labelled answers', () => {
    for (const p of taxonomy)
      for (const part of meaningParts(p.meaning))
        expect(part.answer, p.id).toMatch(/^(Yes|No|Partial)( or (Yes|No|Partial))?$/);
  });
});
