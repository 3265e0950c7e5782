import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersByCompany, COUNTED_TONES } from '../../src/lib/views/answerCounts.ts';
import { buildMatrix, type Matrix } from '../../src/lib/matrix/buildMatrix.ts';
import { parsePolicy } from '../../src/lib/corpus/parsePolicy.ts';
import { realPolicies, taxonomy } from '../support/policies.ts';

const url = (slug: string, clauseId: string) => `/companies/${slug}/#${clauseId}`;
const policies = Object.values(realPolicies);
const matrix = buildMatrix(policies, taxonomy, url);
const answers = answersByCompany(matrix);

describe('answer counts', () => {
  it('give every company one answer per practice, in taxonomy order', () => {
    expect([...answers.keys()]).toEqual(policies.map((p) => p.slug));
    for (const policy of policies) {
      const strip = answers.get(policy.slug)!.answers;
      expect(strip.map((a) => a.practice)).toEqual(taxonomy.map((p) => p.id));
      expect(strip.map((a) => a.look.stance)).toEqual(taxonomy.map((p) => policy.practices[p.id]!.stance));
    }
  });

  it('count silence on its own, never as bad', () => {
    for (const policy of policies) {
      const { counts } = answers.get(policy.slug)!;
      const stance = (id: string) => policy.practices[id]!.stance;
      const scored = taxonomy.filter((p) => p.friendly !== 'none');
      expect(counts.silent).toBe(taxonomy.filter((p) => stance(p.id) === 'not-mentioned').length);
      expect(counts.good).toBe(scored.filter((p) => stance(p.id) === p.friendly).length);
      expect(counts.bad).toBe(
        scored.filter((p) => ['yes', 'no'].includes(stance(p.id)) && stance(p.id) !== p.friendly).length,
      );
      expect(counts.mixed).toBe(scored.filter((p) => stance(p.id) === 'partial').length);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(taxonomy.length);
    }
    // Corero is silent on most practices: that is its largest count, and not a bad one.
    expect(answers.get('corero')!.counts.silent).toBeGreaterThan(answers.get('corero')!.counts.bad);
  });

  it('follow the cells: a good answer turned bad moves one from good to bad', () => {
    const before = answers.get('mimecast')!.counts;
    const sells = matrix.cells.find((c) => c.company === 'mimecast' && c.practice === 'sells-data')!;
    expect(sells.tone).toBe('good');
    const altered: Matrix = {
      ...matrix,
      cells: matrix.cells.map((c) => (c === sells ? { ...c, stance: 'yes', tone: 'bad' } : c)),
    };
    const after = answersByCompany(altered).get('mimecast')!.counts;
    expect(after).toEqual({ ...before, good: before.good - 1, bad: before.bad + 1 });
  });

  it('show four numbers: good, mixed, bad, not mentioned', () => {
    expect(COUNTED_TONES).toEqual(['good', 'mixed', 'bad', 'silent']);
  });

  it('mark every square of an unreviewed policy as not reviewed', () => {
    const raw = readFileSync('tests/fixtures/raw/examplecorp.md', 'utf8');
    const example = parsePolicy(raw, 'content/policies/examplecorp.md', taxonomy);
    const withExample = answersByCompany(buildMatrix([...policies, example], taxonomy, url));
    const unreviewed = withExample.get(example.slug)!;
    expect(unreviewed.reviewed).toBe(false);
    expect(unreviewed.counts.unreviewed).toBe(taxonomy.length);
    expect(new Set(unreviewed.answers.map((a) => a.look.symbol))).toEqual(new Set(['?']));
    // Its suggestions are counted apart: one per practice, none among the tones' counts.
    expect(unreviewed.suggested.reduce((sum, s) => sum + s.count, 0)).toBe(taxonomy.length);
    expect(unreviewed.suggested.map((s) => s.stance)).toContain('yes');
    expect(unreviewed.counts.good + unreviewed.counts.bad + unreviewed.counts.silent).toBe(0);
    expect(withExample.get(policies[0]!.slug)!.suggested).toEqual([]);
  });
});
